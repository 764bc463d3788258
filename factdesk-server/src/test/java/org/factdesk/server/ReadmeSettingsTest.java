// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's settings table and {@link DeskConfig#KEYS} name the same settings, both ways. */
final class ReadmeSettingsTest {
  private static final Pattern KEY = Pattern.compile("`([a-z][a-z0-9.-]*)`");

  static Set<String> documented(List<String> readme) {
    Set<String> keys = new TreeSet<>();
    boolean inSection = false;
    for (String line : readme) {
      if (line.startsWith("### ")) {
        inSection = line.equals("### Desk settings");
      } else if (inSection && line.startsWith("| `")) {
        Matcher m = KEY.matcher(line.substring(1, line.indexOf('|', 1)));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
    return keys;
  }

  @Test
  void every_setting_is_documented_and_every_documented_setting_exists() throws IOException {
    Set<String> documented = documented(Files.readAllLines(Path.of("../README.md")));
    assertThat(documented).as("settings in README.md, Desk settings").isNotEmpty();
    assertThat(documented).containsExactlyInAnyOrderElementsOf(DeskConfig.KEYS);
  }

  @Test
  void a_setting_missing_from_the_table_is_noticed() {
    List<String> readme = List.of("### Desk settings", "| key | default | what |", "| `port` | 8080 | HTTP port |",
        "### Next");
    assertThat(documented(readme)).containsExactly("port").isNotEqualTo(new TreeSet<>(DeskConfig.KEYS));
  }
}
