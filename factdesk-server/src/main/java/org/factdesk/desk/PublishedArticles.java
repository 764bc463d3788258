// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * What readers may see: published articles only, read without an account. It lives in the desk
 * package to reuse the desk's row mapping and, above all, {@link LabelPolicy}: the public page
 * shows "fact-checked" by exactly the rule the desk enforces, never a copy of it.
 */
public final class PublishedArticles {
  private final Jdbi jdbi;
  private final ArticleStore store = new ArticleStore();
  private final LabelPolicy policy = new LabelPolicy();

  public PublishedArticles(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** A published article with what its public page shows. */
  public record Published(ArticleRecord article, List<ClaimRecord> claims,
      List<CorrectionRecord> corrections, boolean factChecked) {
    public Published {
      claims = List.copyOf(claims);
      corrections = List.copyOf(corrections);
    }

    /** Claims with a verdict that says something about the claim (not "not a claim"). */
    public List<ClaimRecord> rated() {
      return claims.stream().filter(c -> c.verdict() != null && c.verdict() != Verdict.NOT_A_CLAIM).toList();
    }

    /** The last time readers' view changed: the latest correction, else publication. */
    public Instant updated() {
      return corrections.isEmpty() ? article.publishedAt()
          : corrections.get(corrections.size() - 1).createdAt();
    }
  }

  /** A correction with the article it belongs to. */
  public record PublicCorrection(CorrectionRecord correction, long articleId, String articleTitle,
      ArticleKind kind) {}

  /** The published article with this number, or empty (drafts are invisible to readers). */
  public Optional<Published> find(long id) {
    return jdbi.inTransaction(h -> {
      boolean published = h.createQuery("SELECT COUNT(*) FROM articles WHERE id = :id AND state = 'PUBLISHED'")
          .bind("id", id).mapTo(Long.class).one() > 0;
      if (!published) {
        return Optional.<Published>empty();
      }
      return Optional.of(build(h, id));
    });
  }

  /**
   * How article {@code id} would look to readers, whatever its state: the desk's preview. The
   * label shows only if the article is checked or published and has earned it.
   */
  public Published preview(long id) {
    return jdbi.inTransaction(h -> build(h, id));
  }

  private Published build(org.jdbi.v3.core.Handle h, long id) {
    ArticleRecord a = store.article(h, id);
    List<ClaimRecord> claims = store.claims(h, id);
    boolean label = policy.shows(a, policy.decide(a, claims, store.findings(h, id)));
    return new Published(a, claims, store.corrections(h, id), label);
  }

  /** Published articles, newest first; {@code kind} empty means both kinds. */
  public List<ArticleRecord> latest(Optional<ArticleKind> kind, int limit) {
    // Two fixed statements rather than ":kind IS NULL", which PostgreSQL cannot type.
    String sql = kind.isPresent()
        ? "SELECT id FROM articles WHERE state = 'PUBLISHED' AND kind = :kind ORDER BY published_at DESC, id DESC"
        : "SELECT id FROM articles WHERE state = 'PUBLISHED' ORDER BY published_at DESC, id DESC";
    return jdbi.inTransaction(h -> {
      var query = h.createQuery(sql).setMaxRows(limit);
      kind.ifPresent(k -> query.bind("kind", k.name()));
      return query.mapTo(Long.class).list().stream().map(id -> store.article(h, id)).toList();
    });
  }

  /** Every correction on a published article, newest first. */
  public List<PublicCorrection> corrections(int limit) {
    return jdbi.inTransaction(h -> h.createQuery("""
            SELECT c.article_id, c.seq FROM corrections c JOIN articles a ON a.id = c.article_id
             WHERE a.state = 'PUBLISHED'
             ORDER BY c.created_at DESC, c.id DESC
            """).setMaxRows(limit).map((rs, ctx) -> new long[] {rs.getLong(1), rs.getInt(2)}).list()
        .stream().map(key -> {
          ArticleRecord a = store.article(h, key[0]);
          CorrectionRecord c = store.corrections(h, key[0]).stream().filter(x -> x.seq() == key[1])
              .findFirst().orElseThrow();
          return new PublicCorrection(c, a.id(), a.title(), a.kind());
        }).toList());
  }
}
