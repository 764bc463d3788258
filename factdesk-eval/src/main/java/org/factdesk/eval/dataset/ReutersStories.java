// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.dataset;

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

/**
 * Reads Reuters-21578 SGML ({@code reut2-NNN.sgm}, ISO-8859-1): every {@code <REUTERS>} with a
 * {@code <DATE>} and a {@code <BODY>}; stories without a body are skipped. Dates carry junk after
 * them in some stories, so only {@code dd-MMM-yyyy} at the start is read. A folder reads its
 * {@code .sgm} files in name order.
 */
public final class ReutersStories {
  private static final Pattern STORY = Pattern.compile("<REUTERS([^>]*)>(.*?)</REUTERS>", Pattern.DOTALL);
  private static final Pattern NEW_ID = Pattern.compile("NEWID=\"(\\d+)\"");
  private static final Pattern DATE = Pattern.compile("<DATE>\\s*(\\d{1,2})-([A-Za-z]{3})-(\\d{4})");
  private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
  private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-MMM-yyyy", Locale.ENGLISH);

  public List<DatedStory> read(Path path) throws IOException {
    List<DatedStory> stories = new ArrayList<>();
    List<Path> files = DatasetFiles.expand(path).stream().filter(f -> f.getFileName().toString().endsWith(".sgm")).toList();
    if (files.isEmpty()) {
      throw new DatasetFormatException(path + ": no Reuters-21578 .sgm files");
    }
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      Matcher story = STORY.matcher(text);
      while (story.find()) {
        Matcher body = BODY.matcher(story.group(2));
        Matcher date = DATE.matcher(story.group(2));
        if (!body.find() || !date.find()) {
          continue;
        }
        Matcher id = NEW_ID.matcher(story.group(1));
        Matcher title = TITLE.matcher(story.group(2));
        stories.add(new DatedStory(id.find() ? id.group(1) : file.getFileName() + "#" + stories.size(),
            parseDate(file, date), title.find() ? unescape(title.group(1)).strip() : "", unescape(body.group(1)).strip()));
      }
    }
    return stories;
  }

  private static LocalDate parseDate(Path file, Matcher date) {
    String month = date.group(2).charAt(0) + date.group(2).substring(1).toLowerCase(Locale.ROOT);
    try {
      return LocalDate.parse(date.group(1) + "-" + month + "-" + date.group(3), DAY);
    } catch (DateTimeParseException e) {
      throw new DatasetFormatException(file + ": unreadable date '" + date.group() + "'");
    }
  }

  /** SGML entities of the collection, and the stray control characters (&#3; ends every body). */
  private static String unescape(String sgml) {
    return sgml.replaceAll("&#\\d+;", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        .replaceAll("\\s*Reuter\\s*$", "");
  }
}
