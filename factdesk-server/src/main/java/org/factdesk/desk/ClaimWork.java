// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdesk.accounts.Permission;
import org.factdesk.accounts.User;
import org.factdesk.audit.AuditLog;
import org.factdesk.errors.BadInputException;
import org.factdesk.errors.NotFoundException;
import org.factdesk.errors.RuleException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A checker's work on the claim checklist beyond verdicts: add a claim the analysis missed (from
 * words of the text), split one claim in two or merge two into one, retype a claim, discuss it,
 * and assign claims and articles to people. Each change and its audit entry share one
 * transaction, and the label rule is applied after each.
 */
public final class ClaimWork {
  /** Claim types a checker may choose (the analysis uses the same words). */
  public static final List<String> TYPES = List.of("statistic", "event", "quote", "causal", "prediction",
      "role", "other");

  private final Jdbi jdbi;
  private final AuditLog audit;
  private final Clock clock;
  private final ArticleStore store;
  private final LabelGuard guard;
  /** Matches the article's claims against prior fact-checks again: new sentences need theirs. */
  private final java.util.function.LongConsumer rematch;

  ClaimWork(Jdbi jdbi, AuditLog audit, Clock clock, ArticleStore store, LabelGuard guard,
      java.util.function.LongConsumer rematch) {
    this.rematch = rematch;
    this.jdbi = jdbi;
    this.audit = audit;
    this.clock = clock;
    this.store = store;
    this.guard = guard;
  }

  /**
   * Adds a claim for words the checker selected in the article's analysed text. The words must
   * appear in the text exactly once, so the claim sits on one place.
   */
  public ClaimRecord add(User actor, long articleId, String words, String type) {
    actor.require(Permission.RECORD_VERDICT);
    String quote = words == null ? "" : words.strip();
    if (quote.length() < 3) {
      throw new BadInputException("Select (or paste) the words of the claim from the article's text.");
    }
    String claimType = type(type == null || type.isBlank() ? "other" : type);
    ClaimRecord added = change(actor, articleId, (h, a) -> {
      String text = requireCurrentText(a);
      int at = text.indexOf(quote);
      if (at < 0) {
        throw new BadInputException("Those words are not in the article's text as written; copy them from the text.");
      }
      if (text.indexOf(quote, at + 1) >= 0) {
        throw new BadInputException("Those words appear more than once in the text; select a longer passage.");
      }
      boolean exists = store.claims(h, articleId).stream()
          .anyMatch(c -> c.start() == at && c.end() == at + quote.length());
      if (exists) {
        throw new RuleException("That passage is already a claim on the checklist.");
      }
      long id = store.insertManualClaim(h, articleId, claimType, at, at + quote.length(), quote);
      audit.append(h, actor.id(), articleId, null, "claim.added",
          "Claim added by hand (" + claimType + "): \"" + ArticleStore.clip(quote, 200) + "\"");
      return id;
    });
    rematch.accept(articleId);
    return added;
  }

  /** Changes what kind of claim it is (statistic, event, quote, …). */
  public ClaimRecord retype(User actor, long articleId, long claimId, String type) {
    actor.require(Permission.RECORD_VERDICT);
    String claimType = type(type);
    return change(actor, articleId, (h, a) -> {
      ClaimRecord c = claim(h, articleId, claimId);
      store.setClaimType(h, claimId, claimType);
      audit.append(h, actor.id(), articleId, null, "claim.retyped",
          "\"" + ArticleStore.clip(c.sentence(), 200) + "\": " + c.claimType() + " → " + claimType);
      return claimId;
    });
  }

