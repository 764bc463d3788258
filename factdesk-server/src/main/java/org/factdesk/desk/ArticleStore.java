// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.Severity;
import org.factdesk.errors.NotFoundException;
import org.factdesk.kb.Evidence;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** The desk's SQL. Every method runs on the caller's handle, so callers own the transaction. */
final class ArticleStore {
  private static final String ARTICLE_SELECT = """
      SELECT a.*, c.display_name AS created_by_name, s.display_name AS assigned_to_name
        FROM articles a
        JOIN users c ON c.id = a.created_by
        LEFT JOIN users s ON s.id = a.assigned_to
      """;

  private final ObjectMapper json = new ObjectMapper();
  private final RowMapper<ArticleRecord> articleRow = (rs, ctx) -> new ArticleRecord(
      rs.getLong("id"), rs.getString("title"), ArticleKind.valueOf(rs.getString("kind")),
      ArticleState.valueOf(rs.getString("state")), rs.getString("source_format"),
      rs.getString("source_url"), rs.getString("source_text"), rs.getString("analysed_text"),
      rs.getObject("as_of", LocalDate.class), rs.getInt("revision"),
      AnalysisStatus.valueOf(rs.getString("analysis_status")), rs.getString("analysis_stage"),
      rs.getString("analysis_error"), (Integer) rs.getObject("analysed_revision", Integer.class),
      rs.getLong("created_by"), rs.getString("created_by_name"),
      rs.getObject("assigned_to", Long.class), rs.getString("assigned_to_name"),
      instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "published_at"));
  private final RowMapper<FindingRecord> findingRow = (rs, ctx) -> new FindingRecord(
      rs.getLong("id"), rs.getLong("article_id"), rs.getString("code"),
      Severity.valueOf(rs.getString("severity")), rs.getInt("span_start"), rs.getInt("span_end"),
      rs.getString("quote"), rs.getString("message"), evidence(rs.getString("evidence")),
      FindingStatus.valueOf(rs.getString("status")), rs.getString("reason"),
      rs.getObject("decided_by", Long.class), rs.getString("decided_by_name"),
      instant(rs, "decided_at"));
  private final RowMapper<ClaimRecord> claimRow = (rs, ctx) -> new ClaimRecord(
      rs.getLong("id"), rs.getLong("article_id"), rs.getString("claim_type"), rs.getDouble("score"),
      rs.getInt("span_start"), rs.getInt("span_end"), rs.getString("sentence"),
      rs.getString("verdict") == null ? null : Verdict.valueOf(rs.getString("verdict")),
      lines(rs.getString("evidence")), rs.getString("note"), rs.getObject("decided_by", Long.class),
      rs.getString("decided_by_name"), instant(rs, "decided_at"), rs.getString("carry_note"));
  private final RowMapper<CorrectionRecord> correctionRow = (rs, ctx) -> new CorrectionRecord(
      rs.getLong("id"), rs.getLong("article_id"), rs.getInt("seq"), rs.getString("what_was_wrong"),
      rs.getString("what_changed"), rs.getLong("created_by"), rs.getString("created_by_name"),
      instant(rs, "created_at"));

  long insert(Handle h, String title, ArticleKind kind, String format, String url, String text,
      LocalDate asOf, long userId, Instant now) {
    return h.createUpdate("""
            INSERT INTO articles (title, kind, state, source_format, source_url, source_text, as_of,
                                  revision, analysis_status, analysis_stage, created_by, assigned_to,
                                  created_at, updated_at)
            VALUES (:title, :kind, 'DRAFT', :format, :url, :text, :asOf, 1, 'QUEUED',
                    'Waiting to be analysed', :user, :user, :now, :now)
            """)
        .bind("title", title).bind("kind", kind.name()).bind("format", format).bind("url", url)
        .bind("text", text).bind("asOf", asOf).bind("user", userId).bind("now", now)
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
  }

  ArticleRecord article(Handle h, long id) {
    return h.createQuery(ARTICLE_SELECT + " WHERE a.id = :id").bind("id", id).map(articleRow)
        .findOne()
        .orElseThrow(() -> new NotFoundException("There is no article number " + id + "."));
  }

  /** Locks the row for the rest of the transaction, so two changes to one article queue up. */
  ArticleRecord articleForUpdate(Handle h, long id) {
    long locked = h.createQuery("SELECT id FROM articles WHERE id = :id FOR UPDATE").bind("id", id)
        .mapTo(Long.class).findOne()
        .orElseThrow(() -> new NotFoundException("There is no article number " + id + "."));
    return article(h, locked);
  }

  List<ArticleRecord> articles(Handle h) {
    return h.createQuery(ARTICLE_SELECT + " ORDER BY a.updated_at DESC, a.id DESC").map(articleRow).list();
  }

  List<FindingRecord> findings(Handle h, long articleId) {
    return h.createQuery("""
            SELECT f.*, u.display_name AS decided_by_name FROM findings f
              LEFT JOIN users u ON u.id = f.decided_by
             WHERE f.article_id = :id ORDER BY f.span_start, f.id
            """).bind("id", articleId).map(findingRow).list();
  }

  List<ClaimRecord> claims(Handle h, long articleId) {
    return h.createQuery("""
            SELECT c.*, u.display_name AS decided_by_name FROM claims c
              LEFT JOIN users u ON u.id = c.decided_by
             WHERE c.article_id = :id ORDER BY c.span_start, c.id
            """).bind("id", articleId).map(claimRow).list();
  }

  List<CorrectionRecord> corrections(Handle h, long articleId) {
    return h.createQuery("""
            SELECT c.*, u.display_name AS created_by_name FROM corrections c
              JOIN users u ON u.id = c.created_by
             WHERE c.article_id = :id ORDER BY c.seq
            """).bind("id", articleId).map(correctionRow).list();
  }

  /** New text: a new revision, analysis queued again. */
  void updateText(Handle h, long id, String title, String text, String format, Instant now) {
    h.createUpdate("""
        UPDATE articles SET title = :title, source_text = :text, source_format = :format,
               revision = revision + 1, analysis_status = 'QUEUED',
               analysis_stage = 'Waiting to be analysed', analysis_error = NULL, updated_at = :now
         WHERE id = :id
        """).bind("title", title).bind("text", text).bind("format", format).bind("now", now)
        .bind("id", id).execute();
  }

  void analysisProgress(Handle h, long id, int revision, AnalysisStatus status, String stage,
      String error) {
    h.createUpdate("""
        UPDATE articles SET analysis_status = :status, analysis_stage = :stage, analysis_error = :error
         WHERE id = :id AND revision = :revision
        """).bind("status", status.name()).bind("stage", stage).bind("error", error)
        .bind("id", id).bind("revision", revision).execute();
  }

  void replaceAnalysis(Handle h, long id, int revision, String analysedText, CarryOver.Result result) {
    h.createUpdate("DELETE FROM claims WHERE article_id = :id").bind("id", id).execute();
    h.createUpdate("DELETE FROM findings WHERE article_id = :id").bind("id", id).execute();
    for (CarryOver.ClaimDraft d : result.claims()) {
      Finding f = d.finding();
      Optional<ClaimRecord> old = d.inherited();
      h.createUpdate("""
          INSERT INTO claims (article_id, claim_type, score, span_start, span_end, sentence, verdict,
                              evidence, note, decided_by, decided_at, carry_note)
          VALUES (:article, :type, :score, :start, :end, :sentence, :verdict, :evidence, :note,
                  :by, :at, :carry)
          """)
          .bind("article", id)
          .bind("type", f.claim().map(c -> c.type().label()).orElse("other"))
          .bind("score", f.claim().map(c -> c.score()).orElse(1.0))
          .bind("start", f.span().start()).bind("end", f.span().end())
          .bind("sentence", clip(f.quote(), 20000))
          .bind("verdict", old.map(c -> c.verdict() == null ? null : c.verdict().name()).orElse(null))
          .bind("evidence", old.map(c -> String.join("\n", c.evidence())).orElse(null))
          .bind("note", old.map(ClaimRecord::note).orElse(null))
          .bind("by", old.map(ClaimRecord::decidedBy).orElse(null))
          .bind("at", old.map(ClaimRecord::decidedAt).orElse(null))
          .bind("carry", d.carryNote() == null ? null : clip(d.carryNote(), 4000))
          .execute();
    }
    for (CarryOver.FindingDraft d : result.findings()) {
      Finding f = d.finding();
      Optional<FindingRecord> old = d.inherited();
      h.createUpdate("""
          INSERT INTO findings (article_id, code, severity, span_start, span_end, quote, message,
                                evidence, status, reason, decided_by, decided_at)
          VALUES (:article, :code, :severity, :start, :end, :quote, :message, :evidence, :status,
                  :reason, :by, :at)
          """)
          .bind("article", id).bind("code", f.code()).bind("severity", f.severity().name())
          .bind("start", f.span().start()).bind("end", f.span().end())
          .bind("quote", clip(f.quote(), 20000)).bind("message", clip(f.message(), 4000))
          .bind("evidence", clip(toJson(f.evidence()), 20000))
          .bind("status", old.map(o -> o.status().name()).orElse(FindingStatus.OPEN.name()))
          .bind("reason", old.map(FindingRecord::reason).orElse(null))
          .bind("by", old.map(FindingRecord::decidedBy).orElse(null))
          .bind("at", old.map(FindingRecord::decidedAt).orElse(null))
          .execute();
    }
    h.createUpdate("""
        UPDATE articles SET analysis_status = 'DONE', analysis_stage = NULL, analysis_error = NULL,
               analysed_revision = :revision, analysed_text = :text
         WHERE id = :id AND revision = :revision
        """).bind("revision", revision).bind("text", analysedText).bind("id", id).execute();
  }

  void setState(Handle h, long id, ArticleState state, Instant now) {
    h.createUpdate("UPDATE articles SET state = :state, updated_at = :now WHERE id = :id")
        .bind("state", state.name()).bind("now", now).bind("id", id).execute();
    if (state == ArticleState.PUBLISHED) {
      h.createUpdate("UPDATE articles SET published_at = :now WHERE id = :id")
          .bind("now", now).bind("id", id).execute();
    }
  }

  void touch(Handle h, long id, long userId, Instant now) {
    h.createUpdate("UPDATE articles SET assigned_to = :user, updated_at = :now WHERE id = :id")
        .bind("user", userId).bind("now", now).bind("id", id).execute();
  }

  void setVerdict(Handle h, long claimId, Verdict verdict, List<String> evidence, String note,
      long userId, Instant now) {
    h.createUpdate("""
        UPDATE claims SET verdict = :verdict, evidence = :evidence, note = :note, decided_by = :user,
               decided_at = :now, carry_note = NULL
         WHERE id = :id
        """).bind("verdict", verdict.name()).bind("evidence", clip(String.join("\n", evidence), 20000))
        .bind("note", note == null ? null : clip(note, 4000)).bind("user", userId).bind("now", now)
        .bind("id", claimId).execute();
  }

  void setFindingStatus(Handle h, long findingId, FindingStatus status, String reason, long userId,
      Instant now) {
    h.createUpdate("""
        UPDATE findings SET status = :status, reason = :reason, decided_by = :user, decided_at = :now
         WHERE id = :id
        """).bind("status", status.name()).bind("reason", reason == null ? null : clip(reason, 4000))
        .bind("user", userId).bind("now", now).bind("id", findingId).execute();
  }

  int insertCorrection(Handle h, long articleId, String wrong, String changed, long userId, Instant now) {
    int seq = h.createQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM corrections WHERE article_id = :id")
        .bind("id", articleId).mapTo(Integer.class).one();
    h.createUpdate("""
        INSERT INTO corrections (article_id, seq, what_was_wrong, what_changed, created_by, created_at)
        VALUES (:article, :seq, :wrong, :changed, :user, :now)
        """).bind("article", articleId).bind("seq", seq).bind("wrong", clip(wrong, 4000))
        .bind("changed", clip(changed, 4000)).bind("user", userId).bind("now", now).execute();
    return seq;
  }

  /** Open findings by severity, over articles not yet published. */
  List<Count> openFindingsBySeverity(Handle h) {
    return h.createQuery("""
            SELECT f.severity AS name, COUNT(*) AS n FROM findings f
              JOIN articles a ON a.id = f.article_id
             WHERE f.status = 'OPEN'
             GROUP BY f.severity
            """).map((rs, ctx) -> new Count(rs.getString("name"), rs.getLong("n"))).list();
  }

  List<ClaimRecord> claimsAwaitingVerdict(Handle h, int limit) {
    return h.createQuery("""
            SELECT c.*, NULL AS decided_by_name FROM claims c
              JOIN articles a ON a.id = c.article_id
             WHERE c.verdict IS NULL AND a.analysed_revision = a.revision
             ORDER BY c.article_id, c.span_start
            """).setMaxRows(limit).map(claimRow).list();
  }

  long countClaimsAwaitingVerdict(Handle h) {
    return h.createQuery("""
            SELECT COUNT(*) FROM claims c JOIN articles a ON a.id = c.article_id
             WHERE c.verdict IS NULL AND a.analysed_revision = a.revision
            """).mapTo(Long.class).one();
  }

  /** A name and how many. */
  record Count(String name, long n) {}

  private List<Evidence> evidence(String text) {
    try {
      return text == null || text.isBlank() ? List.of()
          : json.readValue(text, new TypeReference<List<Evidence>>() {});
    } catch (JsonProcessingException e) {
      return List.of(new Evidence(text, ""));
    }
  }

  private String toJson(List<Evidence> evidence) {
    try {
      return json.writeValueAsString(evidence);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> lines(String text) {
    return text == null || text.isBlank() ? List.of()
        : Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
