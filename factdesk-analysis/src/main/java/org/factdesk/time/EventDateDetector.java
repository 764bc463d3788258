// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.Capability;
import org.factdesk.analysis.Detector;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.PreparedArticle;
import org.factdesk.analysis.Severity;
import org.factdesk.kb.Event;
import org.factdesk.kb.Evidence;
import org.factdesk.kb.KnowledgeBase;
import org.factdesk.linking.EventMention;
import org.factdesk.nlp.TimeExpression;

/**
 * Flags an event given a date the knowledge base contradicts ("the 2009 invasion of Georgia"),
 * and confirms, as info, an event given the right one ({@code kb.confirmed}).
 */
final class EventDateDetector implements Detector {
  private final KnowledgeBase kb;

  EventDateDetector(KnowledgeBase kb) {
    this.kb = kb;
  }

  @Override
  public String name() {
    return "event-date";
  }

  @Override
  public Set<String> codes() {
    return Set.of(FindingCodes.KB_EVENT_DATE, FindingCodes.KB_CONFIRMED);
  }

  @Override
  public Set<Capability> requires() {
    return Set.of(Capability.EVENT_MENTIONS, Capability.KNOWLEDGE_BASE);
  }

  @Override
  public List<Finding> detect(PreparedArticle article, AnalysisContext context) {
    List<Finding> out = new ArrayList<>();
    for (EventMention m : article.events()) {
      Optional<Event> event = kb.event(m.eventId());
      if (event.isEmpty() || m.statedDate().isEmpty()) {
        continue;
      }
      Event e = event.get();
      // An event still to come at the article's date has a schedule, not a record: a date the
      // article gives it ("elections due by April 1988") can be neither confirmed nor wrong.
      if (context.asOf().map(d -> d.isBefore(e.when().first())).orElse(false)) {
        continue;
      }
      TimeExpression stated = m.statedDate().get();
      var span = m.span().union(stated.span());
      String quote = span.of(article.text());
      Evidence evidence = new Evidence(e.name() + ": " + e.when().describe(), e.source().describe());
      boolean fits = !stated.value().last().isBefore(e.when().first()) && !stated.value().first().isAfter(e.when().last());
      if (fits) {
        out.add(new Finding(FindingCodes.KB_CONFIRMED, Severity.INFO, span, quote,
            "Confirmed: " + e.name() + " took place " + e.when().describe() + ", as “" + stated.text() + "” says.",
            List.of(evidence), Optional.empty()));
      } else {
        out.add(new Finding(FindingCodes.KB_EVENT_DATE, Severity.ERROR, span, quote,
            "Wrong date: " + e.name() + " took place " + e.when().describe() + ", not “" + stated.text() + "”.",
            List.of(evidence), Optional.empty()));
      }
    }
    return out;
  }
}
