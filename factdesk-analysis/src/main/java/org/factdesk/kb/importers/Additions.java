// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.kb.KnowledgeBaseData;

/**
 * A reviewed additions file (the format {@code factdesk kb import additions FILE} reads) built in
 * code: how the desk exports a newsroom's own facts. {@link #toData()} reads it back through the
 * importer itself, so what the desk uses is exactly what an import of the export gives.
 */
public record Additions(LocalDate reviewed, List<PersonEntry> persons, List<TermEntry> terms,
    List<EventEntry> events) {
  public Additions {
    persons = List.copyOf(persons);
    terms = List.copyOf(terms);
    events = List.copyOf(events);
  }

  /** A person the knowledge base does not know yet. */
  public record PersonEntry(String id, String name, List<String> aliases, String source, String note) {}

  /** A term; {@code start} and {@code end} are YYYY-MM-DD, YYYY-MM or YYYY; a null end is an open term. */
  public record TermEntry(String person, String office, String start, String end, String source, String note) {}

  /** A dated event; {@code when} is a day, YYYY-MM, YYYY or FIRST..LAST. */
  public record EventEntry(String id, String name, String when, String kind, List<String> aliases,
      List<String> participants, String office, String source, String note) {}

  /** The kinds of event the importer accepts. */
  public static final List<String> EVENT_KINDS = List.of("election", "war", "summit", "treaty", "policy",
      "accession", "other");

  /** The file's text, with the keys the importer reads. */
  public String toYaml() {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
    try {
      return yaml.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the additions file", e);
    }
  }

  /**
   * What {@code kb import additions} makes of this file.
   *
   * @throws KbImportException naming the entry that is wrong (a bad date, a missing source)
   */
  public KnowledgeBaseData toData() {
    return AdditionsImporter.read(new ByteArrayInputStream(toYaml().getBytes(StandardCharsets.UTF_8)),
        "newsroom facts");
  }
}
