// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.accounts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.factdesk.errors.TooManyAttemptsException;

/**
 * Slows password guessing without handing strangers a way to lock the owner out.
 *
 * <ul>
 *   <li>Wrong passwords count per account <em>and</em> address: after {@code perAccount} of them,
 *       that address waits before trying that account again, each further failure doubling the
 *       wait (up to {@link #MAX_DELAY}). The owner at another address is not affected.
 *   <li>Wrong passwords also count per address across accounts: past {@code perAddress} in the
 *       window, that address may not try any account until the window has passed.
 *   <li>A successful sign-in does not count, and clears its account-and-address record.
 *   <li>Both records live in bounded caches, so a flood of junk names does not grow memory.
 *       A flood larger than the caches can evict records, so every refusal in force is also
 *       kept in a third cache that only refused keys enter: a flood of fresh junk never
 *       reaches it and cannot lift a refusal.
 * </ul>
 */
final class LoginThrottle {
  static final Duration FIRST_DELAY = Duration.ofSeconds(30);
  static final Duration MAX_DELAY = Duration.ofMinutes(15);
  private static final int MAX_ENTRIES = 100_000;

  private record Failures(int count, Instant blockedUntil) {}

  /** Wrong passwords from one address in the window that began at its first one. */
  private record Window(int count, Instant ends) {}

  private final int perAccount;
  private final int perAddress;
  private final Duration window;
  private final Clock clock;
  private final Cache<String, Failures> pairs;
  private final Cache<String, Window> addresses;
  /** Refusals in force, by pair key or "address\n" + address: until when. */
  private final Cache<String, Instant> refused;

  LoginThrottle(int perAccount, int perAddress, Duration window, Clock clock) {
    this.perAccount = perAccount;
    this.perAddress = perAddress;
    this.window = window;
    this.clock = clock;
    this.pairs = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterAccess(Duration.ofHours(24)).build();
    this.addresses = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterAccess(Duration.ofHours(24)).build();
    this.refused = Caffeine.newBuilder().maximumSize(MAX_ENTRIES)
        .expireAfterWrite(MAX_DELAY.compareTo(window) > 0 ? MAX_DELAY : window).build();
  }

  /** Refuses when this address must wait before trying this account (or any account). */
  void check(String email, String address) {
    Instant now = clock.instant();
    Failures pair = pairs.getIfPresent(pairKey(email, address));
    Window place = addresses.getIfPresent(address);
    Instant until = later(pair == null ? null : pair.blockedUntil(),
        place != null && place.count() >= perAddress ? place.ends() : null);
    until = later(until, later(refused.getIfPresent(pairKey(email, address)), refused.getIfPresent("address\n" + address)));
    if (until != null && until.isAfter(now)) {
      long seconds = Math.max(1, Duration.between(now, until).toSeconds());
      throw new TooManyAttemptsException("Too many wrong passwords from here. Wait " + seconds
          + " seconds and try again, or ask an admin for a reset link.");
    }
  }

  /** Records a wrong password. */
  void failed(String email, String address) {
    Instant now = clock.instant();
    Failures pair = pairs.asMap().compute(pairKey(email, address), (k, f) -> {
      int count = f == null ? 1 : f.count() + 1;
      Instant until = null;
      if (count >= perAccount) {
        long factor = 1L << Math.min(20, count - perAccount);
        Duration delay = FIRST_DELAY.multipliedBy(factor);
        until = now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
      }
      return new Failures(count, until);
    });
    Window place = addresses.asMap().compute(address, (k, w) -> w == null || !w.ends().isAfter(now)
        ? new Window(1, now.plus(window))
        : new Window(w.count() + 1, w.ends()));
    if (pair.blockedUntil() != null) {
      refused.put(pairKey(email, address), pair.blockedUntil());
    }
    if (place.count() >= perAddress) {
      refused.put("address\n" + address, place.ends());
    }
  }

  /** A correct password: this account-and-address record starts over. */
  void succeeded(String email, String address) {
    pairs.invalidate(pairKey(email, address));
    refused.invalidate(pairKey(email, address));
  }

  /** How many account-and-address records are held (tests: proof that the cache is bounded). */
  long trackedPairs() {
    pairs.cleanUp();
    return pairs.estimatedSize();
  }

  private static String pairKey(String email, String address) {
    return email.trim().toLowerCase(Locale.ROOT) + "\n" + address;
  }

  private static Instant later(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
