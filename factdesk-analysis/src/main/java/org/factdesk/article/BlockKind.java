// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

/** What a block of an article is, as a reader of the page would see it. */
public enum BlockKind {
  HEADLINE,
  HEADING,
  PARAGRAPH,
  LIST_ITEM,
  QUOTE,
  /** A "Source: X" line. */
  SOURCE_LINE,
  /** Page furniture: "Leave a Comment", share bars, a headline repeated mid-body. */
  BOILERPLATE;

  /** Whether sentences of this block are article prose that claims can come from. */
  public boolean isProse() {
    return this == HEADLINE || this == PARAGRAPH || this == LIST_ITEM || this == QUOTE;
  }
}
