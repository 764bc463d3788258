// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

/** Prior fact-checks in the desk on PostgreSQL. */
final class PriorFactChecksOnPostgresTest extends PriorFactChecksContract {
  @Override
  TestDatabases database() {
    return TestDatabases.POSTGRES;
  }
}
