// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.archive.ingest.UnreadableFactChecksException;

/**
 * The CheckThat! query and qrels files as published. Queries: {@code iclaim_id TAB text}, with
 * or without the header line {@code iclaim_id TAB iclaim}; a text wholly in double quotes is
 * unquoted ({@code ""} → {@code "}). Qrels: {@code iclaim_id 0 vclaim_id 1}, whitespace separated.
 */
public record RetrievalQueries(Map<String, String> queries, Map<String, Set<String>> relevant) {
  public RetrievalQueries {
    queries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(queries));
    relevant = Map.copyOf(relevant);
  }

  public static RetrievalQueries read(Path queriesTsv, Path qrels) throws IOException {
    Map<String, String> queries = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(queriesTsv, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab < 0) {
          throw new UnreadableFactChecksException(queriesTsv + ":" + number + ": expected iclaim_id<TAB>text");
        }
        String id = line.substring(0, tab).strip();
        if (number == 1 && id.equals("iclaim_id")) {
          continue;
        }
        queries.put(id, unquote(line.substring(tab + 1)));
      }
    }
    Map<String, Set<String>> relevant = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(qrels, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\\s+");
      if (parts.length != 4) {
        throw new UnreadableFactChecksException(qrels + ":" + (i + 1) + ": expected iclaim_id 0 vclaim_id 1");
      }
      if (!parts[3].equals("0")) {
        relevant.computeIfAbsent(parts[0], k -> new LinkedHashSet<>()).add(parts[2]);
      }
    }
    return new RetrievalQueries(queries, relevant);
  }

  /** Ids that are both in the qrels and have a query text, in query-file order. */
  public List<String> judged() {
    List<String> ids = new ArrayList<>();
    for (String id : queries.keySet()) {
      if (relevant.containsKey(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  static String unquote(String text) {
    String t = text.strip();
    if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
      return t.substring(1, t.length() - 1).replace("\"\"", "\"");
    }
    return t;
  }
}
