// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.factdesk.archive.FactCheck;
import org.junit.jupiter.api.Test;

class ArticleTimeTest {
  private static FactCheck checkedOn(LocalDate day) {
    return FactCheck.of("c", "A bridge was closed to cyclists.", "False", "Example Checks", "", day);
  }

  @Test
  void aCheckOnOrBeforeTheArticlesDateIsBeforeAndALaterOneIsSince() {
    ArticleTime t = ArticleTime.dated(LocalDate.of(2010, 5, 4));
    assertThat(t.timingOf(checkedOn(LocalDate.of(2010, 5, 4)))).isEqualTo(Timing.BEFORE);
    assertThat(t.timingOf(checkedOn(LocalDate.of(2009, 1, 1)))).isEqualTo(Timing.BEFORE);
    assertThat(t.timingOf(checkedOn(LocalDate.of(2010, 5, 5)))).isEqualTo(Timing.SINCE);
  }

  @Test
  void anUndatedCheckSaysSo() {
    assertThat(ArticleTime.dated(LocalDate.of(2010, 5, 4)).timingOf(checkedOn(null))).isEqualTo(Timing.CHECK_UNDATED);
  }

  @Test
  void anUndatedArticleUsesTheEndOfItsInferredFrame() {
    ArticleTime t = ArticleTime.framed(Optional.of(LocalDate.of(2009, 1, 20)), Optional.of(LocalDate.of(2013, 1, 20)));
    assertThat(t.timingOf(checkedOn(LocalDate.of(2005, 1, 1)))).isEqualTo(Timing.BEFORE);
    assertThat(t.timingOf(checkedOn(LocalDate.of(2013, 1, 19)))).isEqualTo(Timing.BEFORE);
    assertThat(t.timingOf(checkedOn(LocalDate.of(2013, 1, 20)))).isEqualTo(Timing.SINCE);
    assertThat(t.describe()).isEqualTo("undated; its text fits from 2009-01-20 until 2013-01-20");
  }

  @Test
  void anArticleWithNeitherDateNorFrameEndLeavesBeforeUnknown() {
    assertThat(ArticleTime.unknown().timingOf(checkedOn(LocalDate.of(2005, 1, 1)))).isEqualTo(Timing.ARTICLE_UNDATED);
    ArticleTime openEnded = ArticleTime.framed(Optional.of(LocalDate.of(2009, 1, 20)), Optional.empty());
    assertThat(openEnded.timingOf(checkedOn(LocalDate.of(2005, 1, 1)))).isEqualTo(Timing.ARTICLE_UNDATED);
  }
}
