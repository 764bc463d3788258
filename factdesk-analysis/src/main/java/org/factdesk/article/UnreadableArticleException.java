// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

/** The input cannot be read as an article: empty, binary, unreadable. The message is for a journalist. */
public final class UnreadableArticleException extends Exception {
  public UnreadableArticleException(String message) {
    super(message);
  }

  public UnreadableArticleException(String message, Throwable cause) {
    super(message, cause);
  }
}
