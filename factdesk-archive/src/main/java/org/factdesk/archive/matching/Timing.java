// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive.matching;

/** When a fact-check was published relative to the article a claim comes from. */
public enum Timing {
  /** On or before the article's date, or before the end of an undated article's inferred frame. */
  BEFORE,
  /** After the article's date, or after an undated article's inferred frame ended. */
  SINCE,
  /** The fact-check carries no date. */
  CHECK_UNDATED,
  /** The article has no date and its text fixes no end to its time frame. */
  ARTICLE_UNDATED
}
