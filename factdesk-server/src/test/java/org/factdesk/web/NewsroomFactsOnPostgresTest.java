// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

/** Newsroom facts and source links on PostgreSQL (a fresh schema in factdesk_test). */
final class NewsroomFactsOnPostgresTest extends NewsroomFactsContract {
  @Override
  TestDatabases database() {
    return TestDatabases.POSTGRES;
  }
}
