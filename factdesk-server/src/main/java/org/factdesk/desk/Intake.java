// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.factdesk.accounts.Permission;
import org.factdesk.accounts.User;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleFormat;
import org.factdesk.audit.AuditLog;
import org.factdesk.errors.BadInputException;
import org.jdbi.v3.core.Jdbi;

/** A new article onto the desk: pasted, uploaded or read from its web address; then analysed. */
final class Intake {
  private final Jdbi jdbi;
  private final AuditLog audit;
  private final DeskEngine engine;
  private final Clock clock;
  private final UrlArticleReader urlReader;
  private final ArticleStore store;
  private final AnalysisJobs jobs;

  Intake(Jdbi jdbi, AuditLog audit, DeskEngine engine, Clock clock, UrlArticleReader urlReader, ArticleStore store,
      AnalysisJobs jobs) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.engine = engine;
    this.clock = clock;
    this.urlReader = urlReader;
    this.store = store;
    this.jobs = jobs;
  }

  ArticleRecord create(User actor, ArticleInput input) {
    actor.require(Permission.CREATE_ARTICLE);
    Optional<ArticleFormat> format = input.format().filter(f -> !f.isBlank()).map(ArticleTexts::format);
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
      name = "pasted" + format.map(ArticleTexts::extension).orElse(".md");
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
      article = engine.read(content, name, format);
      source = new String(content, StandardCharsets.UTF_8);
    }
    ArticleTexts.requireLength(source);
    String title = Optional.ofNullable(input.title()).filter(t -> !t.isBlank()).map(String::strip)
        .or(() -> article.metadata().title())
        .orElseGet(() -> ArticleTexts.firstLine(article.text()));
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
    jobs.schedule(id, 1, source.length());
    return jdbi.withHandle(h -> store.article(h, id));
  }
}
