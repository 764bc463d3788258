// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.dataset;

/** A file that is not in any format the reader knows; the message names the file and the line. */
public final class DatasetFormatException extends RuntimeException {
  public DatasetFormatException(String message) {
    super(message);
  }
}
