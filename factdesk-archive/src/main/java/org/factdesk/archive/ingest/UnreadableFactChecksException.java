// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive.ingest;

/** A fact-check file that cannot be read: names the file, and the line when there is one. */
public final class UnreadableFactChecksException extends RuntimeException {
  public UnreadableFactChecksException(String message) {
    super(message);
  }

  public UnreadableFactChecksException(String message, Throwable cause) {
    super(message, cause);
  }
}
