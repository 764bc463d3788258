// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.factdesk.accounts.Permission;
import org.factdesk.accounts.User;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.Report;
import org.factdesk.analysis.Severity;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleFormat;
import org.factdesk.audit.AuditLog;
import org.factdesk.errors.BadInputException;
import org.factdesk.errors.NotFoundException;
import org.factdesk.errors.RuleException;
import org.jdbi.v3.core.Jdbi;

/** What the desk does with the analysis's findings: open, fixed (only if the text no longer says it), dismissed; links for unlinked sources. */
final class Findings {
  private final Jdbi jdbi;
  private final AuditLog audit;
  private final DeskEngine engine;
  private final Clock clock;
  private final ArticleStore store;
  private final LabelGuard guard;
  private final ArticleEdits edits;

  Findings(Jdbi jdbi, AuditLog audit, DeskEngine engine, Clock clock, ArticleStore store, LabelGuard guard,
      ArticleEdits edits) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.engine = engine;
    this.clock = clock;
    this.store = store;
    this.guard = guard;
    this.edits = edits;
  }

  FindingRecord resolve(User actor, long articleId, long findingId, FindingStatus status, String reason) {
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
          .orElseThrow(Findings::notOnArticle);
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
  ArticleRecord addSourceLink(User actor, long articleId, long findingId, String url) {
    String address = url == null ? "" : url.strip();
    if (!address.matches("(?i)^https?://[^\\s/]+\\.[^\\s/]+\\S*$") || address.length() > 2000) {
      throw new BadInputException("\"" + ArticleStore.clip(address, 200)
          + "\" is not a web address; give the source's http(s) address.");
    }
    ArticleRecord a = jdbi.withHandle(h -> store.article(h, articleId));
    ArticleAccess.requireEdit(actor, a);
    FindingRecord finding = finding(articleId, findingId);
    if (!finding.code().equals(FindingCodes.SOURCE_UNLINKED)) {
      throw new BadInputException("Only a source without a link (source.unlinked) takes a link here.");
    }
    String analysed = a.analysedText() == null ? "" : a.analysedText();
    double position = analysed.isEmpty() ? 0 : (double) finding.start() / analysed.length();
    String text = SourceLinks.withLink(a.sourceText(), ArticleFormat.valueOf(a.sourceFormat()), finding.quote(),
        position, address);
    return edits.edit(actor, articleId, ArticleEdit.text(null, text),
        "Linked \"" + ArticleStore.clip(finding.quote(), 200) + "\" to " + address);
  }

  /**
   * "Fixed" means the text no longer says it: a fresh analysis of the current text must not
   * raise the finding again. Otherwise the desk refuses and says why.
   */
  private void requireFixedInText(long articleId, long findingId) {
    ArticleRecord a = jdbi.withHandle(h -> store.article(h, articleId));
    FindingRecord finding = finding(articleId, findingId);
    if (!a.analysisCurrent()) {
      throw new RuleException("It cannot be marked fixed yet: the analysis of the latest text has not finished.",
          List.of("The analysis of the latest text has not finished yet."));
    }
    Article article = ArticleTexts.read(engine, a.sourceText(), ArticleFormat.valueOf(a.sourceFormat()), "article");
    Report fresh = engine.analyze(article, Optional.ofNullable(a.asOf()).or(() -> article.metadata().published()));
    boolean stillRaised = fresh.findings().stream().anyMatch(f -> f.code().equals(finding.code())
        && CarryOver.normalise(f.quote()).equals(CarryOver.normalise(finding.quote())));
    if (stillRaised) {
      String reason = "A fresh analysis of the current text still raises " + finding.code() + " on \""
          + ArticleStore.clip(finding.quote(), 120) + "\": " + finding.message()
          + " Change the text (the finding then goes away by itself), or dismiss it with a reason.";
      throw new RuleException("It cannot be marked fixed: the text still says it.", List.of(reason));
    }
  }

  private FindingRecord finding(long articleId, long findingId) {
    return jdbi.withHandle(h -> store.findings(h, articleId)).stream()
        .filter(f -> f.id() == findingId).findFirst()
        .orElseThrow(Findings::notOnArticle);
  }

  private static NotFoundException notOnArticle() {
    return new NotFoundException("That finding is not on this article (any more).");
  }
}
