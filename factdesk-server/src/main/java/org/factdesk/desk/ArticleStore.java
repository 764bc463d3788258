// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.factdesk.analysis.Finding;
import org.factdesk.errors.NotFoundException;
import org.factdesk.kb.Evidence;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.generic.GenericType;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;

/** The desk's SQL. Every method runs on the caller's handle, so callers own the transaction. */
final class ArticleStore {
  private static final String ARTICLE_SELECT = """
      SELECT a.*, c.display_name AS created_by_name, s.display_name AS assigned_to_name,
             g.display_name AS assignee_name
        FROM articles a
        JOIN users c ON c.id = a.created_by
        LEFT JOIN users s ON s.id = a.assigned_to
        LEFT JOIN users g ON g.id = a.assignee_id
      """;
  private static final String CLAIM_SELECT = """
      SELECT c.*, c.span_start AS "start", c.span_end AS "end", u.display_name AS decided_by_name,
             g.display_name AS assignee_name FROM claims c
        LEFT JOIN users u ON u.id = c.decided_by
        LEFT JOIN users g ON g.id = c.assignee_id
      """;

  private static final int EVIDENCE_MAX = 20000;
  private final ObjectMapper json = new ObjectMapper();
  // Rows become records one way: JDBI's constructor mapping, each column feeding the record
  // component of the same name (snake_case to camelCase); the SQL renames where the two differ, and
  // the two text-encoded list columns have their column mappers (see query).
  private static final RowMapper<ArticleRecord> ARTICLE = ConstructorMapper.of(ArticleRecord.class);
  private static final RowMapper<FindingRecord> FINDING = ConstructorMapper.of(FindingRecord.class);
  private static final RowMapper<ClaimRecord> CLAIM = ConstructorMapper.of(ClaimRecord.class);
  private static final RowMapper<CorrectionRecord> CORRECTION = ConstructorMapper.of(CorrectionRecord.class);
  private static final RowMapper<RevisionRecord> REVISION = ConstructorMapper.of(RevisionRecord.class);
  private static final RowMapper<ClaimComment> COMMENT = ConstructorMapper.of(ClaimComment.class);
  private static final RowMapper<Notice> NOTICE = ConstructorMapper.of(Notice.class);
  private static final RowMapper<Count> COUNT = ConstructorMapper.of(Count.class);

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
    return h.createQuery(ARTICLE_SELECT + " WHERE a.id = :id").bind("id", id).map(ARTICLE)
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
    return h.createQuery(ARTICLE_SELECT + " ORDER BY a.updated_at DESC, a.id DESC").map(ARTICLE).list();
  }

  List<FindingRecord> findings(Handle h, long articleId) {
    return rows(h, """
            SELECT f.*, f.span_start AS "start", f.span_end AS "end", u.display_name AS decided_by_name
              FROM findings f
              LEFT JOIN users u ON u.id = f.decided_by
             WHERE f.article_id = :id ORDER BY f.span_start, f.id
            """).bind("id", articleId).map(FINDING).list();
  }

  List<ClaimRecord> claims(Handle h, long articleId) {
    // The checklist in the engine's order (lead first, then by priority); added claims after, in text order.
    return rows(h, CLAIM_SELECT + " WHERE c.article_id = :id"
        + " ORDER BY CASE WHEN c.claim_rank > 0 THEN 0 ELSE 1 END, c.claim_rank, c.span_start, c.id")
        .bind("id", articleId).map(CLAIM).list();
  }

  List<CorrectionRecord> corrections(Handle h, long articleId) {
    return h.createQuery("""
            SELECT c.*, u.display_name AS created_by_name FROM corrections c
              JOIN users u ON u.id = c.created_by
             WHERE c.article_id = :id ORDER BY c.seq
            """).bind("id", articleId).map(CORRECTION).list();
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
                              evidence, note, decided_by, decided_at, carry_note, manual, assignee_id, claim_rank)
          VALUES (:article, :type, :score, :start, :end, :sentence, :verdict, :evidence, :note,
                  :by, :at, :carry, :manual, :assignee, :rank)
          """)
          .bind("article", id)
          // A type the checker set (or the analysis gave before) stays with the sentence.
          .bind("type", old.map(ClaimRecord::claimType)
              .orElse(f.claim().map(c -> c.type().label()).orElse("other")))
          .bind("manual", d.manual())
          .bind("assignee", old.map(ClaimRecord::assigneeId).orElse(null))
          .bind("score", f.claim().map(c -> c.score()).orElse(1.0))
          .bind("rank", d.manual() ? 0 : f.claim().map(c -> c.rank()).orElse(0))
          .bind("start", f.span().start()).bind("end", f.span().end())
          .bind("sentence", clip(f.quote(), 20000))
          .bind("verdict", old.map(c -> c.verdict() == null ? null : c.verdict().name()).orElse(null))
          .bind("evidence", old.map(c -> toJson(c.evidence())).orElse(null))
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
          .bind("evidence", toJson(f.evidence()))
          // "Fixed" means the analysis no longer raises it; raised again, it is open again.
          .bind("status", old.filter(o -> o.status() != FindingStatus.FIXED)
              .map(o -> o.status().name()).orElse(FindingStatus.OPEN.name()))
          .bind("reason", old.filter(o -> o.status() != FindingStatus.FIXED).map(FindingRecord::reason).orElse(null))
          .bind("by", old.filter(o -> o.status() != FindingStatus.FIXED).map(FindingRecord::decidedBy).orElse(null))
          .bind("at", old.filter(o -> o.status() != FindingStatus.FIXED).map(FindingRecord::decidedAt).orElse(null))
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
        """).bind("verdict", verdict.name()).bind("evidence", toJson(evidence))
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
            """).map(COUNT).list();
  }

  List<ClaimRecord> claimsAwaitingVerdict(Handle h, int limit) {
    return rows(h, """
            SELECT c.*, c.span_start AS "start", c.span_end AS "end", NULL AS decided_by_name,
                   NULL AS assignee_name FROM claims c
              JOIN articles a ON a.id = c.article_id
             WHERE c.verdict IS NULL AND a.analysed_revision = a.revision
             ORDER BY c.article_id, c.span_start
            """).setMaxRows(limit).map(CLAIM).list();
  }

  long countClaimsAwaitingVerdict(Handle h) {
    return h.createQuery("""
            SELECT COUNT(*) FROM claims c JOIN articles a ON a.id = c.article_id
             WHERE c.verdict IS NULL AND a.analysed_revision = a.revision
            """).mapTo(Long.class).one();
  }


  void setTitle(Handle h, long id, String title) {
    h.createUpdate("UPDATE articles SET title = :title WHERE id = :id").bind("title", title).bind("id", id).execute();
  }

  void setAsOf(Handle h, long id, LocalDate asOf, String source) {
    h.createUpdate("UPDATE articles SET as_of = :asOf, as_of_source = :source WHERE id = :id")
        .bind("asOf", asOf).bind("source", source).bind("id", id).execute();
  }

  /** A new revision without new text (the date changed): the analysis runs again. */
  void bumpRevision(Handle h, long id, Instant now) {
    h.createUpdate("""
        UPDATE articles SET revision = revision + 1, analysis_status = 'QUEUED',
               analysis_stage = 'Waiting to be analysed', analysis_error = NULL, updated_at = :now
         WHERE id = :id
        """).bind("now", now).bind("id", id).execute();
  }

  void setSource(Handle h, long id, String claimant, String publisher, String url) {
    h.createUpdate("""
        UPDATE articles SET claimant = :claimant, source_publisher = :publisher, source_url = :url
         WHERE id = :id
        """).bind("claimant", claimant).bind("publisher", publisher).bind("url", url).bind("id", id).execute();
  }

  void setUnderReview(Handle h, long id, Instant since, String reason, Integer afterSeq) {
    h.createUpdate("""
        UPDATE articles SET under_review_since = :since, under_review_reason = :reason,
               review_after_seq = :seq WHERE id = :id
        """).bind("since", since).bind("reason", reason == null ? null : clip(reason, 4000))
        .bind("seq", afterSeq).bind("id", id).execute();
  }

  int lastCorrectionSeq(Handle h, long articleId) {
    return h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM corrections WHERE article_id = :id")
        .bind("id", articleId).mapTo(Integer.class).one();
  }

  void setAssignee(Handle h, long id, Long userId) {
    h.createUpdate("UPDATE articles SET assignee_id = :user WHERE id = :id")
        .bind("user", userId).bind("id", id).execute();
  }

  void setClaimAssignee(Handle h, long claimId, Long userId) {
    h.createUpdate("UPDATE claims SET assignee_id = :user WHERE id = :id")
        .bind("user", userId).bind("id", claimId).execute();
  }

  void setClaimType(Handle h, long claimId, String type) {
    h.createUpdate("UPDATE claims SET claim_type = :type WHERE id = :id")
        .bind("type", type).bind("id", claimId).execute();
  }

  long insertManualClaim(Handle h, long articleId, String type, int start, int end, String sentence) {
    return h.createUpdate("""
            INSERT INTO claims (article_id, claim_type, score, span_start, span_end, sentence, manual)
            VALUES (:article, :type, 1.0, :start, :end, :sentence, TRUE)
            """).bind("article", articleId).bind("type", type).bind("start", start).bind("end", end)
        .bind("sentence", clip(sentence, 20000)).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
  }

  void insertRevision(Handle h, long articleId, int revision, String title, String text, LocalDate asOf,
      Long userId, Instant now) {
    h.createUpdate("""
        INSERT INTO revisions (article_id, revision, title, source_text, as_of, created_by, created_at)
        VALUES (:article, :revision, :title, :text, :asOf, :user, :now)
        """).bind("article", articleId).bind("revision", revision).bind("title", title).bind("text", text)
        .bind("asOf", asOf).bind("user", userId).bind("now", now).execute();
  }

  List<RevisionRecord> revisions(Handle h, long articleId) {
    return h.createQuery("""
            SELECT r.*, r.source_text AS "text", u.display_name AS created_by_name FROM revisions r
              LEFT JOIN users u ON u.id = r.created_by
             WHERE r.article_id = :id ORDER BY r.revision
            """).bind("id", articleId).map(REVISION).list();
  }

  void insertClaimComment(Handle h, long articleId, String sentence, String body, long userId, Instant now) {
    h.createUpdate("""
        INSERT INTO claim_comments (article_id, sentence, body, created_by, created_at)
        VALUES (:article, :sentence, :body, :user, :now)
        """).bind("article", articleId).bind("sentence", clip(CarryOver.normalise(sentence), 20000))
        .bind("body", clip(body, 4000)).bind("user", userId).bind("now", now).execute();
  }

  List<ClaimComment> claimComments(Handle h, long articleId) {
    return h.createQuery("""
            SELECT k.*, u.display_name AS created_by_name FROM claim_comments k
              JOIN users u ON u.id = k.created_by
             WHERE k.article_id = :id ORDER BY k.created_at, k.id
            """).bind("id", articleId).map(COMMENT).list();
  }

  void notify(Handle h, long userId, Long articleId, String message, Instant now) {
    h.createUpdate("""
        INSERT INTO notifications (user_id, article_id, message, created_at)
        VALUES (:user, :article, :message, :now)
        """).bind("user", userId).bind("article", articleId).bind("message", clip(message, 4000))
        .bind("now", now).execute();
  }

  List<Long> usersWithRoles(Handle h, List<String> roles) {
    return h.createQuery("SELECT id FROM users WHERE role IN (<roles>) ORDER BY id")
        .bindList("roles", roles).mapTo(Long.class).list();
  }

  boolean userExists(Handle h, long userId) {
    return h.createQuery("SELECT COUNT(*) FROM users WHERE id = :id").bind("id", userId)
        .mapTo(Long.class).one() > 0;
  }

  List<Notice> notices(Handle h, long userId, int limit) {
    return h.createQuery("""
            SELECT n.*, a.title AS article_title FROM notifications n
              LEFT JOIN articles a ON a.id = n.article_id
             WHERE n.user_id = :user ORDER BY n.created_at DESC, n.id DESC
            """).bind("user", userId).setMaxRows(limit).map(NOTICE).list();
  }

  void markNoticesRead(Handle h, long userId, Instant now) {
    h.createUpdate("UPDATE notifications SET read_at = :now WHERE user_id = :user AND read_at IS NULL")
        .bind("now", now).bind("user", userId).execute();
  }

  List<ClaimRecord> claimsAssignedTo(Handle h, long userId) {
    return rows(h, CLAIM_SELECT + " WHERE c.assignee_id = :user ORDER BY c.article_id, c.span_start")
        .bind("user", userId).map(CLAIM).list();
  }

  List<ArticleRecord> articlesAssignedTo(Handle h, long userId) {
    return h.createQuery(ARTICLE_SELECT + " WHERE a.assignee_id = :user ORDER BY a.updated_at DESC, a.id DESC")
        .bind("user", userId).map(ARTICLE).list();
  }

  /** One page of articles matching the filters, most recently changed first, and the total. */
  ArticleResults search(Handle h, ArticleQuery q) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    java.util.Map<String, Object> binds = new java.util.LinkedHashMap<>();
    q.text().ifPresent(t -> {
      where.append(" AND (LOWER(a.title) LIKE :q OR LOWER(a.source_text) LIKE :q)");
      binds.put("q", "%" + t.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
          .replace("_", "\\_") + "%");
    });
    q.state().ifPresent(st -> {
      where.append(" AND a.state = :state");
      binds.put("state", st.name());
    });
    q.assignee().ifPresent(u -> {
      where.append(" AND a.assignee_id = :assignee");
      binds.put("assignee", u);
    });
    q.severity().ifPresent(sev -> {
      where.append(" AND EXISTS (SELECT 1 FROM findings f WHERE f.article_id = a.id AND f.status = 'OPEN'"
          + " AND f.severity = :severity)");
      binds.put("severity", sev.name());
    });
    var count = h.createQuery("SELECT COUNT(*) FROM articles a" + where);
    binds.forEach(count::bind);
    long total = count.mapTo(Long.class).one();
    var list = h.createQuery(ARTICLE_SELECT + where + " ORDER BY a.updated_at DESC, a.id DESC"
        + " LIMIT :limit OFFSET :offset");
    binds.forEach(list::bind);
    list.bind("limit", q.size()).bind("offset", (long) (q.page() - 1) * q.size());
    return new ArticleResults(list.map(ARTICLE).list(), total, q.page(), q.size());
  }

  /** A name and how many. */
  record Count(String name, long n) {}

  private List<Evidence> evidence(String text) {
    return fromJson(text, new TypeReference<List<Evidence>>() {});
  }

  private List<String> items(String text) {
    return fromJson(text, new TypeReference<List<String>>() {});
  }

  private <T> List<T> fromJson(String text, TypeReference<List<T>> type) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored evidence is not a JSON list: " + clip(text, 80), e);
    }
  }

  /**
   * Evidence as stored, a JSON list for claims and findings alike, within the column's 20,000
   * characters: items that do not fit are left off the end (clipping the text would break the
   * JSON), and a single item too long for the column is shortened.
   */
  private String toJson(List<?> evidence) {
    List<?> fitted = evidence;
    try {
      String text = json.writeValueAsString(fitted);
      while (text.length() > EVIDENCE_MAX) {
        fitted = fitted.size() > 1 ? fitted.subList(0, fitted.size() - 1)
            : List.of(shorten(fitted.get(0)));
        text = json.writeValueAsString(fitted);
      }
      return text;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object shorten(Object item) {
    return item instanceof Evidence e ? new Evidence(clip(e.fact(), e.fact().length() / 2 + 1), clip(e.source(), 2000))
        : clip(String.valueOf(item), String.valueOf(item).length() / 2 + 1);
  }

  /** A query whose rows hold the two evidence columns, each a JSON list: a claim's items, a finding's facts. */
  private Query rows(Handle h, String sql) {
    return h.createQuery(sql)
        .registerColumnMapper(new GenericType<List<String>>() {}, (rs, column, ctx) -> items(rs.getString(column)))
        .registerColumnMapper(new GenericType<List<Evidence>>() {}, (rs, column, ctx) -> evidence(rs.getString(column)));
  }

  /** Drops control characters (PostgreSQL refuses NUL in text; none belongs in a name or message). */
  static String clean(String text) {
    return text == null ? null : text.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "");
  }

  static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
