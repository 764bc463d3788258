// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.errors;

/** The request needs a signed-in person or a valid API token. HTTP 401. */
public final class NotSignedInException extends RuntimeException {
  public NotSignedInException(String message) {
    super(message);
  }
}
