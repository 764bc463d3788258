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
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Desk.class);
  /** Longest article text the desk stores, in characters. */
  public static final int MAX_TEXT = 1_000_000;

  private final Jdbi jdbi;
  private final AuditLog audit;
  private final DeskEngine analysis;
  private final AnalysisQueue queue;
  private final Clock clock;
  private final int backgroundThreshold;
  private final UrlArticleReader urlReader;
  private final ArticleStore store = new ArticleStore();
  private final LabelPolicy policy = new LabelPolicy();
  private final LabelGuard guard;
  private final ClaimWork claimWork;
  private final PriorChecks priorChecks;
  private final MatchStore matchStore = new MatchStore();

  /**
   * @param backgroundThreshold articles with more characters than this are analysed in the
   *     background (the page shows progress); shorter ones before the request returns
   */
  public Desk(Jdbi jdbi, AuditLog audit, DeskEngine analysis, Clock clock,
      int backgroundThreshold, Duration analysisLease, FetchSettings fetch, PriorChecks priorChecks) {
    this.jdbi = jdbi;
    this.priorChecks = priorChecks;
    this.audit = audit;
    this.analysis = analysis;
    this.queue = new AnalysisQueue(jdbi, clock, analysisLease);
    this.clock = clock;
    this.backgroundThreshold = backgroundThreshold;
    this.urlReader = new UrlArticleReader(fetch);
    this.guard = new LabelGuard(store, audit, clock, policy);
    this.claimWork = new ClaimWork(jdbi, audit, clock, store, guard, this::rematch);
  }

  /** Claims work: add, split, merge, retype, discuss, assign; each person's inbox. */
  public ClaimWork claims() {
    return claimWork;
  }

  /** Every saved text of the article, oldest first. */
  public List<RevisionRecord> revisions(User actor, long id) {
    actor.require(Permission.VIEW_DESK);
    return jdbi.withHandle(h -> {
      store.article(h, id);
      return store.revisions(h, id);
    });
  }

  /** Two revisions and what changed from the first to the second. */
  public record RevisionDiff(RevisionRecord from, RevisionRecord to, List<TextDiff.Piece> pieces) {}

  public RevisionDiff diff(User actor, long id, int from, int to) {
    List<RevisionRecord> all = revisions(actor, id);
    RevisionRecord a = all.stream().filter(r -> r.revision() == from).findFirst()
        .orElseThrow(() -> new NotFoundException("Article " + id + " has no revision " + from + "."));
    RevisionRecord b = all.stream().filter(r -> r.revision() == to).findFirst()
        .orElseThrow(() -> new NotFoundException("Article " + id + " has no revision " + to + "."));
    return new RevisionDiff(a, b, TextDiff.between(a.text(), b.text()));
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
      content = null;
      name = null;
    }
    Article article;
    String source;
    if (content == null) {
      // Exactly what `factdesk read URL` reads: same fetch, same charset rules, same reader.
      UrlArticleReader.Read fetched = urlReader.read(input.url().get());
      article = fetched.article();
      source = fetched.sourceText();
      url = fetched.finalUrl();
    } else {
      article = analysis.read(content, name, format);
      source = new String(content, StandardCharsets.UTF_8);
    }
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
      if (asOf.isPresent()) {
        store.setAsOf(h, newId, asOf.get(), input.asOf().isPresent() ? "desk" : "text");
      }
      store.insertRevision(h, newId, 1, ArticleStore.clip(title, 500), source, asOf.orElse(null), actor.id(), now);
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

  /** One page of the desk's articles that match {@code query}. */
  public ArticleResults search(User actor, ArticleQuery query) {
    actor.require(Permission.VIEW_DESK);
    return jdbi.withHandle(h -> store.search(h, query));
  }

  public ArticleDetail detail(User actor, long id) {
    actor.require(Permission.VIEW_DESK);
    return jdbi.inTransaction(h -> {
      ArticleRecord a = store.article(h, id);
      List<ClaimRecord> claims = store.claims(h, id);
      List<FindingRecord> findings = store.findings(h, id);
      LabelDecision label = policy.decide(a, claims, findings);
      return new ArticleDetail(a, claims, findings, store.corrections(h, id), label,
          policy.shows(a, label), audit.forArticle(id), store.claimComments(h, id),
          matchStore.matches(h, id), priorChecks.status());
    });
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
    return edit(actor, id, change, null);
  }

  /** {@link #edit(User, long, ArticleEdit)}; {@code linked}, when given, is audited with the edit. */
  private ArticleRecord edit(User actor, long id, ArticleEdit change, String linked) {
    ArticleRecord current = jdbi.withHandle(h -> store.article(h, id));
    requireEdit(actor, current);
    Optional<String> text = change.text();
    if (text.isPresent() && text.get().isBlank()) {
      throw new BadInputException("The article text cannot be empty.");
    }
    if (text.isPresent() && text.get().length() > MAX_TEXT) {
      throw new BadInputException("The article is longer than " + MAX_TEXT + " characters.");
    }
    Optional<String> url = change.sourceUrl().map(String::strip);
    if (url.isPresent() && !url.get().isEmpty() && !url.get().matches("(?i)^https?://[^\\s/]+\\S*$")) {
      throw new BadInputException("\"" + url.get() + "\" is not a web address; give the original's http(s) address.");
    }
    if (text.isPresent()) {
      ArticleFormat format = ArticleFormat.valueOf(current.sourceFormat());
      analysis.read(text.get().getBytes(StandardCharsets.UTF_8), "edited" + extension(format), Optional.of(format));
    }
    Instant now = clock.instant();
    record Outcome(int revision, boolean analyse) {}
    Outcome outcome = jdbi.inTransaction(h -> {
      ArticleRecord a = store.articleForUpdate(h, id);
      requireEdit(actor, a);
      String newTitle = change.title().filter(t -> !t.isBlank()).map(t -> ArticleStore.clip(t.strip(), 500))
          .orElse(a.title());
      boolean newText = text.isPresent() && !text.get().equals(a.sourceText());
      boolean newDate = change.asOf().isPresent() && !change.asOf().get().equals(a.asOf());
      List<String> what = new ArrayList<>();
      if (newText) {
        store.updateText(h, id, newTitle, text.get(), a.sourceFormat(), now);
        what.add("text");
      } else if (!newTitle.equals(a.title())) {
        // A new title alone is not a new revision: nothing to analyse again.
        store.setTitle(h, id, newTitle);
        what.add("title");
      }
      if (newDate) {
        store.setAsOf(h, id, change.asOf().get(), "desk");
        if (!newText) {
          store.bumpRevision(h, id, now);
        }
        what.add("date (" + (a.asOf() == null ? "none" : a.asOf().toString()) + " → " + change.asOf().get() + ")");
      }
      if (change.claimant().isPresent() || change.publisher().isPresent() || url.isPresent()) {
        store.setSource(h, id, change.claimant().map(ArticleStore::clean).map(String::strip).filter(v -> !v.isEmpty()).map(v -> ArticleStore.clip(v, 500)).orElse(change.claimant().isPresent() ? null : a.claimant()),
            change.publisher().map(ArticleStore::clean).map(String::strip).filter(v -> !v.isEmpty()).map(v -> ArticleStore.clip(v, 500)).orElse(change.publisher().isPresent() ? null : a.sourcePublisher()),
            url.filter(v -> !v.isEmpty()).orElse(url.isPresent() ? null : a.sourceUrl()));
        what.add("source");
      }
      if (what.isEmpty()) {
        return new Outcome(a.revision(), false);
      }
      store.touch(h, id, actor.id(), now);
      boolean analyse = newText || newDate;
      int revision = analyse ? a.revision() + 1 : a.revision();
      audit.append(h, actor.id(), id, null, "article.edited",
          "Changed " + String.join(", ", what) + (analyse ? " (revision " + revision + ")" : ""));
      if (linked != null) {
        audit.append(h, actor.id(), id, null, "finding.link-added", linked);
      }
      if (analyse) {
        store.insertRevision(h, id, revision, newTitle, text.orElse(a.sourceText()),
            change.asOf().orElse(a.asOf()), actor.id(), now);
        if (a.state() == ArticleState.CHECKED) {
          store.setState(h, id, ArticleState.IN_REVIEW, now);
          audit.append(h, actor.id(), id, null, "state.changed",
              "checked → in_review: the " + (newText ? "text" : "date") + " changed, so it needs checking again");
        }
      } else {
        guard.enforce(h, id, actor.id());
      }
      return new Outcome(revision, analyse);
    });
    if (outcome.analyse()) {
      scheduleAnalysis(id, outcome.revision(), text.orElse(current.sourceText()).length());
    }
    return jdbi.withHandle(h -> store.article(h, id));
  }

  public ArticleRecord changeState(User actor, long id, ArticleState target) {
    actor.require(Permission.VIEW_DESK);
    Instant now = clock.instant();
    ArticleRecord changed = jdbi.inTransaction(h -> {
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
      tellAssignee(h, a, actor, actor.displayName() + " moved it from " + from.label().replace('_', ' ')
          + " to " + target.label().replace('_', ' ') + ".");
      return store.article(h, id);
    });
    if (target == ArticleState.PUBLISHED) {
      addToArchive(id);
    }
    return changed;
  }

  /**
   * An editor's decision on a prior fact-check shown under a claim: "accepted" (it checked this
   * claim) or "rejected" (it did not). Recorded with who and when, in the audit log too, and
   * shown; the matching model does not learn from it (docs/archive.md says how to retrain).
   */
  public ClaimMatch decideMatch(User actor, long articleId, long matchId, String decision, String reason) {
    actor.require(Permission.RECORD_VERDICT);
    String d = decision == null ? "" : decision.strip().toLowerCase(java.util.Locale.ROOT);
    if (!d.equals("accepted") && !d.equals("rejected")) {
      throw new BadInputException("Say whether the prior fact-check is accepted (it checked this claim) or rejected (it did not).");
    }
    String cleanReason = reason == null || reason.isBlank() ? null : ArticleStore.clip(ArticleStore.clean(reason.strip()), 4000);
    Instant now = clock.instant();
    return jdbi.inTransaction(h -> {
      store.articleForUpdate(h, articleId);
      ClaimMatch m = matchStore.match(h, articleId, matchId);
      matchStore.decide(h, articleId, m, d, cleanReason, actor.id(), now);
      PriorCheck c = m.check();
      audit.append(h, actor.id(), articleId, null, "match." + d,
          "Prior fact-check " + (c.url().isEmpty() ? c.factCheckId() : c.url()) + " (" + c.publisher()
              + (c.date() == null ? "" : ", " + c.date()) + (c.rating().isEmpty() ? "" : ", rated " + c.rating())
              + ") for \"" + ArticleStore.clip(m.sentence(), 200) + "\": " + d
              + (m.decision() == null || m.decision().equals(d) ? "" : " (was " + m.decision() + ")")
              + (cleanReason == null ? "" : " (" + cleanReason + ")"));
      store.touch(h, articleId, actor.id(), now);
      return matchStore.match(h, articleId, matchId);
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
    if (items.isEmpty() && verdict != Verdict.NOT_A_CLAIM) {
      throw new BadInputException("Give at least one piece of evidence (a link or a knowledge-base fact) for a verdict of "
          + verdict.label() + (verdict == Verdict.UNVERIFIABLE ? ": say what you consulted and could not confirm." : "."));
    }
    String cleanNote = note == null || note.isBlank() ? null : note.strip();
    Instant now = clock.instant();
    ClaimRecord rated = jdbi.inTransaction(h -> {
      ArticleRecord a = store.articleForUpdate(h, articleId);
      ClaimRecord claim = store.claims(h, articleId).stream().filter(c -> c.id() == claimId).findFirst()
          .orElseThrow(() -> new NotFoundException("That claim is not on this article's checklist (any more)."));
      store.setVerdict(h, claimId, verdict, items, cleanNote, actor.id(), now);
      if (claim.verdict() != null && claim.verdict() != verdict) {
        guard.withdraw(h, a, actor.id(), "The verdict on \"" + ArticleStore.clip(claim.sentence(), 120)
            + "\" changed from " + claim.verdict().label() + " to " + verdict.label() + ".", store.lastCorrectionSeq(h, articleId));
      }
      store.touch(h, articleId, actor.id(), now);
      audit.append(h, actor.id(), articleId, null, "verdict.recorded",
          "\"" + ArticleStore.clip(claim.sentence(), 200) + "\": " + verdict.label()
              + (claim.verdict() == null ? "" : " (was " + claim.verdict().label() + ")")
              + (items.isEmpty() ? "" : "; evidence: " + String.join(" | ", items))
              + (cleanNote == null ? "" : "; note: " + cleanNote));
      guard.enforce(h, articleId, actor.id());
      tellAssignee(h, a, actor, actor.displayName() + " rated \"" + ArticleStore.clip(claim.sentence(), 120) + "\" "
          + verdict.label().replace('_', ' ') + ".");
      return store.claims(h, articleId).stream().filter(c -> c.id() == claimId).findFirst().orElseThrow();
    });
    addToArchive(articleId);
    return rated;
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
    if (status == FindingStatus.FIXED) {
      requireFixedInText(articleId, findingId);
    }
    Instant now = clock.instant();
    return jdbi.inTransaction(h -> {
      ArticleRecord a = store.articleForUpdate(h, articleId);
      FindingRecord finding = store.findings(h, articleId).stream().filter(f -> f.id() == findingId).findFirst()
          .orElseThrow(() -> new NotFoundException("That finding is not on this article (any more)."));
      store.setFindingStatus(h, findingId, status, cleanReason, actor.id(), now);
      if (status == FindingStatus.OPEN && finding.status() != FindingStatus.OPEN
          && finding.severity() == Severity.ERROR) {
        guard.withdraw(h, a, actor.id(), "The finding " + finding.code() + " on \""
            + ArticleStore.clip(finding.quote(), 120) + "\" was reopened.", store.lastCorrectionSeq(h, articleId));
      }
      store.touch(h, articleId, actor.id(), now);
      audit.append(h, actor.id(), articleId, null, "finding." + status.label(),
          finding.code() + " on \"" + ArticleStore.clip(finding.quote(), 200) + "\": "
              + finding.status().label() + " → " + status.label()
              + (cleanReason == null ? "" : " (" + cleanReason + ")"));
      guard.enforce(h, articleId, actor.id());
      return store.findings(h, articleId).stream().filter(f -> f.id() == findingId).findFirst().orElseThrow();
    });
  }

  /**
   * Adds the link an unlinked source lacks ({@code source.unlinked}): the finding's words become
   * a link to {@code url} in the stored text, a new revision that is analysed again, where the
   * finding no longer arises. Who may edit the article may do this.
   */
  public ArticleRecord addSourceLink(User actor, long articleId, long findingId, String url) {
    String address = url == null ? "" : url.strip();
    if (!address.matches("(?i)^https?://[^\\s/]+\\.[^\\s/]+\\S*$") || address.length() > 2000) {
      throw new BadInputException("\"" + ArticleStore.clip(address, 200)
          + "\" is not a web address; give the source's http(s) address.");
    }
    ArticleRecord a = jdbi.withHandle(h -> store.article(h, articleId));
    requireEdit(actor, a);
    FindingRecord finding = jdbi.withHandle(h -> store.findings(h, articleId)).stream()
        .filter(f -> f.id() == findingId).findFirst()
        .orElseThrow(() -> new NotFoundException("That finding is not on this article (any more)."));
    if (!finding.code().equals(FindingCodes.SOURCE_UNLINKED)) {
      throw new BadInputException("Only a source without a link (source.unlinked) takes a link here.");
    }
    String analysed = a.analysedText() == null ? "" : a.analysedText();
    double position = analysed.isEmpty() ? 0 : (double) finding.start() / analysed.length();
    String text = SourceLinks.withLink(a.sourceText(), ArticleFormat.valueOf(a.sourceFormat()), finding.quote(),
        position, address);
    return edit(actor, articleId, ArticleEdit.text(null, text),
        "Linked \"" + ArticleStore.clip(finding.quote(), 200) + "\" to " + address);
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
      scheduleAnalysis(articleId, outcome.revision(), text.get().length());
    } else {
      addToArchive(articleId);
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

  /** "What changed" in the inbox of whoever the article is assigned to (not the one who changed it). */
  private void tellAssignee(Handle h, ArticleRecord a, User actor, String what) {
    if (a.assigneeId() != null && a.assigneeId() != actor.id()) {
      store.notify(h, a.assigneeId(), a.id(), what, clock.instant());
    }
  }

  private void requireLabel(Handle h, ArticleRecord a, String refusal) {
    LabelDecision d = guard.decide(h, a);
    if (!d.earned()) {
      throw new RuleException(refusal + " " + String.join(" ", d.reasons()), d.reasons());
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
      Optional<LocalDate> fromText = a.asOf() == null ? article.metadata().published() : Optional.empty();
      Optional<LocalDate> asOf = Optional.ofNullable(a.asOf()).or(() -> fromText);
      Report report = analysis.analyze(article, asOf);
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
      matchClaims(id, revision);
      addToArchive(id);
    } catch (BadInputException e) {
      fail(id, revision, e.getMessage());
    } catch (RuntimeException e) {
      fail(id, revision, "The analysis stopped unexpectedly (" + e.getClass().getSimpleName()
          + "). Try again; if it keeps failing, report it with the article.");
    }
  }

  /**
   * Puts the archive's prior fact-checks under each claim of this revision. Runs outside the
   * analysis transaction (the archive is slower than the database); a newer revision wins.
   * A failing archive never fails the analysis: the claims simply show no matches.
   */
  private void rematch(long id) {
    ArticleRecord a = jdbi.withHandle(h -> store.article(h, id));
    if (a.analysisCurrent()) {
      matchClaims(id, a.revision());
    }
  }

  private void matchClaims(long id, int revision) {
    if (priorChecks.status().mode() == PriorChecksStatus.Mode.OFF) {
      return;
    }
    ArticleRecord a = jdbi.withHandle(h -> store.article(h, id));
    Map<String, List<PriorCheck>> bySentence = new LinkedHashMap<>();
    try {
      for (ClaimRecord c : jdbi.withHandle(h -> store.claims(h, id))) {
        String key = CarryOver.normalise(c.sentence());
        if (!bySentence.containsKey(key)) {
          bySentence.put(key, priorChecks.find(a, c.sentence()));
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("Matching the claims of article {} against the fact-check archive failed: {}", id, e.toString());
      return;
    }
    jdbi.useTransaction(h -> {
      if (store.articleForUpdate(h, id).revision() == revision) {
        matchStore.replace(h, id, bySentence);
      }
    });
  }

  /**
   * A published article that carries the label puts its verdicts into the fact-check archive
   * (replacing what it put there before), so the next article repeating a claim is matched.
   */
  private void addToArchive(long id) {
    if (priorChecks.status().mode() == PriorChecksStatus.Mode.OFF) {
      return;
    }
    record Published(ArticleRecord article, List<ClaimRecord> rated) {}
    Published p = jdbi.withHandle(h -> {
      ArticleRecord a = store.article(h, id);
      if (a.state() != ArticleState.PUBLISHED || a.underReview() || !a.analysisCurrent()) {
        return null;
      }
      List<ClaimRecord> claims = store.claims(h, id);
      if (!policy.decide(a, claims, store.findings(h, id)).earned()) {
        return null;
      }
      return new Published(a, claims.stream().filter(c -> c.verdict() != null && c.verdict() != Verdict.NOT_A_CLAIM).toList());
    });
    if (p == null || p.rated().isEmpty()) {
      return;
    }
    try {
      priorChecks.published(p.article(), p.rated());
      jdbi.useTransaction(h -> audit.append(h, null, id, null, "archive.added", p.rated().size()
          + " verdict" + (p.rated().size() == 1 ? "" : "s") + " added to the fact-check archive"));
    } catch (RuntimeException e) {
      LOG.warn("Adding the verdicts of article {} to the fact-check archive failed", id, e);
      jdbi.useTransaction(h -> audit.append(h, null, id, null, "archive.failed",
          "The verdicts could not be added to the fact-check archive (" + e.getClass().getSimpleName()
              + "); \"Analyse again\" retries"));
    }
  }

  /**
   * "Fixed" means the text no longer says it: a fresh analysis of the current text must not
   * raise the finding again. Otherwise the desk refuses and says why.
   */
  private void requireFixedInText(long articleId, long findingId) {
    ArticleRecord a = jdbi.withHandle(h -> store.article(h, articleId));
    FindingRecord finding = jdbi.withHandle(h -> store.findings(h, articleId)).stream()
        .filter(f -> f.id() == findingId).findFirst()
        .orElseThrow(() -> new NotFoundException("That finding is not on this article (any more)."));
    if (!a.analysisCurrent()) {
      throw new RuleException("It cannot be marked fixed yet: the analysis of the latest text has not finished.",
          List.of("The analysis of the latest text has not finished yet."));
    }
    ArticleFormat format = ArticleFormat.valueOf(a.sourceFormat());
    Article article = analysis.read(a.sourceText().getBytes(StandardCharsets.UTF_8),
        "article" + extension(format), Optional.of(format));
    Report fresh = analysis.analyze(article, Optional.ofNullable(a.asOf()).or(() -> article.metadata().published()));
    boolean stillRaised = fresh.findings().stream().anyMatch(f -> f.code().equals(finding.code())
        && CarryOver.normalise(f.quote()).equals(CarryOver.normalise(finding.quote())));
    if (stillRaised) {
      String reason = "A fresh analysis of the current text still raises " + finding.code() + " on \""
          + ArticleStore.clip(finding.quote(), 120) + "\": " + finding.message()
          + " Change the text (the finding then goes away by itself), or dismiss it with a reason.";
      throw new RuleException("It cannot be marked fixed: the text still says it.", List.of(reason));
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
