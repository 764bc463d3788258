// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.factdesk.accounts.Permission;
import org.factdesk.accounts.User;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.Report;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleFormat;
import org.factdesk.audit.AuditLog;
import org.factdesk.errors.BadInputException;
import org.factdesk.errors.PermissionDeniedException;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs the analysis of a saved revision: short texts before the request returns, long ones on the
 * background worker; the result replaces the revision's claims and findings, carrying verdicts over.
 */
final class AnalysisJobs {
  private final Jdbi jdbi;
  private final AuditLog audit;
  private final DeskEngine engine;
  private final AnalysisQueue queue;
  private final int backgroundThreshold;
  private final ArticleStore store;
  private final LabelGuard guard;
  private final ArchiveFeed archive;

  AnalysisJobs(Jdbi jdbi, AuditLog audit, DeskEngine engine, AnalysisQueue queue, int backgroundThreshold,
      ArticleStore store, LabelGuard guard, ArchiveFeed archive) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.engine = engine;
    this.queue = queue;
    this.backgroundThreshold = backgroundThreshold;
    this.store = store;
    this.guard = guard;
    this.archive = archive;
  }

  void start(boolean exclusiveDatabase) {
    queue.start(this::runJob, exclusiveDatabase);
  }

  void stop() {
    queue.close();
  }

  /** Runs the analysis again, e.g. after it failed. */
  ArticleRecord reanalyse(User actor, long id) {
    actor.require(Permission.VIEW_DESK);
    ArticleRecord a = jdbi.withHandle(h -> store.article(h, id));
    if (!actor.may(Permission.RESOLVE_FINDING) && !ArticleAccess.mayEdit(actor, a)) {
      throw new PermissionDeniedException("Your role (" + actor.role().label() + ") does not allow you to re-run the analysis.");
    }
    jdbi.useHandle(h -> store.analysisProgress(h, id, a.revision(), AnalysisStatus.QUEUED, "Waiting to be analysed", null));
    schedule(id, a.revision(), a.sourceText().length());
    return jdbi.withHandle(h -> store.article(h, id));
  }

  /**
   * The analysis is already queued (in the transaction that saved the text). A short article is
   * claimed and analysed before the request returns; a long one is left to the worker.
   */
  void schedule(long id, int revision, int length) {
    if (length <= backgroundThreshold) {
      queue.claim(id, revision).ifPresent(this::runJob);
    } else {
      queue.wake();
    }
  }

  private void runJob(AnalysisQueue.Job job) {
    if (queue.attempts(job) > AnalysisQueue.MAX_ATTEMPTS) {
      fail(job.articleId(), job.revision(), "The analysis of this text stopped the desk "
          + AnalysisQueue.MAX_ATTEMPTS + " times, so it is not tried again. Edit the text or report it to an admin.");
      return;
    }
    runAnalysis(job.articleId(), job.revision());
  }

  private void runAnalysis(long id, int revision) {
    try {
      ArticleRecord a = jdbi.withHandle(h -> store.article(h, id));
      if (a.revision() != revision) {
        return;
      }
      progress(id, revision, "Reading the article");
      Article article = ArticleTexts.read(engine, a.sourceText(), ArticleFormat.valueOf(a.sourceFormat()), "article");
      progress(id, revision, "Finding claims and checking names, dates and sources");
      Optional<LocalDate> fromText = a.asOf() == null ? article.metadata().published() : Optional.empty();
      Optional<LocalDate> asOf = Optional.ofNullable(a.asOf()).or(() -> fromText);
      Report report = engine.analyze(article, asOf);
      progress(id, revision, "Saving the findings");
      List<Finding> claims = report.findings().stream().filter(f -> f.code().equals(FindingCodes.CLAIM)).toList();
      // Without a date nothing can be confirmed "as of the article's date": the desk asks for the
      // date instead of printing confirmations against a window it guessed.
      List<Finding> others = report.findings().stream().filter(f -> !f.code().equals(FindingCodes.CLAIM))
          .filter(f -> asOf.isPresent() || !f.code().equals(FindingCodes.KB_CONFIRMED)).toList();
      jdbi.useTransaction(h -> {
        ArticleRecord current = store.articleForUpdate(h, id);
        if (current.revision() != revision) {
          return;
        }
        CarryOver.Result result = CarryOver.apply(store.claims(h, id), store.findings(h, id), claims, others,
            article.text());
        store.replaceAnalysis(h, id, revision, article.text(), result);
        if (fromText.isPresent() && current.asOf() == null) {
          store.setAsOf(h, id, fromText.get(), "text");
          audit.append(h, null, id, null, "article.dated", "Date read from the article: " + fromText.get());
        }
        for (FindingRecord gone : result.noLongerRaised()) {
          if (gone.status() == FindingStatus.OPEN) {
            audit.append(h, null, id, null, "finding.fixed", gone.code() + " on \""
                + ArticleStore.clip(gone.quote(), 200) + "\": the analysis of revision " + revision
                + " no longer raises it");
          }
        }
        for (CarryOver.Dropped d : result.dropped()) {
          audit.append(h, null, id, null, "verdict.dropped", "The sentence \""
              + ArticleStore.clip(d.claim().sentence(), 200) + "\" changed, so its verdict ("
              + d.claim().verdict().label() + ") no longer applies");
        }
        guard.enforce(h, id, null);
      });
      archive.matchClaims(id, revision);
      archive.addToArchive(id);
    } catch (BadInputException e) {
      fail(id, revision, e.getMessage());
    } catch (RuntimeException e) {
      fail(id, revision, "The analysis stopped unexpectedly (" + e.getClass().getSimpleName()
          + "). Try again; if it keeps failing, report it with the article.");
    }
  }

  private void progress(long id, int revision, String stage) {
    jdbi.useHandle(h -> store.analysisProgress(h, id, revision, AnalysisStatus.RUNNING, stage, null));
  }

  private void fail(long id, int revision, String message) {
    jdbi.useHandle(h -> store.analysisProgress(h, id, revision, AnalysisStatus.FAILED, null,
        ArticleStore.clip(message, 2000)));
  }
}
