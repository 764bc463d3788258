// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.accounts.Permission;
import org.factdesk.accounts.User;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.Report;
import org.factdesk.analysis.Severity;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleFormat;
import org.factdesk.audit.AuditEntry;
import org.factdesk.audit.AuditLog;
import org.factdesk.errors.BadInputException;
import org.factdesk.errors.NotFoundException;
import org.factdesk.errors.PermissionDeniedException;
import org.factdesk.errors.RuleException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The newsroom desk's actions. Pages and the JSON API both call these methods, so both get the
 * same permission checks and the same rules; each change and its audit entry share one
 * transaction.
 */
public final class Desk {
  /** Longest article text the desk stores, in characters. */
  public static final int MAX_TEXT = 1_000_000;

  private final Jdbi jdbi;
  private final AuditLog audit;
  private final ArticleAnalysis analysis;
  private final AnalysisQueue queue;
  private final Clock clock;
  private final int backgroundThreshold;
  private final UrlFetcher fetcher;
  private final ArticleStore store = new ArticleStore();
  private final LabelPolicy policy = new LabelPolicy();

  /**
   * @param backgroundThreshold articles with more characters than this are analysed in the
   *     background (the page shows progress); shorter ones before the request returns
   */
  public Desk(Jdbi jdbi, AuditLog audit, ArticleAnalysis analysis, Clock clock,
      int backgroundThreshold, Duration analysisLease, FetchSettings fetch) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.analysis = analysis;
    this.queue = new AnalysisQueue(jdbi, clock, analysisLease);
    this.clock = clock;
    this.backgroundThreshold = backgroundThreshold;
    this.fetcher = new UrlFetcher(fetch);
  }

  /**
   * Starts the background analysis worker. {@code exclusiveDatabase}: no other desk process can
   * share this database (embedded H2), so analyses a crashed process left running restart now.
   */
  public void startAnalysisWorker(boolean exclusiveDatabase) {
    queue.start(this::runJob, exclusiveDatabase);
  }

  /** Stops the background analysis worker; unfinished analyses stay queued for the next start. */
  public void stopAnalysisWorker() {
    queue.close();
  }

  public ArticleRecord create(User actor, ArticleInput input) {
    actor.require(Permission.CREATE_ARTICLE);
    Optional<ArticleFormat> format = input.format().filter(f -> !f.isBlank()).map(Desk::format);
    byte[] content;
    String name;
    String url = null;
    int given = (input.text().filter(t -> !t.isBlank()).isPresent() ? 1 : 0)
        + (input.file().filter(f -> f.length > 0).isPresent() ? 1 : 0)
        + (input.url().filter(u -> !u.isBlank()).isPresent() ? 1 : 0);
    if (given != 1) {
      throw new BadInputException(given == 0
          ? "Paste the article, upload a file, or give its web address."
          : "Give the article one way only: pasted text, a file, or a web address.");
    }
    if (input.text().filter(t -> !t.isBlank()).isPresent()) {
      content = input.text().get().getBytes(StandardCharsets.UTF_8);
      name = "pasted" + format.map(Desk::extension).orElse(".md");
    } else if (input.file().filter(f -> f.length > 0).isPresent()) {
      content = input.file().get();
      name = input.fileName().filter(n -> !n.isBlank()).orElse("upload.txt");
    } else {
      UrlFetcher.Fetched fetched = fetcher.fetch(input.url().get());
      content = fetched.body();
      name = fetched.name();
      url = fetched.finalUrl();
    }
    Article article = analysis.read(content, name, format);
    String source = new String(content, StandardCharsets.UTF_8);
    if (source.length() > MAX_TEXT) {
      throw new BadInputException("The article is longer than " + MAX_TEXT + " characters.");
    }
    String title = Optional.ofNullable(input.title()).filter(t -> !t.isBlank()).map(String::strip)
        .or(() -> article.metadata().title())
        .orElseGet(() -> firstLine(article.text()));
    ArticleKind kind = input.kind() == null ? ArticleKind.OWN : input.kind();
    Optional<LocalDate> asOf = input.asOf().or(() -> article.metadata().published());
    Instant now = clock.instant();
    String finalUrl = url;
    long id = jdbi.inTransaction(h -> {
      long newId = store.insert(h, ArticleStore.clip(title, 500), kind, article.format().name(),
          finalUrl, source, asOf.orElse(null), actor.id(), now);
      audit.append(h, actor.id(), newId, null, "article.created",
          kind.label() + " article \"" + title + "\" added" + (finalUrl == null ? "" : " from " + finalUrl));
      return newId;
    });
    scheduleAnalysis(id, 1, source.length());
    return jdbi.withHandle(h -> store.article(h, id));
  }

  public List<ArticleRecord> list(User actor) {
    actor.require(Permission.VIEW_DESK);
    return jdbi.withHandle(store::articles);
  }

  public ArticleDetail detail(User actor, long id) {
    actor.require(Permission.VIEW_DESK);
    return jdbi.inTransaction(h -> {
      ArticleRecord a = store.article(h, id);
      List<ClaimRecord> claims = store.claims(h, id);
      List<FindingRecord> findings = store.findings(h, id);
      LabelDecision label = policy.decide(a, claims, findings);
      boolean shown = (a.state() == ArticleState.CHECKED || a.state() == ArticleState.PUBLISHED)
          && label.earned();
      return new ArticleDetail(a, claims, findings, store.corrections(h, id), label, shown,
          audit.forArticle(id));
    });
  }

  /** Replaces the text of an unpublished article; analysis runs again on the new text. */
  public ArticleRecord edit(User actor, long id, String title, String text) {
    ArticleRecord current = jdbi.withHandle(h -> store.article(h, id));
    requireEdit(actor, current);
    if (text == null || text.isBlank()) {
      throw new BadInputException("The article text cannot be empty.");
    }
    if (text.length() > MAX_TEXT) {
      throw new BadInputException("The article is longer than " + MAX_TEXT + " characters.");
    }
    ArticleFormat format = ArticleFormat.valueOf(current.sourceFormat());
    analysis.read(text.getBytes(StandardCharsets.UTF_8), "edited" + extension(format), Optional.of(format));
    Instant now = clock.instant();
    int revision = jdbi.inTransaction(h -> {
      ArticleRecord a = store.articleForUpdate(h, id);
      requireEdit(actor, a);
      String newTitle = title == null || title.isBlank() ? a.title() : ArticleStore.clip(title.strip(), 500);
      store.updateText(h, id, newTitle, text, a.sourceFormat(), now);
      store.touch(h, id, actor.id(), now);
      audit.append(h, actor.id(), id, null, "article.edited", "Text edited (revision " + (a.revision() + 1) + ")");
      if (a.state() == ArticleState.CHECKED) {
        store.setState(h, id, ArticleState.IN_REVIEW, now);
        audit.append(h, actor.id(), id, null, "state.changed",
            "checked → in_review: the text changed, so it needs checking again");
      }
      return a.revision() + 1;
    });
    scheduleAnalysis(id, revision, text.length());
    return jdbi.withHandle(h -> store.article(h, id));
  }

  public ArticleRecord changeState(User actor, long id, ArticleState target) {
    actor.require(Permission.VIEW_DESK);
    Instant now = clock.instant();
    return jdbi.inTransaction(h -> {
      ArticleRecord a = store.articleForUpdate(h, id);
      ArticleState from = a.state();
      if (from == target) {
        throw new RuleException("The article is already " + target.label() + ".");
      }
      if (from == ArticleState.PUBLISHED) {
        throw new RuleException("A published article changes only through a correction.");
      }
      switch (target) {
        case DRAFT -> {
          requireAny(actor, "send it back to draft", Permission.SUBMIT_FOR_REVIEW, Permission.MARK_CHECKED);
          if (from != ArticleState.IN_REVIEW) {
            throw new RuleException("Only an article in review can go back to draft.");
          }
        }
        case IN_REVIEW -> {
          if (from == ArticleState.DRAFT) {
            actor.require(Permission.SUBMIT_FOR_REVIEW);
            if (!actor.may(Permission.EDIT_ANY_ARTICLE) && a.createdBy() != actor.id()) {
              throw new PermissionDeniedException("Only the article's author or an editor can send it for review.");
            }
          } else {
            actor.require(Permission.MARK_CHECKED);
          }
        }
        case CHECKED -> {
          actor.require(Permission.MARK_CHECKED);
          if (from != ArticleState.IN_REVIEW) {
            throw new RuleException("Only an article in review can be marked checked.");
          }
          requireLabel(h, a, "It cannot be marked checked yet.");
        }
        case PUBLISHED -> {
          actor.require(Permission.PUBLISH);
          if (from != ArticleState.CHECKED) {
            throw new RuleException("Only a checked article can be published; it is " + from.label() + ".");
          }
          requireLabel(h, a, "It cannot be published yet.");
        }
        default -> throw new IllegalStateException(target.toString());
      }
      store.setState(h, id, target, now);
      store.touch(h, id, actor.id(), now);
      audit.append(h, actor.id(), id, null, "state.changed", from.label() + " → " + target.label());
      return store.article(h, id);
    });
  }

  public ClaimRecord recordVerdict(User actor, long articleId, long claimId, Verdict verdict,
      List<String> evidence, String note) {
    actor.require(Permission.RECORD_VERDICT);
    if (verdict == null) {
      throw new BadInputException("Choose a verdict.");
    }
    List<String> items = evidence == null ? List.of()
        : evidence.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    for (String item : items) {
      if (item.matches("(?i)^[a-z]+://.*") && !item.matches("(?i)^https?://[^\\s/]+\\S*$")) {
        throw new BadInputException("\"" + item + "\" is not a web link; use an http(s) address or describe the fact.");
      }
    }
    if (items.isEmpty() && verdict != Verdict.NOT_A_CLAIM && verdict != Verdict.UNVERIFIABLE) {
      throw new BadInputException("Give at least one piece of evidence (a link or a knowledge-base fact) for a verdict of "
          + verdict.label() + ".");
    }
    String cleanNote = note == null || note.isBlank() ? null : note.strip();
    Instant now = clock.instant();
    return jdbi.inTransaction(h -> {
      store.articleForUpdate(h, articleId);
      ClaimRecord claim = store.claims(h, articleId).stream().filter(c -> c.id() == claimId).findFirst()
          .orElseThrow(() -> new NotFoundException("That claim is not on this article's checklist (any more)."));
      store.setVerdict(h, claimId, verdict, items, cleanNote, actor.id(), now);
      store.touch(h, articleId, actor.id(), now);
      audit.append(h, actor.id(), articleId, null, "verdict.recorded",
          "\"" + ArticleStore.clip(claim.sentence(), 200) + "\": " + verdict.label()
              + (claim.verdict() == null ? "" : " (was " + claim.verdict().label() + ")")
              + (items.isEmpty() ? "" : "; evidence: " + String.join(" | ", items))
              + (cleanNote == null ? "" : "; note: " + cleanNote));
      enforceLabel(h, articleId, actor.id());
      return store.claims(h, articleId).stream().filter(c -> c.id() == claimId).findFirst().orElseThrow();
    });
  }

  public FindingRecord resolveFinding(User actor, long articleId, long findingId, FindingStatus status,
      String reason) {
    actor.require(Permission.RESOLVE_FINDING);
    if (status == null) {
      throw new BadInputException("Say whether the finding is open, fixed or dismissed.");
    }
    String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
    if (status == FindingStatus.DISMISSED && cleanReason == null) {
      throw new BadInputException("Say why the finding is dismissed.");
    }
    Instant now = clock.instant();
    return jdbi.inTransaction(h -> {
      store.articleForUpdate(h, articleId);
      FindingRecord finding = store.findings(h, articleId).stream().filter(f -> f.id() == findingId).findFirst()
          .orElseThrow(() -> new NotFoundException("That finding is not on this article (any more)."));
      store.setFindingStatus(h, findingId, status, cleanReason, actor.id(), now);
      store.touch(h, articleId, actor.id(), now);
      audit.append(h, actor.id(), articleId, null, "finding." + status.label(),
          finding.code() + " on \"" + ArticleStore.clip(finding.quote(), 200) + "\": "
              + finding.status().label() + " → " + status.label()
              + (cleanReason == null ? "" : " (" + cleanReason + ")"));
      enforceLabel(h, articleId, actor.id());
      return store.findings(h, articleId).stream().filter(f -> f.id() == findingId).findFirst().orElseThrow();
    });
  }

  /**
   * Appends a correction to a published article, optionally with new text (which is analysed
   * again; verdicts carry over to unchanged sentences).
   */
  public CorrectionRecord correct(User actor, long articleId, String whatWasWrong, String whatChanged,
      Optional<String> newText) {
    actor.require(Permission.CORRECT);
    if (whatWasWrong == null || whatWasWrong.isBlank() || whatChanged == null || whatChanged.isBlank()) {
      throw new BadInputException("Say what was wrong and what changed.");
    }
    Optional<String> text = newText.filter(t -> !t.isBlank());
    ArticleRecord current = jdbi.withHandle(h -> store.article(h, articleId));
    if (text.isPresent()) {
      if (text.get().length() > MAX_TEXT) {
        throw new BadInputException("The article is longer than " + MAX_TEXT + " characters.");
      }
      ArticleFormat format = ArticleFormat.valueOf(current.sourceFormat());
      analysis.read(text.get().getBytes(StandardCharsets.UTF_8), "corrected" + extension(format), Optional.of(format));
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
      }
      int seq = store.insertCorrection(h, articleId, whatWasWrong.strip(), whatChanged.strip(), actor.id(), now);
      store.touch(h, articleId, actor.id(), now);
      audit.append(h, actor.id(), articleId, null, "correction.added",
          "Correction " + seq + ": was wrong: " + whatWasWrong.strip() + "; changed: " + whatChanged.strip());
      return new Outcome(seq, a.revision() + (changed ? 1 : 0), changed);
    });
    if (outcome.newText()) {
      scheduleAnalysis(articleId, outcome.revision(), text.get().length());
    }
    return jdbi.withHandle(h -> store.corrections(h, articleId).stream()
        .filter(c -> c.seq() == outcome.seq()).findFirst().orElseThrow());
  }

  /** Runs the analysis again, e.g. after it failed. */
  public ArticleRecord reanalyse(User actor, long id) {
    actor.require(Permission.VIEW_DESK);
    ArticleRecord a = jdbi.withHandle(h -> store.article(h, id));
    if (!actor.may(Permission.RESOLVE_FINDING) && !mayEdit(actor, a)) {
      throw new PermissionDeniedException("Your role (" + actor.role().label() + ") does not allow you to re-run the analysis.");
    }
    jdbi.useHandle(h -> store.analysisProgress(h, id, a.revision(), AnalysisStatus.QUEUED, "Waiting to be analysed", null));
    scheduleAnalysis(id, a.revision(), a.sourceText().length());
    return jdbi.withHandle(h -> store.article(h, id));
  }

  public Dashboard dashboard(User actor) {
    actor.require(Permission.VIEW_DESK);
    return jdbi.inTransaction(h -> {
      Map<String, List<ArticleRecord>> byState = new LinkedHashMap<>();
      for (ArticleState s : ArticleState.values()) {
        byState.put(s.label(), new ArrayList<>());
      }
      List<Dashboard.WorkItem> work = new ArrayList<>();
      for (ArticleRecord a : store.articles(h)) {
        byState.get(a.state().label()).add(a);
        if (a.state() != ArticleState.PUBLISHED && a.assignedToName() != null) {
          work.add(new Dashboard.WorkItem(a.assignedToName(), a.id(), a.title(), a.state().label()));
        }
      }
      Map<String, Long> bySeverity = new LinkedHashMap<>();
      for (Severity s : Severity.values()) {
        bySeverity.put(s.label(), 0L);
      }
      for (ArticleStore.Count c : store.openFindingsBySeverity(h)) {
        bySeverity.put(Severity.valueOf(c.name()).label(), c.n());
      }
      work.sort((x, y) -> x.person().compareToIgnoreCase(y.person()));
      return new Dashboard(byState, bySeverity, store.countClaimsAwaitingVerdict(h),
          store.claimsAwaitingVerdict(h, 20), work);
    });
  }

  public List<AuditEntry> personAudit(User actor, long userId) {
    actor.require(Permission.VIEW_DESK);
    return audit.forPerson(userId);
  }

  private void requireLabel(Handle h, ArticleRecord a, String refusal) {
    LabelDecision d = policy.decide(a, store.claims(h, a.id()), store.findings(h, a.id()));
    if (!d.earned()) {
      throw new RuleException(refusal + " " + String.join(" ", d.reasons()), d.reasons());
    }
  }

  /** A checked article that no longer meets the label rule goes back to review, and says why. */
  private void enforceLabel(Handle h, long id, Long actorId) {
    ArticleRecord a = store.article(h, id);
    if (a.state() != ArticleState.CHECKED) {
      return;
    }
    LabelDecision d = policy.decide(a, store.claims(h, id), store.findings(h, id));
    if (!d.earned()) {
      store.setState(h, id, ArticleState.IN_REVIEW, clock.instant());
      audit.append(h, actorId, id, null, "state.changed",
          "checked → in_review: " + String.join(" ", d.reasons()));
    }
  }

  /**
   * The analysis is already queued (in the transaction that saved the text). A short article is
   * claimed and analysed before the request returns; a long one is left to the worker.
   */
  private void scheduleAnalysis(long id, int revision, int length) {
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
      ArticleFormat format = ArticleFormat.valueOf(a.sourceFormat());
      Article article = analysis.read(a.sourceText().getBytes(StandardCharsets.UTF_8),
          "article" + extension(format), Optional.of(format));
      progress(id, revision, "Finding claims and checking names, dates and sources");
      Optional<LocalDate> asOf = Optional.ofNullable(a.asOf()).or(() -> article.metadata().published());
      Report report = analysis.analyze(article, asOf);
      progress(id, revision, "Saving the findings");
      List<Finding> claims = report.findings().stream().filter(f -> f.code().equals(FindingCodes.CLAIM)).toList();
      List<Finding> others = report.findings().stream().filter(f -> !f.code().equals(FindingCodes.CLAIM)).toList();
      jdbi.useTransaction(h -> {
        ArticleRecord current = store.articleForUpdate(h, id);
        if (current.revision() != revision) {
          return;
        }
        CarryOver.Result result = CarryOver.apply(store.claims(h, id), store.findings(h, id), claims, others);
        store.replaceAnalysis(h, id, revision, article.text(), result);
        for (CarryOver.Dropped d : result.dropped()) {
          audit.append(h, null, id, null, "verdict.dropped", "The sentence \""
              + ArticleStore.clip(d.claim().sentence(), 200) + "\" changed, so its verdict ("
              + d.claim().verdict().label() + ") no longer applies");
        }
        enforceLabel(h, id, null);
      });
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

  private void requireEdit(User actor, ArticleRecord a) {
    if (!mayEdit(actor, a)) {
      if (actor.may(Permission.EDIT_OWN_ARTICLE)) {
        throw new PermissionDeniedException("You can edit only your own articles.");
      }
      throw new PermissionDeniedException("Your role (" + actor.role().label() + ") does not allow you to edit articles.");
    }
    if (a.state() == ArticleState.PUBLISHED) {
      throw new RuleException("A published article changes only through a correction.");
    }
  }

  private static boolean mayEdit(User actor, ArticleRecord a) {
    return actor.may(Permission.EDIT_ANY_ARTICLE)
        || actor.may(Permission.EDIT_OWN_ARTICLE) && a.createdBy() == actor.id();
  }

  private static void requireAny(User actor, String what, Permission... permissions) {
    for (Permission p : permissions) {
      if (actor.may(p)) {
        return;
      }
    }
    throw new PermissionDeniedException("Your role (" + actor.role().label() + ") does not allow you to " + what + ".");
  }

  private static ArticleFormat format(String text) {
    return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "text", "txt", "plain" -> ArticleFormat.TEXT;
      case "markdown", "md" -> ArticleFormat.MARKDOWN;
      case "html" -> ArticleFormat.HTML;
      default -> throw new BadInputException("Unknown format \"" + text + "\"; use text, markdown or html.");
    };
  }

  private static String extension(ArticleFormat format) {
    return switch (format) {
      case TEXT -> ".txt";
      case MARKDOWN -> ".md";
      case HTML -> ".html";
    };
  }

  private static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("Untitled article").strip();
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
