// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.errors;

/** Something asked for does not exist (or is not visible to this person). HTTP 404. */
public final class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
