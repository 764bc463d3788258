// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.errors;

/** The person is signed in but their role does not allow this. HTTP 403. */
public final class PermissionDeniedException extends RuntimeException {
  public PermissionDeniedException(String message) {
    super(message);
  }
}
