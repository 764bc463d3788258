// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

/** The desk's behaviour on PostgreSQL (a fresh schema in factdesk_test). */
final class EarnedLabelOnPostgresTest extends EarnedLabelContract {
  @Override
  TestDatabases database() {
    return TestDatabases.POSTGRES;
  }
}
