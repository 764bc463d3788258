package org.factdesk.article;

/** The format an article was read from. */
public enum ArticleFormat {
  TEXT,
  MARKDOWN,
  HTML
}
