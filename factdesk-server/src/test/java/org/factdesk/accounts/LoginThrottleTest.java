// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.factdesk.errors.TooManyAttemptsException;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final ManualClock clock = new ManualClock();
  private final LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(5), clock);

  private void wrong(String email, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.check(email, address);
      throttle.failed(email, address);
    }
  }

  @Test
  void six_wrong_passwords_from_one_address_slow_that_address_and_not_the_owner_elsewhere() {
    wrong("owner@news.test", "203.0.113.9", 5);
    assertThatThrownBy(() -> throttle.check("owner@news.test", "203.0.113.9"))
        .isInstanceOf(TooManyAttemptsException.class).hasMessageContaining("Wait 30 seconds");
    assertThatCode(() -> throttle.check("owner@news.test", "198.51.100.7")).doesNotThrowAnyException();
  }

  @Test
  void each_further_failure_doubles_the_wait_up_to_a_ceiling() {
    wrong("owner@news.test", "203.0.113.9", 5);
    clock.now = clock.now.plusSeconds(31);
    wrong("owner@news.test", "203.0.113.9", 1);
    assertThatThrownBy(() -> throttle.check("owner@news.test", "203.0.113.9")).hasMessageContaining("Wait 60 seconds");
    for (int i = 0; i < 10; i++) {
      clock.now = clock.now.plus(LoginThrottle.MAX_DELAY).plusSeconds(1);
      wrong("owner@news.test", "203.0.113.9", 1);
    }
    assertThatThrownBy(() -> throttle.check("owner@news.test", "203.0.113.9")).hasMessageContaining("Wait 900 seconds");
  }

  @Test
  void successful_sign_ins_do_not_count() {
    for (int i = 0; i < 50; i++) {
      throttle.check("owner@news.test", "203.0.113.9");
      throttle.succeeded("owner@news.test", "203.0.113.9");
    }
    wrong("owner@news.test", "203.0.113.9", 4);
    throttle.succeeded("owner@news.test", "203.0.113.9");
    wrong("owner@news.test", "203.0.113.9", 4);
    assertThatCode(() -> throttle.check("owner@news.test", "203.0.113.9")).doesNotThrowAnyException();
  }

  @Test
  void flooding_junk_names_neither_resets_an_attack_nor_grows_memory() {
    wrong("owner@news.test", "203.0.113.9", 5);
    // From the attacker's own address the flood is stopped by the per-address limit ...
    assertThatThrownBy(() -> wrong("junk@news.test", "203.0.113.9", 20)).isInstanceOf(TooManyAttemptsException.class);
    // ... and from 50,000 other addresses it does not clear the attacker's record.
    for (int i = 0; i < 50_000; i++) {
      throttle.failed("junk" + i + "@news.test", "10.0." + (i / 250) + "." + (i % 250));
    }
    throttle.check("owner@news.test", "198.51.100.7");
    assertThatThrownBy(() -> throttle.check("owner@news.test", "203.0.113.9")).isInstanceOf(TooManyAttemptsException.class);
    for (int i = 0; i < 120_000; i++) {
      throttle.failed("junk" + i + "@news.test", "192.0.2." + (i % 200));
    }
    assertThat(throttle.trackedPairs()).isLessThanOrEqualTo(100_000);
  }

  @Test
  void a_flood_larger_than_the_caches_does_not_lift_a_refusal_in_force() {
    wrong("owner@news.test", "203.0.113.9", 5);
    for (int i = 0; i < 150_000; i++) {
      throttle.failed("junk" + i + "@news.test", "2001:db8::" + Integer.toHexString(i));
    }
    assertThatThrownBy(() -> throttle.check("owner@news.test", "203.0.113.9")).isInstanceOf(TooManyAttemptsException.class);
    clock.now = clock.now.plus(LoginThrottle.FIRST_DELAY).plusSeconds(1);
    assertThatCode(() -> throttle.check("owner@news.test", "203.0.113.9")).as("the refusal ends on time").doesNotThrowAnyException();
  }

  @Test
  void one_address_trying_many_accounts_is_stopped_for_the_window() {
    for (int i = 0; i < 20; i++) {
      wrong("person" + i + "@news.test", "203.0.113.9", 1);
    }
    assertThatThrownBy(() -> throttle.check("someone@news.test", "203.0.113.9")).isInstanceOf(TooManyAttemptsException.class);
    clock.now = clock.now.plus(Duration.ofMinutes(5)).plusSeconds(1);
    assertThatCode(() -> throttle.check("someone@news.test", "203.0.113.9")).doesNotThrowAnyException();
  }
}
