// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

/** Bad input or usage, in words for the person at the terminal. Exit code 2. */
final class UserInputException extends RuntimeException {
  UserInputException(String message) {
    super(message);
  }
}
