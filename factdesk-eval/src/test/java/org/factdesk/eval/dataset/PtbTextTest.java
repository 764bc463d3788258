// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PtbTextTest {
  @Test
  void restoresBracketsQuotesAndSpacing() {
    assertThat(PtbText.restore("A -LRB- b -RRB- c")).isEqualTo("A (b) c");
    assertThat(PtbText.restore("`` Quoted '' text , here .")).isEqualTo("\"Quoted\" text, here.");
    assertThat(PtbText.restore("Sgt. Pepper 's band does n't stop")).isEqualTo("Sgt. Pepper's band doesn't stop");
    assertThat(PtbText.restore("in ` NB' fonts")).isEqualTo("in 'NB' fonts");
    assertThat(PtbText.restore("-LSB- 1 -RSB- and -LCB- x -RCB-\n")).isEqualTo("[1] and {x}");
  }
}
