// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.factdesk.accounts.Permission;
import org.factdesk.accounts.User;
import org.factdesk.article.ArticleFormat;
import org.factdesk.audit.AuditLog;
import org.factdesk.errors.BadInputException;
import org.factdesk.errors.RuleException;
import org.jdbi.v3.core.Jdbi;

/** Corrections: the only way a published article changes, each one numbered and kept. */
final class Corrections {
  private final Jdbi jdbi;
  private final AuditLog audit;
  private final DeskEngine engine;
  private final Clock clock;
  private final ArticleStore store;
  private final LabelGuard guard;
  private final AnalysisJobs jobs;
  private final ArchiveFeed archive;

  Corrections(Jdbi jdbi, AuditLog audit, DeskEngine engine, Clock clock, ArticleStore store, LabelGuard guard,
      AnalysisJobs jobs, ArchiveFeed archive) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.engine = engine;
    this.clock = clock;
    this.store = store;
    this.guard = guard;
    this.jobs = jobs;
    this.archive = archive;
  }

  /**
   * Appends a correction to a published article, optionally with new text (which is analysed
   * again; verdicts carry over to unchanged sentences).
   */
  CorrectionRecord correct(User actor, long articleId, String whatWasWrong, String whatChanged,
      Optional<String> newText) {
    actor.require(Permission.CORRECT);
    if (whatWasWrong == null || whatWasWrong.isBlank() || whatChanged == null || whatChanged.isBlank()) {
      throw new BadInputException("Say what was wrong and what changed.");
    }
    Optional<String> text = newText.filter(t -> !t.isBlank());
    ArticleRecord current = jdbi.withHandle(h -> store.article(h, articleId));
    if (text.isPresent()) {
      ArticleTexts.requireLength(text.get());
      ArticleTexts.read(engine, text.get(), ArticleFormat.valueOf(current.sourceFormat()), "corrected");
    }
    Instant now = clock.instant();
    record Outcome(int seq, int revision, boolean newText) {}
    Outcome outcome = jdbi.inTransaction(h -> {
      ArticleRecord a = store.articleForUpdate(h, articleId);
      if (a.state() != ArticleState.PUBLISHED) {
        throw new RuleException("Corrections are for published articles; this one is "
            + a.state().label() + ", so edit it instead.");
      }
      boolean changed = text.isPresent() && !text.get().equals(a.sourceText());
      if (changed) {
        store.updateText(h, articleId, a.title(), text.get(), a.sourceFormat(), now);
        store.insertRevision(h, articleId, a.revision() + 1, a.title(), text.get(), a.asOf(), actor.id(), now);
      }
      int seq = store.insertCorrection(h, articleId, whatWasWrong.strip(), whatChanged.strip(), actor.id(), now);
      store.touch(h, articleId, actor.id(), now);
      audit.append(h, actor.id(), articleId, null, "correction.added",
          "Correction " + seq + ": was wrong: " + whatWasWrong.strip() + "; changed: " + whatChanged.strip());
      if (changed) {
        // The corrected text is not checked yet: the label waits for its analysis and verdicts,
        // and this correction is the one that brings it back.
        guard.withdraw(h, store.article(h, articleId), actor.id(),
            "Correction " + seq + " changed the text; the new text is being checked.", seq - 1);
      } else {
        guard.enforce(h, articleId, actor.id());
      }
      return new Outcome(seq, a.revision() + (changed ? 1 : 0), changed);
    });
    if (outcome.newText()) {
      jobs.schedule(articleId, outcome.revision(), text.get().length());
    } else {
      archive.addToArchive(articleId);
    }
    return jdbi.withHandle(h -> store.corrections(h, articleId).stream()
        .filter(c -> c.seq() == outcome.seq()).findFirst().orElseThrow());
  }
}