  /**
   * Splits a claim before the words {@code secondStartsWith}: the two parts become claims of
   * their own, and the whole is marked "not a claim" (split), so re-analysis keeps the parts.
   */
  public List<ClaimRecord> split(User actor, long articleId, long claimId, String secondStartsWith) {
    actor.require(Permission.RECORD_VERDICT);
    String marker = secondStartsWith == null ? "" : secondStartsWith.strip();
    if (marker.isEmpty()) {
      throw new BadInputException("Give the words the second part starts with.");
    }
    Instant now = clock.instant();
    List<Long> ids = jdbi.inTransaction(h -> {
      ArticleRecord a = store.articleForUpdate(h, articleId);
      String text = requireCurrentText(a);
      ClaimRecord c = claim(h, articleId, claimId);
      int cut = c.sentence().indexOf(marker);
      if (cut <= 0) {
        throw new BadInputException("\"" + marker + "\" does not start a later part of this claim.");
      }
      String first = c.sentence().substring(0, cut).strip();
      String second = c.sentence().substring(cut).strip();
      if (first.length() < 3 || second.length() < 3) {
        throw new BadInputException("Both parts need some words of their own.");
      }
      int firstAt = text.indexOf(first, c.start());
      int secondAt = text.indexOf(second, c.start() + cut);
      if (firstAt < 0 || secondAt < 0) {
        throw new BadInputException("The claim's words are no longer in the text; analyse it again first.");
      }
      long one = store.insertManualClaim(h, articleId, c.claimType(), firstAt, firstAt + first.length(), first);
      long two = store.insertManualClaim(h, articleId, c.claimType(), secondAt, secondAt + second.length(), second);
      store.setVerdict(h, claimId, Verdict.NOT_A_CLAIM, List.of(), "Split into two claims.", actor.id(), now);
      audit.append(h, actor.id(), articleId, null, "claim.split", "\"" + ArticleStore.clip(c.sentence(), 200)
          + "\" split into \"" + ArticleStore.clip(first, 120) + "\" and \"" + ArticleStore.clip(second, 120) + "\"");
      store.touch(h, articleId, actor.id(), now);
      guard.enforce(h, articleId, actor.id());
      return List.of(one, two);
    });
    rematch.accept(articleId);
    return jdbi.withHandle(h -> store.claims(h, articleId).stream().filter(c -> ids.contains(c.id())).toList());
  }

  /**
   * Merges claims into one claim covering the text from the first to the last; the parts are
   * marked "not a claim" (merged), so re-analysis keeps the merged claim.
   */
  public ClaimRecord merge(User actor, long articleId, List<Long> claimIds) {
    actor.require(Permission.RECORD_VERDICT);
    Set<Long> wanted = Set.copyOf(claimIds == null ? List.of() : claimIds);
    if (wanted.size() < 2) {
      throw new BadInputException("Choose at least two claims to merge.");
    }
    Instant now = clock.instant();
    ClaimRecord merged = change(actor, articleId, (h, a) -> {
      String text = requireCurrentText(a);
      List<ClaimRecord> parts = store.claims(h, articleId).stream().filter(c -> wanted.contains(c.id())).toList();
      if (parts.size() != wanted.size()) {
        throw new NotFoundException("One of those claims is not on this article's checklist (any more).");
      }
      int start = parts.stream().mapToInt(ClaimRecord::start).min().orElseThrow();
      int end = parts.stream().mapToInt(ClaimRecord::end).max().orElseThrow();
      if (start < 0 || end > text.length() || start >= end) {
        throw new BadInputException("The claims' words are no longer in the text; analyse it again first.");
      }
      String words = text.substring(start, end);
      long id = store.insertManualClaim(h, articleId, parts.get(0).claimType(), start, end, words);
      for (ClaimRecord p : parts) {
        store.setVerdict(h, p.id(), Verdict.NOT_A_CLAIM, List.of(), "Merged into one claim.", actor.id(), now);
      }
      audit.append(h, actor.id(), articleId, null, "claim.merged",
          parts.size() + " claims merged into \"" + ArticleStore.clip(words, 200) + "\"");
      return id;
    });
    rematch.accept(articleId);
    return merged;
  }

  /** Adds a message to a claim's discussion. */
  public ClaimComment discuss(User actor, long articleId, long claimId, String body) {
    actor.require(Permission.VIEW_DESK);
    String text = body == null ? "" : ArticleStore.clean(body).strip();
    if (text.isEmpty()) {
      throw new BadInputException("Write something to add to the discussion.");
    }
    if (text.length() > 4000) {
      throw new BadInputException("Keep a message under 4,000 characters.");
    }
    Instant now = clock.instant();
    return jdbi.inTransaction(h -> {
      ArticleRecord a = store.articleForUpdate(h, articleId);
      ClaimRecord c = claim(h, articleId, claimId);
      store.insertClaimComment(h, articleId, c.sentence(), text, actor.id(), now);
      audit.append(h, actor.id(), articleId, null, "claim.discussed",
          "On \"" + ArticleStore.clip(c.sentence(), 120) + "\": " + ArticleStore.clip(text, 300));
      if (c.assigneeId() != null && c.assigneeId() != actor.id()) {
        store.notify(h, c.assigneeId(), articleId, actor.displayName() + " wrote on a claim assigned to you in \""
            + a.title() + "\": " + ArticleStore.clip(text, 300), now);
      }
      List<ClaimComment> thread = store.claimComments(h, articleId);
      return thread.get(thread.size() - 1);
    });
  }

