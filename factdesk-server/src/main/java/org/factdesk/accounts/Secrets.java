// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random tokens for sessions, CSRF and API access, and the hashes the database keeps of them. */
final class Secrets {
  private final SecureRandom random;

  Secrets(SecureRandom random) {
    this.random = random;
  }

  String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The database stores only this, so a leaked table does not leak live sessions or tokens. */
  static String digest(String token) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
