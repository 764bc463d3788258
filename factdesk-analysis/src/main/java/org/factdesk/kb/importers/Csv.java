// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** CSV reading shared by the importers: header checks and lenient decoding of stray bytes. */
final class Csv {
  private Csv() {}

  /** All records of a CSV file with a header row; bytes that are not UTF-8 become U+FFFD. */
  static List<CSVRecord> read(Path file, char delimiter, String... required) {
    try (InputStream in = Json.open(file);
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        CSVParser csv = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true).setAllowDuplicateHeaderNames(true).setIgnoreSurroundingSpaces(true)
            .setQuote(delimiter == '\t' ? null : '"').get().parse(r)) {
      require(file, csv, required);
      return new ArrayList<>(csv.getRecords());
    } catch (IOException | IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new KbImportException(file + ": cannot read as CSV (" + e.getMessage() + ")", e);
    }
  }

  static void require(Path file, CSVParser csv, String... columns) {
    List<String> missing = new ArrayList<>();
    for (String c : columns) {
      if (!csv.getHeaderMap().containsKey(c)) {
        missing.add(c);
      }
    }
    if (!missing.isEmpty()) {
      throw new KbImportException(file + ": missing column(s) " + String.join(", ", missing)
          + "; the header has " + csv.getHeaderNames());
    }
  }

  /** A column's value, or "" when the column or the cell is absent. */
  static String get(CSVRecord row, String column) {
    return row.isMapped(column) && row.isSet(column) ? row.get(column).strip() : "";
  }
}
