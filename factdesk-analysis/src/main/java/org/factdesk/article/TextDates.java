// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's date in the lines a reader sees near its top: a byline with a date
 * ("By Ann Lee | 12 May 2025"), a publication line ("Published 3 June 2025", "Updated: June 3,
 * 2025"), or a wire dateline ("WASHINGTON, May 12, 2025 (Reuters) -"). A dateline without a year
 * ("WASHINGTON, May 12 (Reuters) -") names no day on its own and is not used.
 */
final class TextDates {
  private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
      + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String DATE = "(\\d{1,2}\\s+" + MONTH + ",?\\s+\\d{4}|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
      + "|\\d{4}-\\d{2}-\\d{2})";
  private static final Pattern PUBLISHED = Pattern.compile(
      "(?i)^(?:first\\s+)?(?:published|posted|updated|last\\s+updated|date)(?:\\s+on)?\\s*:?\\s*(?:\\w+day,?\\s+)?" + DATE);
  private static final Pattern BYLINE_DATE = Pattern.compile(
      "(?i)^by\\s+[^|•·\\n]{2,80}?\\s*(?:[|•·,—–-]|\\bon\\b)\\s*(?:published\\s+|updated\\s+)?(?:\\w+day,?\\s+)?" + DATE);
  private static final Pattern DATELINE = Pattern.compile(
      "^[A-Z][A-Za-z .'’-]{1,40},\\s+(?:[A-Z][a-z]+,\\s+)?" + DATE + "\\s*(?:\\((?:Reuters|AP|AFP|UPI|Bloomberg|dpa)\\))?\\s*[-—–]");

  /** A date and where it was found. */
  record Found(LocalDate date, String source) {}

  private TextDates() {}

  /** The first dated byline, publication line or dateline among the first blocks. */
  static Optional<Found> find(List<String> firstBlocks) {
    int n = Math.min(firstBlocks.size(), 12);
    for (int i = 0; i < n; i++) {
      String s = firstBlocks.get(i).strip();
      Optional<Found> f = match(PUBLISHED, s, "publication line in the text")
          .or(() -> match(BYLINE_DATE, s, "byline in the text"))
          .or(() -> match(DATELINE, s, "dateline in the text"));
      if (f.isPresent()) {
        return f;
      }
    }
    return Optional.empty();
  }

  private static Optional<Found> match(Pattern p, String s, String source) {
    Matcher m = p.matcher(s);
    if (!m.find()) {
      return Optional.empty();
    }
    String raw = m.group(1).replaceAll("(?<=\\d)(st|nd|rd|th)", "").replace(".", "").replaceAll("\\s+", " ");
    return DateParsing.parseLenient(raw).map(d -> new Found(d, source));
  }
}
