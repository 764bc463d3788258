// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.factdesk.kb.DateRange;
import org.factdesk.kb.Event;
import org.factdesk.kb.FactSource;
import org.factdesk.kb.KnowledgeBaseData;
import org.factdesk.kb.Office;
import org.factdesk.kb.Person;
import org.factdesk.kb.Term;

/**
 * Streams a complete Wikidata JSON dump ({@code latest-all.json.gz}: one JSON array, one entity
 * per line, over 100 GB) one entity at a time, so memory holds only what is kept, never the dump:
 * persons with a dated P39 "position held" (P580 start, P582 end, each with its precision),
 * the positions' English labels, aliases and P1001 jurisdictions (an entity is kept as a
 * position when it has P1001, is an instance of a position class, or a person seen earlier holds it;
 * a position first seen after everyone holding it keeps a placeholder named by its QID), and dated events (elections, wars, battles,
 * summits, treaties: P31 one of {@link #EVENT_CLASSES}, with P585 or P580/P582). Entities that
 * are none of these are parsed and dropped. {@link Progress} hears how far into the compressed
 * file the reader is, for an ETA.
 */
public final class WikidataDumpImporter {
  /** Told every few thousand entities: entities read, compressed bytes read, file size. */
  @FunctionalInterface
  public interface Progress {
    void update(long entities, long bytesRead, long totalBytes);
  }

  static final Map<String, String> EVENT_CLASSES = Map.of("Q40231", "election", "Q858439", "election",
      "Q1076105", "election", "Q198", "war", "Q178561", "war", "Q1190554", "other", "Q131569", "treaty",
      "Q625994", "summit", "Q2761147", "summit");
  /** position, public office, head of state, head of government, minister, legislator: kept as offices. */
  static final Set<String> POSITION_CLASSES = Set.of("Q4164871", "Q294414", "Q48352", "Q2285706", "Q83307", "Q4175034");
  private static final int REPORT_EVERY = 5_000;

  private WikidataDumpImporter() {}

