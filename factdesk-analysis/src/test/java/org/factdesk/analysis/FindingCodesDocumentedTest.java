// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/report-format.md lists exactly the finding codes the engine has: none missing, none invented. */
class FindingCodesDocumentedTest {
  private static final Pattern TABLE_ROW_CODE = Pattern.compile("(?m)^\\| `([a-z]+(?:\\.[a-z-]+)?)` \\|");

  @Test
  void theReportFormatDocumentsEveryFindingCodeAndNoOther() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "report-format.md"), StandardCharsets.UTF_8);
    int section = doc.indexOf("## Finding codes");
    assertThat(section).as("docs/report-format.md has a '## Finding codes' section").isNotNegative();
    int next = doc.indexOf("\n## ", section + 3);
    assertThat(documented(doc.substring(section, next < 0 ? doc.length() : next))).isEqualTo(codes());
  }

  @Test
  void aCodeMissingFromTheTableIsNoticed() {
    String table = "## Finding codes\n| code | severity |\n| --- | --- |\n| `time.role` | error |\n";
    assertThat(documented(table)).isNotEqualTo(codes());
  }

  static Set<String> documented(String section) {
    Set<String> found = new TreeSet<>();
    Matcher m = TABLE_ROW_CODE.matcher(section);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  static Set<String> codes() {
    return FindingCodes.all();
  }
}
