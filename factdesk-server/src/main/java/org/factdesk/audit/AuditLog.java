// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.audit;

import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * The append-only audit log. There is deliberately no method that updates or deletes: entries
 * are written inside the same transaction as the change they describe, so one never exists
 * without the other.
 */
public final class AuditLog {
  private static final String SELECT = """
      SELECT a.id, a.at, a.actor_id, COALESCE(u.display_name, 'system') AS actor_name,
             a.article_id, ar.title AS article_title, a.subject_id, s.display_name AS subject_name,
             a.action, a.detail
        FROM audit_log a
        LEFT JOIN users u ON u.id = a.actor_id
        LEFT JOIN users s ON s.id = a.subject_id
        LEFT JOIN articles ar ON ar.id = a.article_id
      """;

  private static final RowMapper<AuditEntry> ROW = ConstructorMapper.of(AuditEntry.class);

  private final Jdbi jdbi;
  private final Clock clock;

  public AuditLog(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** Appends one entry using the caller's transaction. */
  public void append(Handle handle, Long actorId, Long articleId, Long subjectId, String action,
      String detail) {
    handle.createUpdate("""
        INSERT INTO audit_log (at, actor_id, article_id, subject_id, action, detail)
        VALUES (:at, :actor, :article, :subject, :action, :detail)
        """)
        .bind("at", clock.instant())
        .bind("actor", actorId)
        .bind("article", articleId)
        .bind("subject", subjectId)
        .bind("action", action)
        .bind("detail", detail.length() > 8000 ? detail.substring(0, 8000) : detail)
        .execute();
  }

  public List<AuditEntry> forArticle(long articleId) {
    return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE a.article_id = :id ORDER BY a.id")
        .bind("id", articleId)
        .map(ROW)
        .list());
  }

  /** What a person did, and what was done to their account, oldest first. */
  public List<AuditEntry> forPerson(long userId) {
    return jdbi.withHandle(h -> h.createQuery(SELECT
            + " WHERE a.actor_id = :id OR a.subject_id = :id ORDER BY a.id")
        .bind("id", userId)
        .map(ROW)
        .list());
  }
}
