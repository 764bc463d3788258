// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One published fact-check: the claim that was checked, the verdict it got ({@code rating}, e.g.
 * "False"; empty when the source does not say), who published it, when, and where to read it.
 * The {@code id} is stable: adding a record with an id already in the archive replaces it.
 */
public record FactCheck(String id, String claim, String title, String subtitle, String url,
    String publisher, String author, Optional<LocalDate> date, String rating) {
  public FactCheck {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a fact-check needs an id");
    }
    claim = orEmpty(claim);
    title = orEmpty(title);
    subtitle = orEmpty(subtitle);
    url = orEmpty(url);
    publisher = orEmpty(publisher);
    author = orEmpty(author);
    rating = orEmpty(rating);
    date = date == null ? Optional.empty() : date;
    if (claim.isBlank() && title.isBlank()) {
      throw new IllegalArgumentException("fact-check '" + id + "' has neither a claim nor a title");
    }
  }

  /** The newsroom's own verdicts and simple callers: no subtitle, no author. */
  public static FactCheck of(String id, String claim, String rating, String publisher, String url,
      LocalDate date) {
    return new FactCheck(id, claim, "", "", url, publisher, "", Optional.ofNullable(date), rating);
  }

  /** The words a reader would recognise it by: the claim, else the title. */
  public String headline() {
    return claim.isBlank() ? title : claim;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s.strip();
  }
}
