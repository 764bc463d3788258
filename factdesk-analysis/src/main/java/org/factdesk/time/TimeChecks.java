// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.factdesk.analysis.Detector;
import org.factdesk.kb.KnowledgeBase;
import org.factdesk.linking.EventMention;
import org.factdesk.linking.PersonMention;
import org.factdesk.nlp.Sentence;
import org.factdesk.time.frame.TimeAssertion;

/**
 * The time checks' one entry point: the stage that finds an article's dated statements, and the
 * detectors that judge them. Everything else in this package is its own business.
 */
public final class TimeChecks {
  private final AssertionExtractor assertions;
  private final List<Detector> detectors;

  public TimeChecks(KnowledgeBase kb) {
    this.assertions = new AssertionExtractor(kb);
    this.detectors = List.of(
        StaleAssertionDetector.roles(),
        StaleAssertionDetector.staleFuture(),
        StaleAssertionDetector.anachronisms(),
        new TimeConflictDetector(),
        new EventDateDetector(kb),
        new ConfirmedRoleDetector(),
        new UnknownTimeDetector());
  }

  /**
   * The dated statements, each anchored to the time it speaks of; {@code today} (the article's date
   * when known) resolves relative anchors such as "ten years ago".
   */
  public List<TimeAssertion> assertions(String text, List<Sentence> sentences, List<PersonMention> persons,
      List<EventMention> events, Optional<LocalDate> today) {
    return assertions.extract(text, sentences, persons, events, today);
  }

  /** The detectors, in the order their findings are reported. */
  public List<Detector> detectors() {
    return detectors;
  }
}
