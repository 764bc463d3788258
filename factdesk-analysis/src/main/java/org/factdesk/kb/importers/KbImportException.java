// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

/** A source file that cannot be read as the format it was given as; the message names file and cause. */
public final class KbImportException extends RuntimeException {
  public KbImportException(String message) {
    super(message);
  }

  public KbImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
