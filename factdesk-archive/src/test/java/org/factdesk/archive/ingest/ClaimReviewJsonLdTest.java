// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.factdesk.archive.FactCheck;
import org.factdesk.article.DateParsing;
import org.junit.jupiter.api.Test;

class ClaimReviewJsonLdTest {
  static Path fixture(String name) {
    try {
      return Path.of(ClaimReviewJsonLdTest.class.getResource("/archive/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<FactCheck> readAll(String name) throws IOException {
    List<FactCheck> out = new ArrayList<>();
    FactCheckFiles.read(fixture(name), out::add);
    return out;
  }

  static List<FactCheck> readJson(String json) throws IOException {
    List<FactCheck> out = new ArrayList<>();
    ClaimReviewJsonLd.json().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json", out::add);
    return out;
  }

  @Test
  void anArrayOfReviewsGivesOneRecordEachWithRatingPublisherAndDate() throws IOException {
    List<FactCheck> checks = readAll("review-array.json");
    assertThat(checks).hasSize(2);
    FactCheck first = checks.get(0);
    assertThat(first.id()).isEqualTo("https://checks.example/reviews/volcano-wifi");
    assertThat(first.rating()).isEqualTo("False");
    assertThat(first.publisher()).isEqualTo("Example Checks");
    assertThat(first.date()).contains(LocalDate.of(2024, 2, 1));
  }

  @Test
  void aReviewWithoutUrlOrWordsGetsAHashIdAndANumericRating() throws IOException {
    FactCheck second = readAll("review-array.json").get(1);
    assertThat(second.id()).startsWith("claimreview-");
    assertThat(second.rating()).isEqualTo("2/5");
    assertThat(second.publisher()).isEqualTo("Other Checks");
    assertThat(second.date()).contains(LocalDate.of(2023, 7, 14));
  }

  @Test
  void aReviewNestedInAGraphIsFound() throws IOException {
    List<FactCheck> checks = readAll("review-graph.jsonld");
    assertThat(checks).singleElement().satisfies(c -> {
      assertThat(c.id()).isEqualTo("https://checks.example/#review-7");
      assertThat(c.claim()).isEqualTo("Owls can see through walls.");
      assertThat(c.rating()).isEqualTo("Pants on Fire");
      assertThat(c.date()).contains(LocalDate.of(2022, 3, 3));
    });
  }

  @Test
  void anHtmlPageYieldsItsReviewEvenBesideABrokenScriptBlock() throws IOException {
    List<FactCheck> checks = readAll("review-page.html");
    assertThat(checks).singleElement().satisfies(c -> {
      assertThat(c.claim()).isEqualTo("The government taxes rainwater collected in garden barrels.");
      assertThat(c.title()).isEqualTo("No, there is no tax on rain barrels");
      assertThat(c.publisher()).isEqualTo("Example Checks");
      assertThat(c.rating()).isEqualTo("Mostly False");
    });
  }

  @Test
  void aSingleObjectIsOneReview() throws IOException {
    assertThat(readJson("{\"@type\":\"schema:ClaimReview\",\"url\":\"u\",\"claimReviewed\":\"c\"}"))
        .extracting(FactCheck::id).containsExactly("u");
  }

  @Test
  void objectsThatAreNotClaimReviewsAreIgnored() throws IOException {
    assertThat(readJson("{\"@type\":\"Article\",\"name\":\"x\"}")).isEmpty();
    assertThat(readJson("[]")).isEmpty();
    assertThat(readJson("")).isEmpty();
  }

  @Test
  void textThatIsNotJsonIsRefusedNamingTheFile() {
    assertThatThrownBy(() -> readJson("{\"@type\": "))
        .isInstanceOf(UnreadableFactChecksException.class).hasMessageStartingWith("test.json: not valid JSON");
    assertThatThrownBy(() -> readJson("42"))
        .isInstanceOf(UnreadableFactChecksException.class).hasMessageContaining("not JSON-LD");
  }

  @Test
  void anUnknownFileNameIsRefusedNamingTheKnownForms() {
    assertThatThrownBy(() -> FactCheckFiles.readerFor(Path.of("checks.csv")))
        .isInstanceOf(UnreadableFactChecksException.class).hasMessageContaining(".jsonl");
  }

  @Test
  void randomBytesNeverThrowAnythingButUnreadable() {
    Random random = new Random(42);
    List<FactCheckReader> readers = List.of(ClaimReviewJsonLd.json(), ClaimReviewJsonLd.html(), new CheckThatJsonLines());
    for (int i = 0; i < 300; i++) {
      byte[] bytes = new byte[random.nextInt(200)];
      random.nextBytes(bytes);
      if (i % 3 == 0) {
        bytes = ("{\"@type\":\"ClaimReview\",\"claimReviewed\":" + new String(bytes, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.UTF_8);
      }
      for (FactCheckReader reader : readers) {
        byte[] input = bytes;
        try {
          reader.read(new ByteArrayInputStream(input), "random", c -> assertThat(c.id()).isNotBlank());
        } catch (UnreadableFactChecksException expected) {
          // fine: a clear one-line refusal
        } catch (IOException e) {
          throw new AssertionError(e);
        }
      }
    }
  }

  @Test
  void datesInThePublishersFormsAreRead() {
    assertThat(DateParsing.parseLenient("6 March 2021")).contains(LocalDate.of(2021, 3, 6));
    assertThat(DateParsing.parseLenient("March 6, 2021")).contains(LocalDate.of(2021, 3, 6));
    assertThat(DateParsing.parseLenient("2021-03-06")).contains(LocalDate.of(2021, 3, 6));
    assertThat(DateParsing.parseLenient("2021-03-06T23:10:00Z")).contains(LocalDate.of(2021, 3, 6));
    assertThat(DateParsing.parseLenient("2021-03-06 23:10")).contains(LocalDate.of(2021, 3, 6));
    assertThat(DateParsing.parseLenient("sometime")).isEqualTo(Optional.empty());
    assertThat(DateParsing.parseLenient("2021-13-45")).isEqualTo(Optional.empty());
    assertThat(DateParsing.parseLenient("30 February 2021")).isEqualTo(Optional.empty());
  }
}
