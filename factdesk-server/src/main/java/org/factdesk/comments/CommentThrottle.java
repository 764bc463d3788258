// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.comments;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.factdesk.errors.TooManyAttemptsException;

/**
 * Per-address and per-commenter limits on posting, with Bucket4j like the sign-in throttle.
 * Buckets live in memory: a restart forgives.
 */
final class CommentThrottle {
  /** Past this many tracked keys the maps are cleared rather than growing without bound. */
  private static final int MAX_KEYS = 50_000;

  private final int perAddress;
  private final int perCommenter;
  private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();
  private final Map<String, Bucket> commenters = new ConcurrentHashMap<>();

  CommentThrottle(int perAddressPerMinute, int perCommenterPerMinute) {
    this.perAddress = perAddressPerMinute;
    this.perCommenter = perCommenterPerMinute;
  }

  void attempt(String addressKey, String commenterKey) {
    boolean place = bucket(addresses, addressKey, perAddress).tryConsume(1);
    boolean person = bucket(commenters, commenterKey, perCommenter).tryConsume(1);
    if (!place || !person) {
      throw new TooManyAttemptsException("You are commenting faster than this site accepts. "
          + "Wait a minute, go back and send your comment again.");
    }
  }

  private static Bucket bucket(Map<String, Bucket> map, String key, int capacity) {
    if (map.size() > MAX_KEYS) {
      map.clear();
    }
    return map.computeIfAbsent(key, k -> Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, Duration.ofMinutes(1)).build())
        .build());
  }
}
