// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

/** The format an article was read from. */
public enum ArticleFormat {
  TEXT,
  MARKDOWN,
  HTML
}
