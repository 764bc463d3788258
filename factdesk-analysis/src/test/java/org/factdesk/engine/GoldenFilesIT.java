// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.article.ArticleReaders;
import org.factdesk.report.Reports;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: each example article (our own texts, in src/test/resources/golden and
 * examples/articles) has its JSON report in golden/expected. Run with -Dgolden.update=true to
 * rewrite them, then review the diff like code.
 */
class GoldenFilesIT {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Path EXAMPLES = Path.of("../examples/articles");

  @TestFactory
  Stream<DynamicTest> reportsMatchTheirGoldenFiles() throws IOException {
    boolean update = Boolean.parseBoolean(System.getProperty("golden.update", "false"));
    List<Path> inputs = new ArrayList<>();
    for (Path dir : List.of(GOLDEN, EXAMPLES)) {
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(p -> p.toString().matches(".*\\.(md|txt|html)$")).sorted().forEach(inputs::add);
      }
    }
    assertThat(inputs).isNotEmpty();
    return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
      String actual = Reports.json(
          SharedAnalyzer.get().analyze(new ArticleReaders().read(input), AnalysisContext.undated()));
      Path expected = GOLDEN.resolve("expected").resolve(input.getFileName() + ".expected.json");
      if (!update) {
        assertThat(expected).as("golden file for %s is missing: run with -Dgolden.update=true and review it", input)
            .exists();
      } else {
        Files.createDirectories(expected.getParent());
        Files.writeString(expected, actual, StandardCharsets.UTF_8);
      }
      assertThat(actual).as("report of %s (rewrite with -Dgolden.update=true and review the diff)", input)
          .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }));
  }
}
