// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.errors;

/** A request larger than the desk accepts; refused before any of it is read. */
public final class TooLargeException extends RuntimeException {
  public TooLargeException(String message) {
    super(message);
  }
}
