// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.archive.FactCheck;
import org.junit.jupiter.api.Test;

class CheckThatJsonLinesTest {
  @Test
  void eachLineIsAFactCheckAndBlankOrEmptyRecordsAreSkipped() throws IOException {
    List<FactCheck> checks = ClaimReviewJsonLdTest.readAll("checks.jsonl");
    assertThat(checks).extracting(FactCheck::id).containsExactly("fx-moon-cheese", "fx-penguin-mayor", "fx-bridge-toll");
    FactCheck penguin = checks.get(1);
    assertThat(penguin.title()).isEqualTo("Penguin Elected Mayor?");
    assertThat(penguin.url()).isEqualTo("https://checks.example/penguin-mayor");
    assertThat(penguin.date()).contains(LocalDate.of(2019, 3, 11));
    assertThat(penguin.rating()).isEmpty();
  }

  @Test
  void snopesIdsNameTheirPublisher() throws IOException {
    List<FactCheck> out = new ArrayList<>();
    new CheckThatJsonLines().read(new ByteArrayInputStream(
        "{\"vclaim_id\":\"vclaim-sno-x\",\"vclaim\":\"c\"}".getBytes(StandardCharsets.UTF_8)), "x.jsonl", out::add);
    assertThat(out).singleElement().extracting(FactCheck::publisher).isEqualTo("Snopes");
  }

  @Test
  void aLineThatIsNotJsonIsRefusedWithItsLineNumber() {
    byte[] bad = "{\"vclaim_id\":\"a\",\"vclaim\":\"c\"}\nnot json\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new CheckThatJsonLines().read(new ByteArrayInputStream(bad), "v.jsonl", c -> {}))
        .isInstanceOf(UnreadableFactChecksException.class).hasMessageStartingWith("v.jsonl:2: not a JSON object");
  }
}
