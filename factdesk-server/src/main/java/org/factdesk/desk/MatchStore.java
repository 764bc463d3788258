// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.generic.GenericType;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** The SQL of prior fact-check matches and editors' decisions on them; callers own the transaction. */
final class MatchStore {
  // JDBI's constructor mapping, as in ArticleStore; the prior check is @Nested in ClaimMatch.
  private static final RowMapper<ClaimMatch> ROW = ConstructorMapper.of(ClaimMatch.class);

  private static final GenericType<List<String>> LINES = new GenericType<>() {};

  private static final String SELECT = """
      SELECT m.*, m.checked_claim AS "claim", m.checked_on AS "date", d.decision, d.reason, d.decided_by,
             d.decided_at, u.display_name AS decided_by_name
        FROM claim_matches m
        LEFT JOIN match_decisions d ON d.article_id = m.article_id AND d.sentence = m.sentence
                                   AND d.fact_check_id = m.fact_check_id
        LEFT JOIN users u ON u.id = d.decided_by
      """;

  List<ClaimMatch> matches(Handle h, long articleId) {
    return h.createQuery(SELECT + " WHERE m.article_id = :id ORDER BY m.sentence, m.score DESC, m.id")
        .bind("id", articleId).registerColumnMapper(LINES, MatchStore::lines).map(ROW).list();
  }

  ClaimMatch match(Handle h, long articleId, long matchId) {
    return h.createQuery(SELECT + " WHERE m.article_id = :a AND m.id = :id").bind("a", articleId)
        .bind("id", matchId).registerColumnMapper(LINES, MatchStore::lines).map(ROW).findOne()
        .orElseThrow(() -> new org.factdesk.errors.NotFoundException(
            "That prior fact-check is not shown on this article (any more)."));
  }

  /** Replaces the article's matches with {@code bySentence} (normalised sentence → checks). */
  void replace(Handle h, long articleId, Map<String, List<PriorCheck>> bySentence) {
    h.createUpdate("DELETE FROM claim_matches WHERE article_id = :id").bind("id", articleId).execute();
    for (Map.Entry<String, List<PriorCheck>> e : bySentence.entrySet()) {
      for (PriorCheck c : e.getValue()) {
        h.createUpdate("""
            INSERT INTO claim_matches (article_id, sentence, fact_check_id, checked_claim, rating, publisher,
                                       url, checked_on, timing, score, judged, agrees, differs)
            VALUES (:article, :sentence, :factCheck, :claim, :rating, :publisher, :url, :date, :timing,
                    :score, :judged, :agrees, :differs)
            """).bind("article", articleId).bind("sentence", e.getKey())
            .bind("factCheck", text(c.factCheckId(), 2000))
            .bind("claim", text(c.claim(), 20000))
            .bind("rating", text(c.rating(), 500))
            .bind("publisher", text(c.publisher(), 500))
            .bind("url", text(c.url(), 2000)).bind("date", c.date()).bind("timing", c.timing())
            .bind("score", c.score()).bind("judged", c.judged())
            .bind("agrees", text(String.join("\n", c.agrees()), 4000))
            .bind("differs", text(String.join("\n", c.differs()), 4000))
            .execute();
      }
    }
  }

  void decide(Handle h, long articleId, ClaimMatch m, String decision, String reason, long userId, Instant now) {
    h.createUpdate("""
        DELETE FROM match_decisions WHERE article_id = :a AND sentence = :s AND fact_check_id = :f
        """).bind("a", articleId).bind("s", m.sentence()).bind("f", m.check().factCheckId()).execute();
    h.createUpdate("""
        INSERT INTO match_decisions (article_id, sentence, fact_check_id, decision, reason, decided_by, decided_at)
        VALUES (:a, :s, :f, :decision, :reason, :user, :now)
        """).bind("a", articleId).bind("s", m.sentence()).bind("f", m.check().factCheckId())
        .bind("decision", decision).bind("reason", reason).bind("user", userId).bind("now", now).execute();
  }

  private static String text(String s, int max) {
    return s == null ? null : ArticleStore.clip(ArticleStore.clean(s), max);
  }

  /** What agrees and what differs are stored one item a line. */
  private static List<String> lines(ResultSet rs, int column, StatementContext ctx) throws SQLException {
    String text = rs.getString(column);
    return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
  }
}
