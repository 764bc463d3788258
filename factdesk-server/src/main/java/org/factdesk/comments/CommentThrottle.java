// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.comments;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.factdesk.errors.TooManyAttemptsException;

/**
 * Per-address and per-commenter limits on posting, with Bucket4j like the sign-in throttle.
 * Buckets live in memory (a restart forgives) in bounded Caffeine caches. A flood of new
 * addresses or identities can evict buckets, so whoever runs out of room is also written to a
 * separate list of those waiting out their minute, which only throttled keys enter: flooding
 * with fresh keys never reaches it, so it cannot reset a throttled one.
 */
final class CommentThrottle {
  private static final int MAX_KEYS = 100_000;

  private final int perAddress;
  private final int perCommenter;
  private final Cache<String, Bucket> addresses = cache();
  private final Cache<String, Bucket> commenters = cache();
  private final Cache<String, Boolean> waiting = Caffeine.newBuilder().maximumSize(MAX_KEYS)
      .expireAfterWrite(Duration.ofMinutes(1)).build();

  CommentThrottle(int perAddressPerMinute, int perCommenterPerMinute) {
    this.perAddress = perAddressPerMinute;
    this.perCommenter = perCommenterPerMinute;
  }

  void attempt(String addressKey, String commenterKey) {
    boolean place = allowed(addresses, "address:" + addressKey, addressKey, perAddress);
    boolean person = allowed(commenters, "commenter:" + commenterKey, commenterKey, perCommenter);
    if (!place || !person) {
      throw new TooManyAttemptsException("You are commenting faster than this site accepts. "
          + "Wait a minute, go back and send your comment again.");
    }
  }

  private boolean allowed(Cache<String, Bucket> buckets, String waitingKey, String key, int capacity) {
    if (waiting.getIfPresent(waitingKey) != null) {
      return false;
    }
    if (bucket(buckets, key, capacity).tryConsume(1)) {
      return true;
    }
    waiting.put(waitingKey, Boolean.TRUE);
    return false;
  }

  private static Cache<String, Bucket> cache() {
    // A bucket refills within a minute, so one idle for two has nothing left to remember.
    return Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(Duration.ofMinutes(2)).build();
  }

  private static Bucket bucket(Cache<String, Bucket> cache, String key, int capacity) {
    return cache.get(key, k -> Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, Duration.ofMinutes(1)).build())
        .build());
  }
}