  /** Asks a person to work on a claim (or nobody, with {@code assignee} null). */
  public ClaimRecord assignClaim(User actor, long articleId, long claimId, Long assignee) {
    actor.require(Permission.RECORD_VERDICT);
    return change(actor, articleId, (h, a) -> {
      ClaimRecord c = claim(h, articleId, claimId);
      requirePerson(h, assignee);
      store.setClaimAssignee(h, claimId, assignee);
      audit.append(h, actor.id(), articleId, assignee, "claim.assigned",
          "\"" + ArticleStore.clip(c.sentence(), 120) + "\" " + (assignee == null ? "unassigned" : "assigned"));
      if (assignee != null && assignee != actor.id()) {
        store.notify(h, assignee, articleId, actor.displayName() + " asked you to check a claim in \""
            + a.title() + "\": \"" + ArticleStore.clip(c.sentence(), 200) + "\"", clock.instant());
      }
      return claimId;
    });
  }

  /** Asks a person to work on an article (or nobody). Editors and admins assign articles. */
  public ArticleRecord assignArticle(User actor, long articleId, Long assignee) {
    actor.require(Permission.EDIT_ANY_ARTICLE);
    Instant now = clock.instant();
    return jdbi.inTransaction(h -> {
      ArticleRecord a = store.articleForUpdate(h, articleId);
      requirePerson(h, assignee);
      store.setAssignee(h, articleId, assignee);
      audit.append(h, actor.id(), articleId, assignee, "article.assigned",
          assignee == null ? "Nobody is assigned any more" : "Assigned");
      if (assignee != null && assignee != actor.id()) {
        store.notify(h, assignee, articleId, actor.displayName() + " assigned \"" + a.title() + "\" to you.", now);
      }
      return store.article(h, articleId);
    });
  }

  /** What is assigned to {@code actor} and what they were told, newest first. */
  public Inbox inbox(User actor) {
    actor.require(Permission.VIEW_DESK);
    return jdbi.withHandle(h -> new Inbox(store.articlesAssignedTo(h, actor.id()),
        store.claimsAssignedTo(h, actor.id()), store.notices(h, actor.id(), 200)));
  }

  /** Marks every notice in {@code actor}'s inbox read. */
  public void markRead(User actor) {
    actor.require(Permission.VIEW_DESK);
    jdbi.useTransaction(h -> store.markNoticesRead(h, actor.id(), clock.instant()));
  }

  private interface Change {
    long apply(Handle h, ArticleRecord a);
  }

  private ClaimRecord change(User actor, long articleId, Change change) {
    Instant now = clock.instant();
    long claimId = jdbi.inTransaction(h -> {
      ArticleRecord a = store.articleForUpdate(h, articleId);
      long id = change.apply(h, a);
      store.touch(h, articleId, actor.id(), now);
      guard.enforce(h, articleId, actor.id());
      return id;
    });
    return jdbi.withHandle(h -> claim(h, articleId, claimId));
  }

  private ClaimRecord claim(Handle h, long articleId, long claimId) {
    return store.claims(h, articleId).stream().filter(c -> c.id() == claimId).findFirst()
        .orElseThrow(() -> new NotFoundException("That claim is not on this article's checklist (any more)."));
  }

  private void requirePerson(Handle h, Long userId) {
    if (userId != null && !store.userExists(h, userId)) {
      throw new NotFoundException("There is no person number " + userId + ".");
    }
  }

  private static String requireCurrentText(ArticleRecord a) {
    if (a.state() == ArticleState.PUBLISHED) {
      throw new RuleException("A published article's checklist changes only through a correction and its new text.");
    }
    if (!a.analysisCurrent() || a.analysedText() == null) {
      throw new RuleException("Wait for the analysis of the latest text to finish.");
    }
    return a.analysedText();
  }

  private static String type(String type) {
    String t = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
    if (!TYPES.contains(t)) {
      throw new BadInputException("\"" + type + "\" is not a claim type; choose one of: " + String.join(", ", TYPES) + ".");
    }
    return t;
  }

  /** A person's inbox: articles and claims assigned to them, and what they were told. */
  public record Inbox(List<ArticleRecord> articles, List<ClaimRecord> claims, List<Notice> notices) {
    public long unread() {
      return notices.stream().filter(Notice::unread).count();
    }
  }
}
