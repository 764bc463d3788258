// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.comments;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factdesk.errors.TooManyAttemptsException;
import org.junit.jupiter.api.Test;

final class CommentThrottleTest {
  @Test
  void an_address_over_its_limit_waits_whoever_it_claims_to_be() {
    CommentThrottle throttle = new CommentThrottle(3, 100);
    for (int i = 0; i < 3; i++) {
      int n = i;
      assertThatCode(() -> throttle.attempt("address-a", "commenter-" + n)).doesNotThrowAnyException();
    }
    assertThatThrownBy(() -> throttle.attempt("address-a", "commenter-new")).isInstanceOf(TooManyAttemptsException.class);
    assertThatCode(() -> throttle.attempt("address-b", "commenter-new")).doesNotThrowAnyException();
  }

  @Test
  void flooding_new_addresses_and_identities_does_not_reset_a_throttled_one() {
    CommentThrottle throttle = new CommentThrottle(3, 3);
    for (int i = 0; i < 3; i++) {
      throttle.attempt("busy-address", "busy-commenter");
    }
    assertThatThrownBy(() -> throttle.attempt("busy-address", "busy-commenter"))
        .isInstanceOf(TooManyAttemptsException.class);
    // More new keys than the caches hold: buckets are evicted, the refusal is not.
    for (int i = 0; i < 150_000; i++) {
      throttle.attempt("junk-address-" + i, "junk-commenter-" + i);
    }
    assertThatThrownBy(() -> throttle.attempt("busy-address", "busy-commenter"))
        .isInstanceOf(TooManyAttemptsException.class);
  }
}
