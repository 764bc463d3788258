// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The attribution and citation rules are mostly case-insensitive, and under {@code (?i)} Java's
 * {@code \p{Lu}} matches any letter. So every capital in their sources is written
 * {@code (?-i:\p{Lu})} (or sits in a character class), and this test keeps it so.
 */
class CapitalLettersInRulesTest {
  private static final Pattern BARE_CAPITAL = Pattern.compile("(?<!\\(\\?-i:)(?<!\\[)\\\\\\\\p\\{Lu\\}");
  private static final List<Path> RULE_SOURCES = List.of(
      Path.of("src/main/java/org/factdesk/attribution/UnnamedAuthorityDetector.java"),
      Path.of("src/main/java/org/factdesk/attribution/UnnamedPeople.java"),
      Path.of("src/main/java/org/factdesk/attribution/OpenGroups.java"),
      Path.of("src/main/java/org/factdesk/citations/UnlinkedSourceDetector.java"),
      Path.of("src/main/java/org/factdesk/citations/NewsOutlets.java"));

  static List<String> bareCapitals(String source) {
    List<String> lines = new ArrayList<>();
    String[] all = source.split("\n");
    for (int i = 0; i < all.length; i++) {
      Matcher m = BARE_CAPITAL.matcher(all[i]);
      if (!all[i].strip().startsWith("*") && m.find()) {
        lines.add((i + 1) + ": " + all[i].strip());
      }
    }
    return lines;
  }

  @Test
  void everyCapitalInTheRulesIsCaseSensitive() throws Exception {
    for (Path p : RULE_SOURCES) {
      assertThat(bareCapitals(Files.readString(p))).as(p.toString()).isEmpty();
    }
  }

  @Test
  void aBareCapitalIsCaught() {
    assertThat(bareCapitals("  Pattern.compile(\"(?i)by\\\\s+\\\\p{Lu}\");")).hasSize(1);
    assertThat(bareCapitals("  Pattern.compile(\"(?i)by\\\\s+(?-i:\\\\p{Lu})[\\\\p{Lu}-]*\");")).isEmpty();
  }
}
