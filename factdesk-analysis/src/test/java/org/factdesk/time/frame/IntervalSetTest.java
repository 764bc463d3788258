// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.time.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IntervalSetTest {
  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void intersectionOfOverlappingTermsIsTheirCommonPart() {
    IntervalSet biden = IntervalSet.between(d("2021-01-20"), d("2025-01-20"));
    IntervalSet beforeElection = IntervalSet.before(d("2024-11-05"));
    assertThat(biden.intersect(beforeElection).describe()).isEqualTo("from 2021-01-20 until 2024-11-05");
  }

  @Test
  void disjointFramesIntersectToNothing() {
    IntervalSet vance = IntervalSet.onOrAfter(d("2025-01-20"));
    IntervalSet biden = IntervalSet.between(d("2021-01-20"), d("2025-01-20"));
    assertThat(vance.intersect(biden).isEmpty()).isTrue();
    assertThat(vance.overlaps(biden)).isFalse();
  }

  @Test
  void complementAndUnionRoundTrip() {
    IntervalSet terms = IntervalSet.unionOf(java.util.List.of(
        IntervalSet.between(d("2017-01-20"), d("2021-01-20")), IntervalSet.onOrAfter(d("2025-01-20"))));
    IntervalSet former = IntervalSet.onOrAfter(d("2021-01-20")).intersect(terms.complement());
    assertThat(former.describe()).isEqualTo("from 2021-01-20 until 2025-01-20");
    assertThat(former.contains(d("2023-06-01"))).isTrue();
    assertThat(former.contains(d("2025-06-01"))).isFalse();
    assertThat(terms.complement().complement()).isEqualTo(terms);
  }
}
