// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.comments;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jdbi.v3.core.Jdbi;

/**
 * A commenter's identity: a random id the server issues in a cookie, signed with the desk's key
 * ({@code id.signature}). Only the server can make one, so approval and bans follow the browser
 * the server gave the id to, never something a stranger can type (an e-mail address or a name).
 */
public final class ReaderIdentity {
  private final byte[] key;
  private final SecureRandom random = new SecureRandom();

  ReaderIdentity(byte[] key) {
    this.key = key.clone();
  }

  /** The desk's signing key, made on first use and kept in the database. */
  static ReaderIdentity load(Jdbi jdbi, Clock clock) {
    return jdbi.inTransaction(h -> {
      Optional<String> stored = h.createQuery("SELECT secret FROM signing_keys WHERE name = 'reader'")
          .mapTo(String.class).findOne();
      if (stored.isPresent()) {
        return new ReaderIdentity(Base64.getDecoder().decode(stored.get()));
      }
      byte[] fresh = new byte[32];
      new SecureRandom().nextBytes(fresh);
      h.createUpdate("INSERT INTO signing_keys (name, secret, created_at) VALUES ('reader', :s, :now)")
          .bind("s", Base64.getEncoder().encodeToString(fresh)).bind("now", clock.instant()).execute();
      return new ReaderIdentity(fresh);
    });
  }

  /** A new signed cookie value. */
  public String issue() {
    byte[] id = new byte[18];
    random.nextBytes(id);
    String text = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    return text + "." + sign(text);
  }

  /** The id inside a cookie value, when the server signed it. */
  public Optional<String> verify(String cookie) {
    if (cookie == null || cookie.length() > 200 || cookie.indexOf('.') < 0) {
      return Optional.empty();
    }
    String id = cookie.substring(0, cookie.indexOf('.'));
    String signature = cookie.substring(cookie.indexOf('.') + 1);
    return MessageDigest.isEqual(sign(id).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII))
        ? Optional.of(id) : Optional.empty();
  }

  private String sign(String id) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(id.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
