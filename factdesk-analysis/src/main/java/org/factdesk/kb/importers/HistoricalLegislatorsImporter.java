// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.factdesk.kb.KnowledgeBaseData;
import org.factdesk.kb.Person;

/**
 * Reads {@code legislators-historical.csv} (or {@code legislators-current.csv}): persons only.
 * The CSV has no term dates, so it yields no terms; it is not part of the bundled knowledge
 * base, where dateless persons would only add ambiguity to linking.
 */
final class HistoricalLegislatorsImporter {
  private HistoricalLegislatorsImporter() {}

  static KnowledgeBaseData read(Path file) {
    List<Person> persons = new ArrayList<>();
    for (CSVRecord row : Csv.read(file, ',', "last_name", "first_name", "bioguide_id")) {
      String bioguide = Csv.get(row, "bioguide_id");
      if (bioguide.isBlank()) {
        continue;
      }
      NameForms forms = NameForms.of(Csv.get(row, "first_name"), Csv.get(row, "middle_name"),
          Csv.get(row, "last_name"), Csv.get(row, "nickname"), Csv.get(row, "suffix"), Csv.get(row, "full_name"),
          Csv.get(row, "wikipedia_id"));
      persons.add(new Person("bioguide:" + bioguide, forms.name(), forms.aliases(), Optional.empty()));
    }
    return new KnowledgeBaseData(persons, List.of(), List.of(), List.of());
  }
}