  /** Reads {@code file} (.json or .json.gz) as a dump array, or as one entity per line without the brackets. */
  public static KnowledgeBaseData read(Path file, FactSource source, Progress progress) {
    long total;
    try {
      total = Files.size(file);
    } catch (IOException e) {
      throw new KbImportException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
    Collector c = new Collector(source);
    long entities = 0;
    try (CountingStream counted = new CountingStream(Files.newInputStream(file));
        InputStream in = decompressed(counted);
        JsonParser parser = new JsonFactory().createParser(in)) {
      ObjectMapper mapper = new ObjectMapper();
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new KbImportException(file + ": the file is empty");
      }
      boolean array = first == JsonToken.START_ARRAY;
      JsonToken token = array ? parser.nextToken() : first;
      while (token != null && token != JsonToken.END_ARRAY) {
        if (token != JsonToken.START_OBJECT) {
          throw new KbImportException(file + ": expected one entity object after another, found " + token
              + " after " + entities + " entities");
        }
        JsonNode entity = mapper.readTree(parser);
        c.accept(entity);
        entities++;
        if (entities % REPORT_EVERY == 0) {
          progress.update(entities, counted.count, total);
        }
        token = parser.nextToken();
      }
      progress.update(entities, counted.count, total);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new KbImportException(file + ": not a Wikidata JSON dump (" + e.getOriginalMessage() + " after "
          + entities + " entities)", e);
    } catch (IOException e) {
      throw new KbImportException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
    return c.result();
  }

  private static InputStream decompressed(InputStream raw) throws IOException {
    InputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    return b1 == 0x1f && b2 == 0x8b ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
  }

  /** What is kept while streaming: small records only, never the entity trees. */
  private static final class Collector {
    private final FactSource source;
    private final Map<String, Person> persons = new LinkedHashMap<>();
    private final Map<String, Office> offices = new HashMap<>();
    private final Set<String> heldPositions = new LinkedHashSet<>();
    private final List<Term> terms = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    Collector(FactSource source) {
      this.source = source;
    }

    void accept(JsonNode e) {
      String id = e.path("id").asText("");
      if (!id.startsWith("Q")) {
        return;
      }
      JsonNode claims = e.path("claims");
      Optional<String> label = WikidataEntityImporter.english(e.path("labels"));
      if (label.isEmpty()) {
        return;
      }
      Set<String> classes = WikidataEntityImporter.itemValues(claims.path("P31"));
      if (claims.has("P1001") || heldPositions.contains(id) || classes.stream().anyMatch(POSITION_CLASSES::contains)) {
        offices.put(id, WikidataEntityImporter.office(id, e));
      }
      JsonNode positions = claims.path("P39");
      if (!positions.isEmpty()) {
        person(id, label.get(), e, positions);
      }
      classes.stream().filter(EVENT_CLASSES::containsKey).findFirst()
          .ifPresent(k -> event(id, label.get(), e, EVENT_CLASSES.get(k)));
    }

    private void person(String id, String label, JsonNode e, JsonNode positions) {
      List<Term> own = new ArrayList<>();
      for (JsonNode st : positions) {
        if ("deprecated".equals(st.path("rank").asText())
            || !"value".equals(st.path("mainsnak").path("snaktype").asText())) {
          continue;
        }
        Optional<String> office = WikidataEntityImporter.itemId(st.path("mainsnak").path("datavalue").path("value"));
        Optional<Dates.Precise> start = WikidataEntityImporter.preciseTime(st.path("qualifiers").path("P580"));
        if (office.isEmpty() || start.isEmpty()) {
          continue;
        }
        Dates.term(id, office.get(), start.get(), WikidataEntityImporter.preciseTime(st.path("qualifiers").path("P582")),
            source).ifPresent(own::add);
      }
      if (own.isEmpty()) {
        return;
      }
      Set<String> aliases = new LinkedHashSet<>();
      for (JsonNode a : e.path("aliases").path("en")) {
        String v = a.path("value").asText("").strip();
        if (v.contains(" ") && !v.equals(label)) {
          aliases.add(v);
        }
      }
      persons.put(id, new Person(id, label, List.copyOf(aliases), Optional.of(id)));
      own.forEach(t -> heldPositions.add(t.officeId()));
      terms.addAll(own);
    }

    private void event(String id, String label, JsonNode e, String kind) {
      JsonNode claims = e.path("claims");
      Optional<Dates.Precise> at = firstTime(claims.path("P585"));
      Optional<Dates.Precise> from = at.or(() -> firstTime(claims.path("P580")));
      if (from.isEmpty()) {
        return;
      }
      Optional<Dates.Precise> to = at.isPresent() ? at : firstTime(claims.path("P582"));
      DateRange first = from.get().precision().rangeOf(from.get().date());
      DateRange last = to.map(t -> t.precision().rangeOf(t.date())).orElse(first);
      if (last.last().isBefore(first.first())) {
        return;
      }
      events.add(new Event("wikidata:" + id, label, List.of(), List.of(), new DateRange(first.first(), last.last()),
          kind, List.of(), Optional.empty(), source));
    }

    /** Main-snak time values, which for P585/P580 sit where qualifiers do in P39. */
    private static Optional<Dates.Precise> firstTime(JsonNode statements) {
      List<JsonNode> snaks = new ArrayList<>();
      statements.forEach(st -> snaks.add(st.path("mainsnak")));
      com.fasterxml.jackson.databind.node.ArrayNode array = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
          .arrayNode();
      snaks.forEach(array::add);
      return WikidataEntityImporter.preciseTime(array);
    }

    KnowledgeBaseData result() {
      List<Office> used = new ArrayList<>();
      for (String q : heldPositions) {
        used.add(offices.getOrDefault(q, new Office(q, q, "", List.of())));
      }
      return new KnowledgeBaseData(List.copyOf(persons.values()), used, terms, events);
    }
  }

  /** Counts compressed bytes for the ETA. */
  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      count += s;
      return s;
    }
  }

}
