// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class SharedDataTest {
  @Test
  void anyValueOfCiButFalseOrBlankMeansUnderCi() {
    assertThat(SharedData.underCi("true")).isTrue();
    assertThat(SharedData.underCi("1")).isTrue();
    assertThat(SharedData.underCi(null)).isFalse();
    assertThat(SharedData.underCi("")).isFalse();
    assertThat(SharedData.underCi("false")).isFalse();
  }

  @Test
  void missingDataSkipsOutsideCiAndFailsUnderIt() {
    Path absent = Path.of("no-such-shared-folder", "seeds", "x.txt");
    if (SharedData.underCi(System.getenv("CI"))) {
      assertThatThrownBy(() -> SharedData.require(absent)).isInstanceOf(AssertionError.class)
          .hasMessageContaining("CI is set");
    } else {
      assertThatThrownBy(() -> SharedData.require(absent)).isInstanceOf(TestAbortedException.class)
          .hasMessageContaining("skipping");
    }
  }
}
