// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire dateline that names a day but no year ("WASHINGTON, May 12 (Reuters) -"). It is not a
 * date on its own, so the engine never analyses as of it; the desk offers it as a suggestion in
 * the year that makes it the latest such day up to today, for a person to confirm.
 */
public final class YearlessDateline {
  private static final Pattern DATELINE = Pattern.compile(
      "(?m)^[A-Z][A-Za-z .'’-]{1,40},\\s+(?:[A-Z][a-z]+,\\s+)?(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
          + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?"
          + "\\s*(?:\\((?:Reuters|AP|AFP|UPI|Bloomberg|dpa)\\))?\\s*[-—–]");
  /** Datelines open an article: look no further than its first lines. */
  private static final int LEAD_CHARACTERS = 1_500;

  /** The day a dateline names, the words it was read from, and the date suggested for it. */
  public record Suggestion(MonthDay day, String words, LocalDate date) {}

  private YearlessDateline() {}

  /** The dateline's day in the latest year that puts it on or before {@code today}. */
  public static Optional<Suggestion> suggest(String text, LocalDate today) {
    Matcher m = DATELINE.matcher(text.substring(0, Math.min(text.length(), LEAD_CHARACTERS)));
    if (!m.find()) {
      return Optional.empty();
    }
    Optional<Month> month = monthOf(m.group(1));
    int day = Integer.parseInt(m.group(2));
    if (month.isEmpty() || day < 1 || day > month.get().maxLength()) {
      return Optional.empty();
    }
    MonthDay md = MonthDay.of(month.get(), day);
    int year = today.getYear();
    while (!md.isValidYear(year) || md.atYear(year).isAfter(today)) {
      year--;
    }
    return Optional.of(new Suggestion(md, m.group().strip(), md.atYear(year)));
  }

  private static Optional<Month> monthOf(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (Month month : Month.values()) {
      if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(w.substring(0, 3))) {
        return Optional.of(month);
      }
    }
    return Optional.empty();
  }
}
