// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.persistence;

import java.util.Optional;
import java.util.UUID;

/** Migration 1330 on an embedded H2 database. */
final class EvidenceAsJsonOnH2Test extends EvidenceAsJsonContract {
  private final String url = "jdbc:h2:mem:e" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";

  @Override
  String url() {
    return url;
  }

  @Override
  String user() {
    return "sa";
  }

  @Override
  Optional<String> schema() {
    return Optional.empty();
  }
}
