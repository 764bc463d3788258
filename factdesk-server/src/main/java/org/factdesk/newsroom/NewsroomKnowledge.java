// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.newsroom;

import java.util.List;
import org.factdesk.engine.Engine;
import org.factdesk.kb.KnowledgeBase;
import org.factdesk.kb.KnowledgeBaseData;
import org.factdesk.kb.KnowledgeBaseMerger;
import org.factdesk.kb.importers.KbImportException;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine the desk analyses with: the one it was started with, plus the newsroom's facts.
 * Each analysis asks for it; a one-row query tells whether the facts changed (here or in another
 * desk process on the same database), and only then are they laid on the start-up knowledge
 * base again ({@link KnowledgeBaseMerger#overlay}: the holdings they touch, not the whole base).
 */
public final class NewsroomKnowledge {
  private static final Logger LOG = LoggerFactory.getLogger(NewsroomKnowledge.class);

  private final Jdbi jdbi;
  private final FactStore store;
  private final Engine base;
  private Engine current;
  private long version;

  public NewsroomKnowledge(Jdbi jdbi, Engine base) {
    this(jdbi, new FactStore(), base);
  }

  NewsroomKnowledge(Jdbi jdbi, FactStore store, Engine base) {
    this.jdbi = jdbi;
    this.store = store;
    this.base = base;
    this.current = base;
  }

  /** The start-up engine, before any newsroom fact. */
  public Engine base() {
    return base;
  }

  /** The engine with every newsroom fact saved so far. */
  public synchronized Engine engine() {
    long now = jdbi.withHandle(store::version);
    if (now != version) {
      List<NewsroomFact> facts = jdbi.withHandle(store::all);
      long started = System.nanoTime();
      try {
        current = now == 0 ? base : base.withKnowledgeBase(KnowledgeBase.of(
            KnowledgeBaseMerger.overlay(base.knowledgeBase().data(), layer(facts))));
        version = now;
        LOG.info("{} newsroom fact(s) laid on the knowledge base in {} ms", facts.size(),
            (System.nanoTime() - started) / 1_000_000);
      } catch (KbImportException | IllegalArgumentException e) {
        // Facts are checked the same way before they are saved; this is a guard, not a path.
        LOG.error("The newsroom's facts could not be laid on the knowledge base; analysing without the latest", e);
      }
    }
    return current;
  }

  /** What the facts add to the knowledge base, read through the additions importer. */
  static KnowledgeBaseData layer(List<NewsroomFact> facts) {
    return Exports.additions(facts).toData();
  }
}
