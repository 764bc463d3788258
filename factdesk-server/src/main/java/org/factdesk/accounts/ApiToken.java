// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.accounts;

import java.time.Instant;

/** A personal API token as listed to its owner; the secret itself is shown once, at creation. */
public record ApiToken(long id, String label, Instant createdAt, Instant revokedAt) {
  public boolean active() {
    return revokedAt == null;
  }
}
