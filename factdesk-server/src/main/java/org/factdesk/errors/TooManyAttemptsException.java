// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.errors;

/** Too many attempts in a short time; try again later. HTTP 429. */
public final class TooManyAttemptsException extends RuntimeException {
  public TooManyAttemptsException(String message) {
    super(message);
  }
}
