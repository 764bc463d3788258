// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.probes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.eval.dataset.DatasetFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProbeFileTest {
  @TempDir Path dir;

  private List<Probe> read(String content) throws Exception {
    Path f = dir.resolve("p.txt");
    Files.writeString(f, content);
    return new ProbeFile().read(f);
  }

  @Test
  void readsCleanAndExpectingProbes() throws Exception {
    List<Probe> probes = read("""
        # a comment
        id: one
        date: none
        text: In 1999, President Bill Clinton spoke.
        expect: clean
        source: https://en.wikipedia.org/wiki/Bill_Clinton

        id: two
        date: 2025-06-01
        text: President Joe Biden spoke.
        expect: time.role "President Joe Biden"
        not-held: "President Joe Biden"
        source: https://en.wikipedia.org/wiki/Joe_Biden
        """);
    assertThat(probes).hasSize(2);
    assertThat(probes.get(0).isClean()).isTrue();
    assertThat(probes.get(0).date()).isEmpty();
    assertThat(probes.get(1).expected()).containsExactly(new Probe.Expected("time.role", "President Joe Biden"));
    assertThat(probes.get(1).date()).hasValueSatisfying(d -> assertThat(d).hasToString("2025-06-01"));
  }

  @Test
  void refusesAProbeWithoutASource() {
    assertThatThrownBy(() -> read("id: x\ndate: none\ntext: Hello.\nexpect: clean\n"))
        .isInstanceOf(DatasetFormatException.class).hasMessageContaining("source");
  }

  @Test
  void refusesAnUnknownKey() {
    assertThatThrownBy(() -> read("id: x\ndate: none\ntext: Hello.\nexpct: clean\nsource: https://a.example\n"))
        .isInstanceOf(DatasetFormatException.class).hasMessageContaining("expct");
  }

  @Test
  void refusesAnExpectationItsTextDoesNotContain() {
    assertThatThrownBy(() -> read("id: x\ndate: none\ntext: Hello.\nexpect: time.role \"President X\"\n"
        + "source: https://a.example\n")).isInstanceOf(DatasetFormatException.class).hasMessageContaining("lacks");
  }

  @Test
  void refusesAProbeThatIsBothCleanAndExpecting() {
    assertThatThrownBy(() -> read("id: x\ndate: none\ntext: President X.\nexpect: clean\n"
        + "expect: time.role \"President X\"\nsource: https://a.example\n"))
        .isInstanceOf(DatasetFormatException.class).hasMessageContaining("either");
  }
}
