// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdesk.kb.DateRange;
import org.factdesk.kb.Event;
import org.factdesk.kb.FactSource;
import org.factdesk.kb.KnowledgeBaseData;
import org.factdesk.kb.Office;
import org.factdesk.kb.Person;
import org.factdesk.kb.Term;

/**
 * Reads the reviewed additions file: hand-curated persons, offices, terms and events that the
 * datasets lack or get wrong, each with a {@code source} (Wikidata QID or URL) and a one-line
 * {@code note}. {@code reviewed} is the date the file's facts were checked; open terms mean
 * "still in office then". Event {@code when} is a day, "YYYY-MM", "YYYY" or "FIRST..LAST".
 * An event with the id of an imported one extends it (aliases and cues are added). Unknown keys
 * are errors, so a typo cannot silently drop a fact.
 */
final class AdditionsImporter {
  record File(LocalDate reviewed, List<PersonEntry> persons, List<OfficeEntry> offices, List<TermEntry> terms,
      List<EventEntry> events) {}

  record PersonEntry(String id, String name, List<String> aliases, String source, String note) {}

  record OfficeEntry(String id, String name, String jurisdiction, List<String> titles, String source, String note) {}

  record TermEntry(String person, String office, String start, String end, String source, String note) {}

  record EventEntry(String id, String name, String when, String kind, List<String> aliases, List<List<String>> cues,
      List<String> participants, String office, String source, String note) {}

  private static final List<String> KINDS = List.of("election", "war", "summit", "treaty", "policy", "accession",
      "other");

  private AdditionsImporter() {}

  static KnowledgeBaseData read(Path file) {
    try (InputStream in = Json.open(file)) {
      return read(in, file.getFileName().toString());
    } catch (IOException e) {
      throw new KbImportException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  static KnowledgeBaseData read(InputStream in, String fileName) {
    File f;
    try {
      f = new ObjectMapper(new YAMLFactory()).registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in, File.class);
    } catch (UnrecognizedPropertyException e) {
      throw new KbImportException(fileName + ": unknown key '" + e.getPropertyName() + "' at line "
          + e.getLocation().getLineNr() + "; known keys: " + e.getKnownPropertyIds(), e);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new KbImportException(fileName + ": not a valid additions file (" + e.getOriginalMessage() + " at line "
          + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")", e);
    } catch (IOException e) {
      throw new KbImportException(fileName + ": cannot read (" + e.getMessage() + ")", e);
    }
    if (f == null) {
      throw new KbImportException(fileName + ": the file is empty");
    }
    Optional<LocalDate> asOf = Optional.ofNullable(f.reviewed());
    List<Person> persons = new ArrayList<>();
    for (PersonEntry p : list(f.persons())) {
      require(fileName, "person", p.id(), p.name(), p.source());
      persons.add(new Person(p.id(), p.name(), list(p.aliases()),
          p.id().matches("Q\\d+") ? Optional.of(p.id()) : Optional.empty()));
    }
    List<Office> offices = new ArrayList<>();
    for (OfficeEntry o : list(f.offices())) {
      require(fileName, "office", o.id(), o.name(), o.source());
      offices.add(new Office(o.id(), o.name(), o.jurisdiction() == null ? "" : o.jurisdiction(), list(o.titles())));
    }
    List<Term> terms = new ArrayList<>();
    for (TermEntry t : list(f.terms())) {
      String what = "term of " + t.person() + " in " + t.office();
      require(fileName, what, t.person(), t.office(), t.source());
      Dates.Precise start = Dates.parsePrecise(t.start()).orElseThrow(() -> new KbImportException(fileName + ": "
          + what + " needs a start date YYYY-MM-DD (or YYYY-MM, YYYY when only that is known)"));
      Optional<Dates.Precise> end = Dates.parsePrecise(t.end());
      if (t.end() != null && end.isEmpty()) {
        throw new KbImportException(fileName + ": " + what + " has an unreadable end '" + t.end() + "'");
      }
      try {
        // The review date is not a schedule cut-off here: an entry's end is what the reviewer checked.
        FactSource src = source(fileName, t.source(), asOf);
        terms.add(Dates.term(t.person(), t.office(), start, end, new FactSource(src.name(), src.reference(),
            Optional.empty())).map(x -> new Term(x.personId(), x.officeId(), x.start(), x.end(), src,
            x.startPrecision(), x.endPrecision())).orElseThrow(() -> new IllegalArgumentException(what
            + " ends before it starts")));
      } catch (IllegalArgumentException e) {
        throw new KbImportException(fileName + ": " + e.getMessage());
      }
    }
    List<Event> events = new ArrayList<>();
    for (EventEntry e : list(f.events())) {
      require(fileName, "event", e.id(), e.name(), e.source());
      if (e.kind() == null || !KINDS.contains(e.kind())) {
        throw new KbImportException(fileName + ": event " + e.id() + " needs a kind, one of " + KINDS);
      }
      events.add(new Event(e.id(), e.name(), list(e.aliases()), list(e.cues()), when(fileName, e),
          e.kind(), list(e.participants()), Optional.ofNullable(e.office()), source(fileName, e.source(), asOf)));
    }
    return new KnowledgeBaseData(persons, offices, terms, events);
  }

  static DateRange when(String fileName, EventEntry e) {
    String w = e.when() == null ? "" : e.when().strip();
    try {
      if (w.contains("..")) {
        String[] parts = w.split("\\.\\.", 2);
        return new DateRange(range(parts[0]).first(), range(parts[1]).last());
      }
      return range(w);
    } catch (RuntimeException ex) {
      throw new KbImportException(fileName + ": event " + e.id() + " has an unreadable when '" + w
          + "' (use YYYY-MM-DD, YYYY-MM, YYYY or FIRST..LAST)");
    }
  }

  private static DateRange range(String s) {
    s = s.strip();
    if (s.matches("\\d{4}")) {
      return DateRange.year(Integer.parseInt(s));
    }
    if (s.matches("\\d{4}-\\d{2}")) {
      return DateRange.month(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5)));
    }
    return DateRange.day(LocalDate.parse(s));
  }

  private static FactSource source(String fileName, String reference, Optional<LocalDate> asOf) {
    return new FactSource(fileName, reference, asOf);
  }

  private static void require(String fileName, String what, String... values) {
    for (String v : values) {
      if (v == null || v.isBlank()) {
        throw new KbImportException(fileName + ": a " + what + " entry lacks id, name, person, office or source");
      }
    }
  }

  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }
}
