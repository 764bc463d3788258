// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the Reuters financial news stories of Ding et al. (2014) as kept in
 * {@code eval/news/reuters-financial-2006-2013-dev}: one UTF-8 file per story named
 * {@code YYYYMMDD__slug}; lines {@code -- headline}, {@code -- By byline}, {@code -- date},
 * {@code -- url}, then the body. The date comes from the file name.
 */
public final class ReutersFinancialStories {
  private static final Pattern NAME = Pattern.compile("(\\d{8})__.+");
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  /** Whether a folder holds stories in this layout. */
  public static boolean looksLike(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(f -> NAME.matcher(f.getFileName().toString()).matches());
    }
  }

  public List<DatedStory> read(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(f -> NAME.matcher(f.getFileName().toString()).matches()).sorted().toList();
    }
    List<DatedStory> out = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      LocalDate date = LocalDate.parse(name.substring(0, 8), DAY);
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).startsWith("-- ")) {
        throw new DatasetFormatException(f + ": expected a first line '-- headline'");
      }
      String title = lines.get(0).substring(3).strip();
      int body = 0;
      while (body < lines.size() && lines.get(body).startsWith("--")) {
        body++;
      }
      String text = String.join("\n", lines.subList(body, lines.size())).strip();
      if (!text.isEmpty()) {
        out.add(new DatedStory(name.substring(10), date, title, text));
      }
    }
    return out;
  }
}
