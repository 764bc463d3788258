// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdesk.accounts.User;
import org.factdesk.article.ArticleFormat;
import org.factdesk.audit.AuditLog;
import org.factdesk.errors.BadInputException;
import org.jdbi.v3.core.Jdbi;

/**
 * Changes to an unpublished article: title, text, date, or the fact-check's source. A new text or
 * date is a new revision, analysed again; verdicts stay on sentences that did not change.
 */
final class ArticleEdits {
  private final Jdbi jdbi;
  private final AuditLog audit;
  private final DeskEngine engine;
  private final Clock clock;
  private final ArticleStore store;
  private final LabelGuard guard;
  private final AnalysisJobs jobs;

  ArticleEdits(Jdbi jdbi, AuditLog audit, DeskEngine engine, Clock clock, ArticleStore store, LabelGuard guard,
      AnalysisJobs jobs) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.engine = engine;
    this.clock = clock;
    this.store = store;
    this.guard = guard;
    this.jobs = jobs;
  }

  /** {@code linked}, when given, is audited with the edit (a link added to an unlinked source). */
  ArticleRecord edit(User actor, long id, ArticleEdit change, String linked) {
    ArticleRecord current = jdbi.withHandle(h -> store.article(h, id));
    ArticleAccess.requireEdit(actor, current);
    Optional<String> text = change.text();
    if (text.isPresent() && text.get().isBlank()) {
      throw new BadInputException("The article text cannot be empty.");
    }
    if (text.isPresent()) {
      ArticleTexts.requireLength(text.get());
    }
    Optional<String> url = change.sourceUrl().map(String::strip);
    if (url.isPresent() && !url.get().isEmpty() && !url.get().matches(ArticleTexts.WEB_ADDRESS)) {
      throw new BadInputException("\"" + url.get() + "\" is not a web address; give the original's http(s) address.");
    }
    if (text.isPresent()) {
      ArticleTexts.read(engine, text.get(), ArticleFormat.valueOf(current.sourceFormat()), "edited");
    }
    Instant now = clock.instant();
    record Outcome(int revision, boolean analyse) {}
    Outcome outcome = jdbi.inTransaction(h -> {
      ArticleRecord a = store.articleForUpdate(h, id);
      ArticleAccess.requireEdit(actor, a);
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
      jobs.schedule(id, outcome.revision(), text.orElse(current.sourceText()).length());
    }
    return jdbi.withHandle(h -> store.article(h, id));
  }
}
