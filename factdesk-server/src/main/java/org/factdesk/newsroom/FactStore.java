// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.newsroom;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** SQL for newsroom facts and their changes; every method runs in the caller's handle. */
final class FactStore {
  private static final String SELECT = """
      SELECT f.*, c.display_name AS created_by_name, u.display_name AS updated_by_name
        FROM newsroom_facts f
        JOIN users c ON c.id = f.created_by
        JOIN users u ON u.id = f.updated_by
      """;

  private static final RowMapper<NewsroomFact> FACT = (rs, ctx) -> new NewsroomFact(rs.getLong("id"),
      rs.getString("kind"), rs.getString("person_id"), rs.getString("person_name"), rs.getString("office_id"),
      rs.getString("office_name"), rs.getString("start_date"), rs.getString("end_date"), rs.getString("event_id"),
      rs.getString("event_name"), rs.getString("event_when"), rs.getString("event_kind"),
      aliases(rs.getString("aliases")), rs.getString("source_url"), rs.getString("note"),
      rs.getString("created_by_name"), instant(rs.getTimestamp("created_at")),
      rs.getString("updated_by_name"), instant(rs.getTimestamp("updated_at")));

  private static final RowMapper<FactChange> CHANGE = (rs, ctx) -> new FactChange(rs.getLong("id"),
      rs.getLong("fact_id"), instant(rs.getTimestamp("at")), rs.getString("actor_name"),
      rs.getString("action"), rs.getString("before_text"), rs.getString("after_text"), rs.getString("source_url"));

  List<NewsroomFact> all(Handle h) {
    return h.createQuery(SELECT + " ORDER BY f.id").map(FACT).list();
  }

  Optional<NewsroomFact> find(Handle h, long id) {
    return h.createQuery(SELECT + " WHERE f.id = :id").bind("id", id).map(FACT).findOne();
  }

  /** Locks the fact's row until the transaction ends, so two corrections cannot cross. */
  Optional<NewsroomFact> findForUpdate(Handle h, long id) {
    h.createQuery("SELECT id FROM newsroom_facts WHERE id = :id FOR UPDATE").bind("id", id).mapTo(Long.class)
        .findOne();
    return find(h, id);
  }

  long insert(Handle h, NewsroomFact f, long actor, Instant now) {
    return h.createUpdate("""
        INSERT INTO newsroom_facts (kind, person_id, person_name, office_id, office_name, start_date, end_date,
          event_id, event_name, event_when, event_kind, aliases, source_url, note, created_by, created_at,
          updated_by, updated_at)
        VALUES (:kind, :personId, :personName, :officeId, :officeName, :start, :end, :eventId, :eventName, :when,
          :eventKind, :aliases, :sourceUrl, :note, :actor, :now, :actor, :now)
        """)
        .bindMethods(f)
        .bind("aliases", String.join("\n", f.aliases()))
        .bind("actor", actor)
        .bind("now", now)
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
  }

  void update(Handle h, long id, NewsroomFact f, long actor, Instant now) {
    h.createUpdate("""
        UPDATE newsroom_facts SET person_id = :personId, person_name = :personName, office_id = :officeId,
          office_name = :officeName, start_date = :start, end_date = :end, event_id = :eventId,
          event_name = :eventName, event_when = :when, event_kind = :eventKind, aliases = :aliases,
          source_url = :sourceUrl, note = :note, updated_by = :actor, updated_at = :now
         WHERE id = :id
        """)
        .bindMethods(f)
        .bind("aliases", String.join("\n", f.aliases()))
        .bind("actor", actor)
        .bind("now", now)
        .bind("id", id)
        .execute();
  }

  void change(Handle h, long factId, long actor, Instant now, String action, String before, String after,
      String sourceUrl) {
    h.createUpdate("""
        INSERT INTO newsroom_fact_changes (fact_id, at, actor_id, action, before_text, after_text, source_url)
        VALUES (:fact, :at, :actor, :action, :before, :after, :source)
        """)
        .bind("fact", factId)
        .bind("at", now)
        .bind("actor", actor)
        .bind("action", action)
        .bind("before", before)
        .bind("after", after)
        .bind("source", sourceUrl)
        .execute();
  }

  List<FactChange> changes(Handle h) {
    return h.createQuery("""
        SELECT ch.*, u.display_name AS actor_name
          FROM newsroom_fact_changes ch JOIN users u ON u.id = ch.actor_id
         ORDER BY ch.id DESC
        """).map(CHANGE).list();
  }

  /** Grows with every change: the engine lays the facts on again when it moves. */
  long version(Handle h) {
    return h.createQuery("SELECT COALESCE(MAX(id), 0) FROM newsroom_fact_changes").mapTo(Long.class).one();
  }

  private static List<String> aliases(String text) {
    return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split("\n")).filter(s -> !s.isBlank()).toList();
  }

  private static Instant instant(java.sql.Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
