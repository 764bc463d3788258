// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.linking;

import java.util.List;
import java.util.Optional;
import org.factdesk.article.Span;

/**
 * A title written before a name. {@code officeIds} are the offices the title can mean for that
 * person (resolved against the knowledge base); empty when the person never held it there.
 */
public record TitleMention(Span span, String title, Qualifier qualifier,
    Optional<String> jurisdiction, List<String> officeIds) {
  public TitleMention {
    officeIds = List.copyOf(officeIds);
  }

  /** How the title is qualified in time. */
  public enum Qualifier {
    /** "President X": holds it now (at the article's time). */
    CURRENT,
    /** "former President X", "ex-President X": held it before, not now. */
    FORMER,
    /** "then-President X", "the late X": about the past; no claim about now. */
    HISTORICAL,
    /** "President-elect X", "Secretary-designate X", "incoming President X": chosen, not yet in office. */
    ELECT
  }
}
