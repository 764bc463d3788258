// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.newsroom;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.generic.GenericType;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** SQL for newsroom facts and their changes; every method runs in the caller's handle. */
final class FactStore {
  private static final String SELECT = """
      SELECT f.*, f.start_date AS "start", f.end_date AS "end", f.event_when AS "when",
             c.display_name AS created_by_name, u.display_name AS updated_by_name
        FROM newsroom_facts f
        JOIN users c ON c.id = f.created_by
        JOIN users u ON u.id = f.updated_by
      """;

  // JDBI's constructor mapping, as in every store: a column feeds the record component of the
  // same name (snake_case to camelCase); the SQL renames where they differ; aliases are stored a line each.
  private static final RowMapper<NewsroomFact> FACT = ConstructorMapper.of(NewsroomFact.class);
  private static final RowMapper<FactChange> CHANGE = ConstructorMapper.of(FactChange.class);
  private static final GenericType<List<String>> ALIASES = new GenericType<>() {};

  List<NewsroomFact> all(Handle h) {
    return h.createQuery(SELECT + " ORDER BY f.id").registerColumnMapper(ALIASES, FactStore::aliases).map(FACT).list();
  }

  Optional<NewsroomFact> find(Handle h, long id) {
    return h.createQuery(SELECT + " WHERE f.id = :id").bind("id", id).registerColumnMapper(ALIASES, FactStore::aliases)
        .map(FACT).findOne();
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
        SELECT ch.*, ch.before_text AS "before", ch.after_text AS "after", u.display_name AS actor_name
          FROM newsroom_fact_changes ch JOIN users u ON u.id = ch.actor_id
         ORDER BY ch.id DESC
        """).map(CHANGE).list();
  }

  /** Grows with every change: the engine lays the facts on again when it moves. */
  long version(Handle h) {
    return h.createQuery("SELECT COALESCE(MAX(id), 0) FROM newsroom_fact_changes").mapTo(Long.class).one();
  }

  private static List<String> aliases(ResultSet rs, int column, StatementContext ctx) throws SQLException {
    String text = rs.getString(column);
    return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split("\n")).filter(s -> !s.isBlank()).toList();
  }
}
