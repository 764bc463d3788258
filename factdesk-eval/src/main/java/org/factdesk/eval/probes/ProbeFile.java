// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.probes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.eval.dataset.DatasetFormatException;

/**
 * Reads a probe file: blocks separated by blank lines, one {@code key: value} a line.
 * <pre>
 * id: thatcher-1979
 * date: none                      (or 2025-06-01)
 * text: In 1979, Prime Minister Margaret Thatcher …
 * expect: clean                   (or: expect: time.role "President Joe Biden"; repeatable)
 * not-held: "President Joe Biden" (a quote that must never be kb.confirmed; repeatable)
 * source: https://…               (at least one; repeatable)
 * </pre>
 * Lines starting with {@code #} are comments. Unknown keys, a missing source or a missing
 * expectation are errors, so that a typo cannot silently weaken the set.
 */
public final class ProbeFile {
  private static final Pattern EXPECT = Pattern.compile("([a-z]+\\.[a-z-]+)\\s+\"([^\"]+)\"");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
  private static final Set<String> KEYS = Set.of("id", "date", "text", "expect", "not-held", "source");

  public List<Probe> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Probe> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Block block = null;
    for (int i = 0; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i) : "";
      if (line.startsWith("#")) {
        continue;
      }
      if (line.isBlank()) {
        if (block != null) {
          Probe p = block.build(file);
          if (!ids.add(p.id())) {
            throw new DatasetFormatException(file + ":" + p.line() + ": probe id " + p.id() + " used twice");
          }
          out.add(p);
          block = null;
        }
        continue;
      }
      if (block == null) {
        block = new Block(i + 1);
      }
      int colon = line.indexOf(':');
      String key = colon < 0 ? "" : line.substring(0, colon).strip();
      if (!KEYS.contains(key)) {
        throw new DatasetFormatException(file + ":" + (i + 1) + ": expected one of " + KEYS + " then ':', got: " + line);
      }
      block.add(key, line.substring(colon + 1).strip(), file, i + 1);
    }
    return out;
  }

  private static final class Block {
    final int line;
    String id;
    Optional<LocalDate> date = Optional.empty();
    boolean dateSeen;
    String text;
    boolean clean;
    final List<Probe.Expected> expected = new ArrayList<>();
    final List<String> notHeld = new ArrayList<>();
    final List<String> sources = new ArrayList<>();

    Block(int line) {
      this.line = line;
    }

    void add(String key, String value, Path file, int at) {
      String where = file + ":" + at + ": ";
      switch (key) {
        case "id" -> id = value;
        case "date" -> {
          dateSeen = true;
          if (!value.equals("none")) {
            try {
              date = Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
              throw new DatasetFormatException(where + "date must be YYYY-MM-DD or none, got " + value);
            }
          }
        }
        case "text" -> text = text == null ? value : text + " " + value;
        case "expect" -> {
          if (value.equals("clean")) {
            clean = true;
          } else {
            Matcher m = EXPECT.matcher(value);
            if (!m.matches()) {
              throw new DatasetFormatException(where + "expect must be clean or CODE \"quote\", got " + value);
            }
            expected.add(new Probe.Expected(m.group(1), m.group(2)));
          }
        }
        case "not-held" -> {
          Matcher m = QUOTED.matcher(value);
          if (!m.matches()) {
            throw new DatasetFormatException(where + "not-held must be a \"quote\", got " + value);
          }
          notHeld.add(m.group(1));
        }
        default -> sources.add(value);
      }
    }

    Probe build(Path file) {
      String where = file + ":" + line + ": ";
      if (id == null || text == null || !dateSeen) {
        throw new DatasetFormatException(where + "a probe needs id, date and text");
      }
      if (clean == !expected.isEmpty()) {
        throw new DatasetFormatException(where + "probe " + id + " must say either expect: clean or what it expects");
      }
      if (sources.isEmpty() || sources.stream().anyMatch(s -> !s.startsWith("https://"))) {
        throw new DatasetFormatException(where + "probe " + id + " needs a source: https://… for its facts");
      }
      for (Probe.Expected e : expected) {
        if (!text.contains(e.quote())) {
          throw new DatasetFormatException(where + "probe " + id + " expects “" + e.quote() + "”, which its text lacks");
        }
      }
      return new Probe(id, date, text, expected, notHeld, sources, line);
    }
  }
}
