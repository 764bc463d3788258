// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.factdesk.accounts.User;
import org.factdesk.audit.AuditEntry;
import org.factdesk.audit.AuditLog;
import org.factdesk.errors.BadInputException;
import org.jdbi.v3.core.Jdbi;

/**
 * The newsroom desk's actions. Pages and the JSON API both call these methods, so both get the
 * same permission checks and the same rules; each change and its audit entry share one
 * transaction. This class only wires the desk's parts together and hands each call to the one
 * part whose job it is.
 */
public final class Desk {
  /** Longest article text the desk stores, in characters. */
  public static final int MAX_TEXT = ArticleTexts.MAX_TEXT;

  private final AnalysisJobs jobs;
  private final Intake intake;
  private final ArticleEdits edits;
  private final Workflow workflow;
  private final Verdicts verdicts;
  private final Findings findings;
  private final Corrections corrections;
  private final Listing listing;
  private final ClaimWork claimWork;

  /**
   * @param backgroundThreshold articles with more characters than this are analysed in the
   *     background (the page shows progress); shorter ones before the request returns
   */
  public Desk(Jdbi jdbi, AuditLog audit, DeskEngine analysis, Clock clock,
      int backgroundThreshold, Duration analysisLease, FetchSettings fetch, PriorChecks priorChecks) {
    ArticleStore store = new ArticleStore();
    LabelPolicy policy = new LabelPolicy();
    MatchStore matchStore = new MatchStore();
    LabelGuard guard = new LabelGuard(store, audit, clock, policy);
    AssigneeNotices notices = new AssigneeNotices(store, clock);
    ArchiveFeed archive = new ArchiveFeed(jdbi, audit, store, policy, matchStore, priorChecks);
    this.jobs = new AnalysisJobs(jdbi, audit, analysis, new AnalysisQueue(jdbi, clock, analysisLease),
        backgroundThreshold, store, guard, archive);
    this.intake = new Intake(jdbi, audit, analysis, clock, new UrlArticleReader(fetch), store, jobs);
    this.edits = new ArticleEdits(jdbi, audit, analysis, clock, store, guard, jobs);
    this.workflow = new Workflow(jdbi, audit, clock, store, guard, archive, notices);
    this.verdicts = new Verdicts(jdbi, audit, clock, store, matchStore, guard, archive, notices);
    this.findings = new Findings(jdbi, audit, analysis, clock, store, guard, edits);
    this.corrections = new Corrections(jdbi, audit, analysis, clock, store, guard, jobs, archive);
    this.listing = new Listing(jdbi, audit, store, policy, matchStore, priorChecks);
    this.claimWork = new ClaimWork(jdbi, audit, clock, store, guard, archive::rematch);
  }

  /** Claims work: add, split, merge, retype, discuss, assign; each person's inbox. */
  public ClaimWork claims() {
    return claimWork;
  }

  /**
   * Whether {@code actor} may edit the article now: their own or, for an editor, anyone's, and
   * not published (a published article changes only through a correction).
   */
  public boolean mayEdit(User actor, ArticleRecord article) {
    return ArticleAccess.mayEditNow(actor, article);
  }

  /** Refuses, saying why, unless {@link #mayEdit} holds. */
  public void requireEdit(User actor, ArticleRecord article) {
    ArticleAccess.requireEdit(actor, article);
  }

  /** Every saved text of the article, oldest first. */
  public List<RevisionRecord> revisions(User actor, long id) {
    return listing.revisions(actor, id);
  }

  /** Two revisions and what changed from the first to the second. */
  public record RevisionDiff(RevisionRecord from, RevisionRecord to, List<TextDiff.Piece> pieces) {}

  public RevisionDiff diff(User actor, long id, int from, int to) {
    return listing.diff(actor, id, from, to);
  }

  /**
   * Starts the background analysis worker. {@code exclusiveDatabase}: no other desk process can
   * share this database (embedded H2), so analyses a crashed process left running restart now.
   */
  public void startAnalysisWorker(boolean exclusiveDatabase) {
    jobs.start(exclusiveDatabase);
  }

  /** Stops the background analysis worker; unfinished analyses stay queued for the next start. */
  public void stopAnalysisWorker() {
    jobs.stop();
  }

  public ArticleRecord create(User actor, ArticleInput input) {
    return intake.create(actor, input);
  }

  public List<ArticleRecord> list(User actor) {
    return listing.list(actor);
  }

  /** One page of the desk's articles that match {@code query}. */
  public ArticleResults search(User actor, ArticleQuery query) {
    return listing.search(actor, query);
  }

  public ArticleDetail detail(User actor, long id) {
    return listing.detail(actor, id);
  }

  /** Replaces the text of an unpublished article; analysis runs again on the new text. */
  public ArticleRecord edit(User actor, long id, String title, String text) {
    if (text == null || text.isBlank()) {
      throw new BadInputException("The article text cannot be empty.");
    }
    return edit(actor, id, ArticleEdit.text(title, text));
  }

  /**
   * Changes an unpublished article: title, text, date, or the fact-check's source. A new text or
   * date is a new revision, analysed again; verdicts stay on sentences that did not change.
   */
  public ArticleRecord edit(User actor, long id, ArticleEdit change) {
    return edits.edit(actor, id, change, null);
  }

  public ArticleRecord changeState(User actor, long id, ArticleState target) {
    return workflow.changeState(actor, id, target);
  }

  /**
   * An editor's decision on a prior fact-check shown under a claim: "accepted" (it checked this
   * claim) or "rejected" (it did not).
   */
  public ClaimMatch decideMatch(User actor, long articleId, long matchId, String decision, String reason) {
    return verdicts.decideMatch(actor, articleId, matchId, decision, reason);
  }

  public ClaimRecord recordVerdict(User actor, long articleId, long claimId, Verdict verdict,
      List<String> evidence, String note) {
    return verdicts.recordVerdict(actor, articleId, claimId, verdict, evidence, note);
  }

  public FindingRecord resolveFinding(User actor, long articleId, long findingId, FindingStatus status,
      String reason) {
    return findings.resolve(actor, articleId, findingId, status, reason);
  }

  /**
   * Adds the link an unlinked source lacks ({@code source.unlinked}) as a new revision. Who may
   * edit the article may do this.
   */
  public ArticleRecord addSourceLink(User actor, long articleId, long findingId, String url) {
    return findings.addSourceLink(actor, articleId, findingId, url);
  }

  /**
   * Appends a correction to a published article, optionally with new text (which is analysed
   * again; verdicts carry over to unchanged sentences).
   */
  public CorrectionRecord correct(User actor, long articleId, String whatWasWrong, String whatChanged,
      Optional<String> newText) {
    return corrections.correct(actor, articleId, whatWasWrong, whatChanged, newText);
  }

  /** Runs the analysis again, e.g. after it failed. */
  public ArticleRecord reanalyse(User actor, long id) {
    return jobs.reanalyse(actor, id);
  }

  public Dashboard dashboard(User actor) {
    return listing.dashboard(actor);
  }

  public List<AuditEntry> personAudit(User actor, long userId) {
    return listing.personAudit(actor, userId);
  }
}
