// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

final class PasswordHasherTest {
  private final PasswordHasher hasher = new PasswordHasher(new SecureRandom());

  @Test
  void hashes_are_argon2id_with_at_least_19_mib_and_2_iterations_and_verify_only_the_right_password() {
    String stored = hasher.hash("correct horse battery");
    assertThat(stored).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(hasher.verify("correct horse battery", stored)).isTrue();
    assertThat(hasher.verify("correct horse batterY", stored)).isFalse();
    assertThat(hasher.hash("correct horse battery")).as("salted").isNotEqualTo(stored);
  }

  @Test
  void a_malformed_stored_hash_never_verifies() {
    assertThat(hasher.verify("x", "not a hash")).isFalse();
    assertThat(hasher.verify("x", "$argon2id$v=19$q=1$AAAA$AAAA")).isFalse();
  }
}
