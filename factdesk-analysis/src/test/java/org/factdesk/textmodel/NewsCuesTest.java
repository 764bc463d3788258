// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.textmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NewsCuesTest {
  private static List<String> cues(String sentence) {
    List<String> tokens = HashedTextFeatures.tokenize(sentence);
    return NewsCues.of(tokens, tokens.stream().map(t -> t.toLowerCase(Locale.ROOT)).map(t -> t.matches(".*\\d.*") ? "#0" : t).toList());
  }

  @Test
  void figuresTitledPeopleAndNamedAccusationsAreCues() {
    assertThat(cues("Net sales rose 7 percent to $4.6 billion.")).contains("quantity", "change", "quantity-change");
    assertThat(cues("Prosecutors said Chief Executive John Roe accused the Harbour Bank of fraud."))
        .contains("titled-person", "institution", "accusation", "named-accusation", "attribution");
  }

  @Test
  void colourIsACueOfItsOwn() {
    assertThat(cues("I love it, it was amazing, said a fan.")).contains("colour", "colour-only", "first-person");
  }

  @Test
  void theNewsFamilyIsPartOfTheSpecAndChangesTheVector() {
    FeatureSpec spec = FeatureSpec.parse("bits=16 words=1-2 cues news");
    assertThat(spec.news()).isTrue();
    assertThat(FeatureSpec.parse(spec.toString())).isEqualTo(spec);
    String s = "The ministry accused Acme Corp of fraud worth 3 million dollars.";
    assertThat(new HashedTextFeatures(spec).featurize(s).size())
        .isGreaterThan(new HashedTextFeatures(FeatureSpec.parse("bits=16 words=1-2 cues")).featurize(s).size());
  }
}
