// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class CommentRulesTest {
  private final CommentRules firstTime = new CommentRules(new CommentSettings(ModerationMode.FIRST_TIME, 1,
      List.of("scam"), List.of("casino"), 5, 3, 3));

  @Test
  void a_known_commenter_with_clean_text_is_approved_and_a_new_one_is_held() {
    assertThat(firstTime.screen("Good reporting.", true).status()).isEqualTo(CommentStatus.APPROVED);
    assertThat(firstTime.screen("Good reporting.", false).reasons()).containsExactly("First comment from this commenter.");
  }

  @Test
  void banned_words_reject_whole_words_only_in_any_case() {
    assertThat(firstTime.screen("What a SCAM.", true).status()).isEqualTo(CommentStatus.REJECTED);
    assertThat(firstTime.screen("The scampi was fine.", true).status()).isEqualTo(CommentStatus.APPROVED);
  }

  @Test
  void suspect_words_and_too_many_links_hold_with_every_reason() {
    Screening s = firstTime.screen("casino at https://a.test and www.b.test", true);
    assertThat(s.status()).isEqualTo(CommentStatus.HELD);
    assertThat(s.reasons()).containsExactly("Contains the suspect word \"casino\".", "Has 2 links; more than 1 are held.");
  }

  @Test
  void mode_all_holds_everything_and_mode_none_holds_nothing_clean() {
    CommentSettings base = CommentSettings.defaults();
    assertThat(new CommentRules(new CommentSettings(ModerationMode.ALL, 2, List.of(), List.of(), 5, 3, 3))
        .screen("hi", true).status()).isEqualTo(CommentStatus.HELD);
    assertThat(new CommentRules(new CommentSettings(ModerationMode.NONE, 2, List.of(), List.of(), 5, 3, 3))
        .screen("hi", false).status()).isEqualTo(CommentStatus.APPROVED);
    assertThat(base.mode()).isEqualTo(ModerationMode.FIRST_TIME);
  }

  @Test
  void only_http_addresses_become_links_and_trailing_punctuation_stays_text() {
    assertThat(Linkifier.pieces("see https://x.test/a. or javascript:alert(1)")).containsExactly(
        new Linkifier.Piece("see ", null), new Linkifier.Piece("https://x.test/a", "https://x.test/a"),
        new Linkifier.Piece(". or javascript:alert(1)", null));
    assertThat(Linkifier.pieces("https://x.test/\"onmouseover=alert(1)")).first()
        .extracting(Linkifier.Piece::href).isEqualTo("https://x.test/");
  }

  @Test
  void posting_too_fast_from_one_address_is_refused() {
    CommentThrottle throttle = new CommentThrottle(2, 100);
    throttle.attempt("addr", "a");
    throttle.attempt("addr", "b");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> throttle.attempt("addr", "c"))
        .hasMessageContaining("faster than this site accepts");
  }
}
