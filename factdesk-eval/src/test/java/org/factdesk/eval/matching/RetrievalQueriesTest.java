// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetrievalQueriesTest {
  @TempDir Path dir;

  @Test
  void queriesAreReadWithOrWithoutHeaderAndQuotedTextsAreUnquoted() throws Exception {
    Path withHeader = Files.writeString(dir.resolve("q1.tsv"),
        "iclaim_id\ticlaim\nq1\t\"She said \"\"no\"\" twice\"\nq2\tplain text\n");
    Path without = Files.writeString(dir.resolve("q2.tsv"), "q1\tfirst\nq3\tunjudged\n");
    Path qrels = Files.writeString(dir.resolve("qrels.tsv"), "q1\t0\tv1\t1\nq2\t0\tv2\t1\n");
    RetrievalQueries a = RetrievalQueries.read(withHeader, qrels);
    assertThat(a.queries()).containsEntry("q1", "She said \"no\" twice").containsEntry("q2", "plain text");
    assertThat(a.judged()).containsExactly("q1", "q2");
    RetrievalQueries b = RetrievalQueries.read(without, qrels);
    assertThat(b.judged()).containsExactly("q1");
  }

  @Test
  void averagePrecisionIsTheCheckThatScorers() {
    assertThat(RetrievalScores.averagePrecision(List.of("a", "b"), Set.of("a"), 5)).isEqualTo(1.0);
    assertThat(RetrievalScores.averagePrecision(List.of("x", "a"), Set.of("a"), 5)).isEqualTo(0.5);
    assertThat(RetrievalScores.averagePrecision(List.of("x", "a"), Set.of("a"), 1)).isEqualTo(0.0);
    assertThat(RetrievalScores.averagePrecision(List.of("a", "x", "b"), Set.of("a", "b"), 5))
        .isCloseTo((1.0 + 2.0 / 3) / 2, within(1e-9));
  }

  @Test
  void theEvaluationAveragesOverJudgedQueriesAndPrintsOneLine() {
    RetrievalQueries data = new RetrievalQueries(Map.of("q1", "one", "q2", "two"),
        Map.of("q1", Set.of("v1"), "q2", Set.of("v2")));
    RetrievalScores s = new RetrievalEvaluation((text, depth) -> text.equals("one") ? List.of("v1") : List.of("x", "v2"))
        .run(data, 5, done -> {});
    assertThat(s.map1()).isEqualTo(0.5);
    assertThat(s.mapK()).isEqualTo(0.75);
    assertThat(s.line()).isEqualTo("retrieval: map@1 0.5000 map@5 0.7500 recall@20 1.0000 n 2");
  }
}
