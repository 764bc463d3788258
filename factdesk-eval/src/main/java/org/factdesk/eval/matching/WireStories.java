// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.factdesk.archive.ingest.UnreadableFactChecksException;

/**
 * Reads the Reuters financial news files of {@code eval/news/reuters-financial-2006-2013-dev}
 * as published (Ding et al. 2014): line 1 {@code -- headline}, line 2 {@code -- By byline},
 * line 3 {@code -- Mon Oct 23, 2006 6:59pm EDT}, line 4 {@code -- url}, a blank line, the body.
 * The date is line 3's; a story whose line 3 is unreadable falls back to the {@code YYYYMMDD}
 * its file name starts with.
 */
public final class WireStories {
  private static final Pattern DATE_LINE = Pattern.compile("([A-Z][a-z]{2}) (\\d{1,2}), (\\d{4})");
  private static final Pattern NAME_DATE = Pattern.compile("^(\\d{8})__");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d yyyy", Locale.ENGLISH);

  /** Every story file in {@code dir}, in name order. */
  public List<WireStory> readAll(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    List<WireStory> out = new ArrayList<>(files.size());
    for (Path f : files) {
      out.add(read(f));
    }
    return out;
  }

  public WireStory read(Path file) throws IOException {
    String raw = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    String[] lines = raw.split("\n", -1);
    if (lines.length < 4 || !lines[0].startsWith("--")) {
      throw new UnreadableFactChecksException(file + ": not a wire story (expected '-- headline' on line 1)");
    }
    String name = file.getFileName().toString();
    String headline = lines[0].substring(2).strip();
    LocalDate date = date(lines[2], name, file);
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(headline);
    for (int i = 4; i < lines.length; i++) {
      String p = lines[i].strip().replaceAll("\\s+", " ");
      if (!p.isEmpty()) {
        paragraphs.add(p);
      }
    }
    return new WireStory(name, date, headline, String.join("\n\n", paragraphs));
  }

  private static LocalDate date(String line, String name, Path file) {
    Matcher m = DATE_LINE.matcher(line);
    if (m.find()) {
      try {
        return LocalDate.parse(m.group(1) + " " + m.group(2) + " " + m.group(3), DAY);
      } catch (DateTimeParseException e) {
        // fall through to the file name
      }
    }
    Matcher n = NAME_DATE.matcher(name);
    if (n.find()) {
      return LocalDate.parse(n.group(1), DateTimeFormatter.BASIC_ISO_DATE);
    }
    throw new UnreadableFactChecksException(file + ": no date on line 3 or in the file name");
  }
}
