// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.newsclaims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factdesk.analysis.ClaimType;
import org.factdesk.eval.dataset.DatasetFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsClaimSetTest {
  @TempDir Path dir;

  @Test
  void readsArticlesTheirSplitsAndLabelledSentences() throws IOException {
    Path file = dir.resolve("set.tsv");
    Files.writeString(file, """
        # comment
        article\tnews/a.txt\tdev
        news/a.txt\t0\t40\tdeadbeef\tstatistic\tlead
        news/a.txt\t41\t90\t01234567\tno\t-
        article\tnews/b.txt\ttest
        """);
    NewsClaimSet set = NewsClaimSet.read(file);
    assertThat(set.articles()).hasSize(2);
    assertThat(set.articles().get(0).sentences().get(0).type()).contains(ClaimType.STATISTIC);
    assertThat(set.articles().get(0).sentences().get(0).lead()).isTrue();
    assertThat(set.articles().get(0).sentences().get(1).claim()).isFalse();
    assertThat(set.articles().get(1).split()).isEqualTo("test");
  }

  @Test
  void unknownLabelsAndOrphanSentencesAreRefusedWithTheLine() throws IOException {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "article\tx\tdev\nx\t0\t5\tab\trumour\t-\n");
    assertThatThrownBy(() -> NewsClaimSet.read(file)).isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining(":2:").hasMessageContaining("rumour");
    Files.writeString(file, "y\t0\t5\tab\tno\t-\n");
    assertThatThrownBy(() -> NewsClaimSet.read(file)).hasMessageContaining("before its 'article' row");
  }

  @Test
  void fingerprintsIgnoreSpacingAndCase() {
    assertThat(NewsClaimSet.fingerprint("Net sales rose 7 percent.")).isEqualTo(NewsClaimSet.fingerprint("net  sales rose 7 PERCENT"));
    assertThat(NewsClaimSet.fingerprint("Net sales rose 7 percent.")).isNotEqualTo(NewsClaimSet.fingerprint("Net sales rose 8 percent."));
  }

  @Test
  void wrappedWireBodiesBecomeOneLinePerParagraph() {
    assertThat(NewsArticles.unwrap("First line of the lead\ncontinues here.\n    Second paragraph\nends.\n"))
        .isEqualTo("First line of the lead continues here.\n\nSecond paragraph ends.");
  }
}
