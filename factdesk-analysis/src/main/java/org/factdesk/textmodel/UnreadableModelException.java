// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.textmodel;

/** A model file that is not a model this version can read; the message says why in one line. */
public final class UnreadableModelException extends RuntimeException {
  public UnreadableModelException(String message) {
    super(message);
  }
}
