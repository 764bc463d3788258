// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.accounts;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.factdesk.errors.TooManyAttemptsException;

/**
 * Limits sign-in attempts per account and per network address, so that guessing passwords is
 * slow whichever of the two an attacker varies. Buckets live in memory: a restart forgives.
 */
final class LoginThrottle {
  /** Past this many tracked keys the maps are cleared rather than growing without bound. */
  private static final int MAX_KEYS = 50_000;

  private final int perAccount;
  private final int perAddress;
  private final Duration window;
  private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();
  private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

  LoginThrottle(int perAccount, int perAddress, Duration window) {
    this.perAccount = perAccount;
    this.perAddress = perAddress;
    this.window = window;
  }

  /** Spends one attempt for both keys, or throws when either has none left. */
  void attempt(String email, String address) {
    Bucket account = bucket(accounts, email.trim().toLowerCase(Locale.ROOT), perAccount);
    Bucket place = bucket(addresses, address, perAddress);
    if (!account.tryConsume(1) | !place.tryConsume(1)) {
      throw new TooManyAttemptsException("Too many sign-in attempts. Wait a few minutes and try again.");
    }
  }

  private Bucket bucket(Map<String, Bucket> map, String key, int capacity) {
    if (map.size() > MAX_KEYS) {
      map.clear();
    }
    return map.computeIfAbsent(key, k -> Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
        .build());
  }
}
