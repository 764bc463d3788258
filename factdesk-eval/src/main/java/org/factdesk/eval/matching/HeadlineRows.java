// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.archive.ingest.UnreadableFactChecksException;

/**
 * Headlines of public CSV datasets (FakeNewsNet's {@code id,news_url,title,...}), named in a pairs
 * file as {@code github:OWNER/NAME@COMMIT:PATH#ROW_ID}. The file is read from a local copy at
 * {@code root/OWNER+NAME/COMMIT/PATH} (eval/fetch-headlines.sh makes it), never from the repository:
 * the project keeps ids, not the text.
 */
final class HeadlineRows {
  private static final Pattern REF = Pattern.compile("github:([\\w.-]+)/([\\w.-]+)@([0-9a-f]{40}):([^#]+)#(.+)");

  private final Path root;
  private final Map<Path, Map<String, String>> titlesByFile = new HashMap<>();

  HeadlineRows(Path root) {
    this.root = root;
  }

  static boolean isHeadline(String story) {
    return story.startsWith("github:");
  }

  /** The title of the row the reference names. */
  String title(String ref) throws IOException {
    Matcher m = REF.matcher(ref);
    if (!m.matches()) {
      throw new UnreadableFactChecksException("'" + ref + "' is not github:OWNER/NAME@COMMIT:PATH#ROW_ID");
    }
    Path file = root.resolve(m.group(1) + "+" + m.group(2)).resolve(m.group(3)).resolve(m.group(4));
    if (!Files.isRegularFile(file)) {
      throw new UnreadableFactChecksException("no local copy of " + m.group(4) + " at " + file
          + "; run eval/fetch-headlines.sh " + root + " first");
    }
    Map<String, String> titles = titlesByFile.get(file);
    if (titles == null) {
      titles = read(file);
      titlesByFile.put(file, titles);
    }
    String title = titles.get(m.group(5));
    if (title == null) {
      throw new UnreadableFactChecksException("no row with id " + m.group(5) + " in " + file);
    }
    return title;
  }

  /** Row id to title, from a CSV with a header naming {@code id} and {@code title}. */
  static Map<String, String> read(Path file) throws IOException {
    List<List<String>> rows = parse(Files.readString(file, StandardCharsets.UTF_8));
    if (rows.isEmpty()) {
      throw new UnreadableFactChecksException(file + " is empty");
    }
    int id = rows.get(0).indexOf("id");
    int title = rows.get(0).indexOf("title");
    if (id < 0 || title < 0) {
      throw new UnreadableFactChecksException(file + ": the header names no 'id' and 'title' columns");
    }
    Map<String, String> out = new HashMap<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() > Math.max(id, title)) {
        out.put(row.get(id), row.get(title));
      }
    }
    return out;
  }

  /** RFC 4180: fields in double quotes may hold commas, line breaks and doubled quotes. */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
