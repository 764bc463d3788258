// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.analysis;

import java.util.List;
import org.factdesk.article.Article;
import org.factdesk.linking.EventMention;
import org.factdesk.linking.PersonMention;
import org.factdesk.nlp.Sentence;
import org.factdesk.time.frame.AsOfSolution;
import org.factdesk.time.frame.TimeAssertion;

/**
 * An article with everything the stages before the detectors worked out about it, each stage
 * computed once: {@code solvedTime} is the as-of solver's answer for the date the article was
 * prepared as of (its frame when undated), read by every detector that judges against time.
 */
public record PreparedArticle(Article article, List<Sentence> sentences, List<PersonMention> persons,
    List<EventMention> events, List<TimeAssertion> assertions, AsOfSolution solvedTime) {
  public PreparedArticle {
    sentences = List.copyOf(sentences);
    persons = List.copyOf(persons);
    events = List.copyOf(events);
    assertions = List.copyOf(assertions);
  }

  public String text() {
    return article.text();
  }

  public Sentence sentence(int index) {
    return sentences.get(index);
  }
}
