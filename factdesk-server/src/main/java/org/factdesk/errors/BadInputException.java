// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.errors;

/** The request itself is wrong: a missing field, an unknown value, an unreadable article. HTTP 400. */
public final class BadInputException extends RuntimeException {
  public BadInputException(String message) {
    super(message);
  }
}
