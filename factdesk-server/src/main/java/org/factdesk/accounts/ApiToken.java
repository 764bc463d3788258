// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.accounts;

import java.time.Instant;

/** A personal API token as listed to its owner; the secret itself is shown once, at creation. */
public record ApiToken(long id, String label, Instant createdAt, Instant revokedAt, Instant expiresAt) {
  /** Not revoked (expiry is checked when the token is used, and shown beside it). */
  public boolean active() {
    return revokedAt == null;
  }
}
