// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.newsroom;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.factdesk.accounts.Permission;
import org.factdesk.accounts.User;
import org.factdesk.audit.AuditLog;
import org.factdesk.errors.BadInputException;
import org.factdesk.errors.NotFoundException;
import org.factdesk.kb.KnowledgeBase;
import org.factdesk.kb.Office;
import org.factdesk.kb.Person;
import org.factdesk.kb.Term;
import org.factdesk.kb.importers.Additions;
import org.factdesk.kb.importers.KbImportException;
import org.jdbi.v3.core.Jdbi;

/**
 * What editors do with the newsroom's own facts: add a term, end one, add an event, correct any
 * of them. Every change needs a source address, is checked by the same importer that reads the
 * export, is written with its before and after in one transaction with the audit log, and is in
 * the engine before the request returns (so the next analysis uses it).
 */
public final class NewsroomFacts {
  private static final int MAX_URL = 2000;

  /** The kinds of event an editor may choose (those the additions importer accepts). */
  public static final List<String> EVENT_KINDS = Additions.EVENT_KINDS;

  private final Jdbi jdbi;
  private final AuditLog audit;
  private final Clock clock;
  private final NewsroomKnowledge knowledge;
  private final FactStore store = new FactStore();

  public NewsroomFacts(Jdbi jdbi, AuditLog audit, Clock clock, NewsroomKnowledge knowledge) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.clock = clock;
    this.knowledge = knowledge;
  }

  public List<NewsroomFact> list(User actor) {
    actor.require(Permission.EDIT_KNOWLEDGE);
    return jdbi.withHandle(store::all);
  }

  public NewsroomFact get(User actor, long id) {
    actor.require(Permission.EDIT_KNOWLEDGE);
    return jdbi.withHandle(h -> store.find(h, id)).orElseThrow(() -> new NotFoundException(
        "There is no newsroom fact " + id + "."));
  }

  /** Every change, newest first. */
  public List<FactChange> history(User actor) {
    actor.require(Permission.EDIT_KNOWLEDGE);
    return jdbi.withHandle(store::changes);
  }

  /** The facts as a reviewed additions file for {@code factdesk kb import additions FILE}. */
  public String export(User actor) {
    actor.require(Permission.EDIT_KNOWLEDGE);
    List<NewsroomFact> facts = jdbi.withHandle(store::all);
    return "# The newsroom's own knowledge-base facts, exported from the desk.\n"
        + "# Import with: factdesk kb import additions THIS_FILE\n"
        + Exports.additions(facts).toYaml();
  }

  /** A term the knowledge base lacks (or a correction of one the newsroom added with the same start). */
  public NewsroomFact addTerm(User actor, TermInput in) {
    actor.require(Permission.EDIT_KNOWLEDGE);
    String url = sourceUrl(in.sourceUrl());
    KnowledgeBase kb = knowledge.engine().knowledgeBase();
    Person person = person(kb, in.person(), true);
    Office office = office(kb, in.office());
    String start = date(in.start(), "start", true);
    String end = date(in.end(), "end", false);
    return saveTerm(actor, person, office, start, end, url, in.note(), "added");
  }

  /**
   * Ends a term the engine knows: {@code person} (and {@code office} when they hold several) and
   * the last day in office as {@code end}; the term's start is found.
   */
  public NewsroomFact endTerm(User actor, TermInput in) {
    actor.require(Permission.EDIT_KNOWLEDGE);
    String url = sourceUrl(in.sourceUrl());
    KnowledgeBase kb = knowledge.engine().knowledgeBase();
    Person person = person(kb, in.person(), false);
    Optional<Office> office = blank(in.office()) ? Optional.empty() : Optional.of(office(kb, in.office()));
    String end = date(in.end(), "end", true);
    LocalDate last = firstDay(end);
    List<Term> open = kb.terms(person.id()).stream()
        .filter(t -> office.isEmpty() || t.officeId().equals(office.get().id()))
        .filter(t -> !t.start().isAfter(last) && (t.end().isEmpty() || !t.end().get().isBefore(last)))
        .sorted(Comparator.comparing((Term t) -> t.end().isPresent()))
        .toList();
    if (open.isEmpty()) {
      throw new BadInputException(person.name() + " has no term" + office.map(o -> " as " + o.name()).orElse("")
          + " that was open on " + end + ". To record a term the knowledge base lacks, add it with its start.");
    }
    if (open.size() > 1 && open.stream().map(Term::officeId).distinct().count() > 1) {
      throw new BadInputException(person.name() + " held several offices on " + end + " ("
          + String.join("; ", open.stream().map(t -> kb.office(t.officeId()).map(Office::name).orElse(t.officeId()))
              .distinct().toList()) + "): say which one ends.");
    }
    Term term = open.get(0);
    Office held = kb.office(term.officeId()).orElseGet(() -> new Office(term.officeId(), term.officeId(), "", List.of()));
    return saveTerm(actor, person, held, startOf(term), end, url, in.note(), "ended");
  }

  /** A new event, or one that corrects a known event of the same id (its dates and names). */
  public NewsroomFact addEvent(User actor, EventInput in) {
    actor.require(Permission.EDIT_KNOWLEDGE);
    String url = sourceUrl(in.sourceUrl());
    NewsroomFact draft = event(0, in, url, null);
    Instant now = clock.instant();
    long id = jdbi.inTransaction(h -> {
      List<NewsroomFact> all = new ArrayList<>(store.all(h));
      Optional<NewsroomFact> same = all.stream().filter(f -> !f.isTerm() && f.eventId().equals(draft.eventId()))
          .findFirst();
      if (same.isPresent()) {
        return update(h, actor, same.get(), draft, all, now);
      }
      all.add(draft);
      check(all);
      long created = store.insert(h, draft, actor.id(), now);
      record(h, actor, created, "added", null, draft, now);
      return created;
    });
    return after(actor, id);
  }

  /** Changes a saved fact: a term's person, office or dates, an event's name, date, kind or names. */
  public NewsroomFact correctTerm(User actor, long id, TermInput in) {
    actor.require(Permission.EDIT_KNOWLEDGE);
    String url = sourceUrl(in.sourceUrl());
    NewsroomFact old = get(actor, id);
    if (!old.isTerm()) {
      throw new BadInputException("Newsroom fact " + id + " is an event; correct it as an event.");
    }
    KnowledgeBase kb = knowledge.engine().knowledgeBase();
    Person person = blank(in.person()) ? new Person(old.personId(), old.personName(), List.of(), Optional.empty())
        : person(kb, in.person(), true);
    Office office = blank(in.office()) ? new Office(old.officeId(), old.officeName(), "", List.of())
        : office(kb, in.office());
    String start = blank(in.start()) ? old.start() : date(in.start(), "start", true);
    // A blank end is "still in office": how a wrongly ended term is opened again.
    String end = date(in.end(), "end", false);
    NewsroomFact draft = term(person, office, start, end, url, in.note());
    Instant now = clock.instant();
    jdbi.inTransaction(h -> {
      NewsroomFact locked = store.findForUpdate(h, id).orElseThrow();
      return update(h, actor, locked, draft, store.all(h), now);
    });
    return after(actor, id);
  }

  public NewsroomFact correctEvent(User actor, long id, EventInput in) {
    actor.require(Permission.EDIT_KNOWLEDGE);
    String url = sourceUrl(in.sourceUrl());
    NewsroomFact old = get(actor, id);
    if (old.isTerm()) {
      throw new BadInputException("Newsroom fact " + id + " is a term; correct it as a term.");
    }
    NewsroomFact draft = event(id, in, url, old);
    Instant now = clock.instant();
    jdbi.inTransaction(h -> {
      NewsroomFact locked = store.findForUpdate(h, id).orElseThrow();
      return update(h, actor, locked, draft, store.all(h), now);
    });
    return after(actor, id);
  }

  private NewsroomFact saveTerm(User actor, Person person, Office office, String start, String end, String url,
      String note, String action) {
    NewsroomFact draft = term(person, office, start, end, url, note);
    Instant now = clock.instant();
    long id = jdbi.inTransaction(h -> {
      List<NewsroomFact> all = new ArrayList<>(store.all(h));
      // One fact per holding and start: a second entry for it corrects the first (two would be
      // joined by the merger, and an open one would win over the end).
      Optional<NewsroomFact> same = all.stream().filter(f -> f.isTerm() && f.personId().equals(draft.personId())
          && f.officeId().equals(draft.officeId()) && f.start().equals(draft.start())).findFirst();
      if (same.isPresent()) {
        return update(h, actor, same.get(), draft, all, now);
      }
      all.add(draft);
      check(all);
      long created = store.insert(h, draft, actor.id(), now);
      record(h, actor, created, action, null, draft, now);
      return created;
    });
    return after(actor, id);
  }

  private long update(org.jdbi.v3.core.Handle h, User actor, NewsroomFact old, NewsroomFact draft,
      List<NewsroomFact> all, Instant now) {
    List<NewsroomFact> changed = new ArrayList<>(all.stream().filter(f -> f.id() != old.id()).toList());
    changed.add(draft);
    check(changed);
    store.update(h, old.id(), draft, actor.id(), now);
    record(h, actor, old.id(), draft.isTerm() && draft.end() != null && old.end() == null ? "ended" : "corrected",
        old, draft, now);
    return old.id();
  }

  private void record(org.jdbi.v3.core.Handle h, User actor, long id, String action, NewsroomFact before,
      NewsroomFact after, Instant now) {
    String was = before == null ? null : before.describe();
    store.change(h, id, actor.id(), now, action, was, after.describe(), after.sourceUrl());
    audit.append(h, actor.id(), null, null, "kb.fact." + action, "Newsroom fact " + id + ": "
        + (was == null ? "" : was + " → ") + after.describe() + " (source: " + after.sourceUrl() + ")");
  }

  /** The fact as saved, once the engine has it: the next analysis uses it. */
  private NewsroomFact after(User actor, long id) {
    knowledge.engine();
    return get(actor, id);
  }

  /** The importer that reads the export must accept every fact; its complaint is the editor's answer. */
  private static void check(List<NewsroomFact> facts) {
    try {
      NewsroomKnowledge.layer(facts);
    } catch (KbImportException e) {
      throw new BadInputException("The knowledge base cannot use this fact: "
          + e.getMessage().replaceFirst("^newsroom facts: ", "") + ".");
    }
  }

  private static NewsroomFact term(Person person, Office office, String start, String end, String url, String note) {
    return new NewsroomFact(0, "term", person.id(), person.name(), office.id(), office.name(), start, end, null, null,
        null, null, List.of(), url, clip(note, 1000), null, null, null, null);
  }

  private NewsroomFact event(long id, EventInput in, String url, NewsroomFact old) {
    String name = blank(in.name()) ? old == null ? null : old.eventName() : in.name().strip();
    if (name == null) {
      throw new BadInputException("Give the event's name.");
    }
    String eventId = old != null ? old.eventId() : blank(in.id()) ? "newsroom:event-"
        + slug(name) : in.id().strip();
    String when = blank(in.when()) ? old == null ? null : old.when() : in.when().strip();
    if (when == null || !when.matches("\\d{4}(-\\d{2}(-\\d{2})?)?(\\.\\.\\d{4}(-\\d{2}(-\\d{2})?)?)?")) {
      throw new BadInputException("Give when the event happened as YYYY-MM-DD (or YYYY-MM, YYYY, or FIRST..LAST).");
    }
    String kind = blank(in.kind()) ? old == null ? "other" : old.eventKind() : in.kind().strip().toLowerCase(Locale.ROOT);
    if (!Additions.EVENT_KINDS.contains(kind)) {
      throw new BadInputException("\"" + kind + "\" is not a kind of event; use one of " + String.join(", ",
          Additions.EVENT_KINDS) + ".");
    }
    List<String> aliases = in.aliases() == null ? old == null ? List.of() : old.aliases()
        : in.aliases().stream().map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
    return new NewsroomFact(id, "event", null, null, null, null, null, null, clip(eventId, 300), clip(name, 500),
        when, kind, aliases, url, clip(in.note(), 1000), null, null, null, null);
  }

  /** A person by knowledge-base id or by name; a name nobody has is a new person when {@code mayBeNew}. */
  private static Person person(KnowledgeBase kb, String given, boolean mayBeNew) {
    if (blank(given)) {
      throw new BadInputException("Say who: a name as the knowledge base has it, or its id.");
    }
    String text = given.strip();
    Optional<Person> byId = kb.person(text);
    if (byId.isPresent()) {
      return byId.get();
    }
    String wanted = normal(text);
    List<Person> named = kb.persons().stream()
        .filter(p -> normal(p.name()).equals(wanted) || p.aliases().stream().map(NewsroomFacts::normal).anyMatch(wanted::equals))
        .toList();
    if (named.size() == 1) {
      return named.get(0);
    }
    if (named.size() > 1) {
      throw new BadInputException("Several people are called " + text + ": give the id of the one you mean ("
          + String.join(", ", named.stream().limit(8).map(p -> p.id() + " " + p.name()).toList()) + ").");
    }
    if (!mayBeNew) {
      throw new BadInputException("The knowledge base knows nobody called " + text
          + ". Check the spelling (factdesk kb who shows the names it knows), or add the term with its start.");
    }
    return new Person(Exports.NEW_PERSON + slug(text), clip(text, 300), List.of(), Optional.empty());
  }

  private static Office office(KnowledgeBase kb, String given) {
    if (blank(given)) {
      throw new BadInputException("Say which office: its name as the knowledge base has it "
          + "(e.g. Prime Minister of the United Kingdom), or its id.");
    }
    String text = given.strip();
    Optional<Office> byId = kb.office(text);
    if (byId.isPresent()) {
      return byId.get();
    }
    String wanted = normal(text);
    Function<Office, String> labelled = o -> normal(o.name() + " (" + o.jurisdiction() + ")");
    List<Office> named = kb.offices().stream()
        .filter(o -> normal(o.name()).equals(wanted) || labelled.apply(o).equals(wanted)).toList();
    if (named.size() == 1) {
      return named.get(0);
    }
    if (named.size() > 1) {
      throw new BadInputException("Several offices are called " + text + ": give the id of the one you mean ("
          + String.join(", ", named.stream().limit(8).map(o -> o.id() + " " + o.name() + " (" + o.jurisdiction() + ")")
              .toList()) + ").");
    }
    throw new BadInputException("The knowledge base has no office called " + text
        + ". Give its full name as factdesk kb who shows it (e.g. Prime Minister of the United Kingdom), or its id.");
  }

  /** A term's start as precisely as it is known: 2024-07-05, 2024-07 or 2024. */
  private static String startOf(Term t) {
    return switch (t.startPrecision()) {
      case DAY -> t.start().toString();
      case MONTH -> YearMonth.from(t.start()).toString();
      case YEAR -> Integer.toString(t.start().getYear());
    };
  }

  private static String date(String text, String what, boolean required) {
    if (blank(text)) {
      if (required) {
        throw new BadInputException("Give the " + what + " date as YYYY-MM-DD (or YYYY-MM, YYYY when only that is known).");
      }
      return null;
    }
    String d = text.strip();
    try {
      firstDay(d);
      return d;
    } catch (RuntimeException e) {
      throw new BadInputException("\"" + d + "\" is not a " + what + " date; write it as YYYY-MM-DD "
          + "(or YYYY-MM, YYYY when only that is known).");
    }
  }

  private static LocalDate firstDay(String d) {
    if (d.matches("\\d{4}")) {
      return LocalDate.of(Integer.parseInt(d), 1, 1);
    }
    if (d.matches("\\d{4}-\\d{2}")) {
      return YearMonth.parse(d).atDay(1);
    }
    if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return LocalDate.parse(d);
    }
    throw new IllegalArgumentException(d);
  }

  /** The source every change needs: an http(s) address a reader of the audit log can open. */
  static String sourceUrl(String text) {
    String url = text == null ? "" : text.strip();
    if (url.isEmpty()) {
      throw new BadInputException("Give the source of this fact: the web address where it can be checked.");
    }
    if (url.length() > MAX_URL) {
      throw new BadInputException("The source address is longer than " + MAX_URL + " characters.");
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !uri.getHost().contains(".")) {
        throw new URISyntaxException(url, "not a web address");
      }
    } catch (URISyntaxException e) {
      throw new BadInputException("\"" + clip(url, 200) + "\" is not a web address; give the source as https://…");
    }
    return url;
  }

  private static String slug(String text) {
    String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String s = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return s.isEmpty() ? "unnamed" : s.length() > 80 ? s.substring(0, 80) : s;
  }

  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String clip(String s, int max) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    return t.length() > max ? t.substring(0, max) : t;
  }
}
