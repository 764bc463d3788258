// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

/** The public site and comments on PostgreSQL (a fresh schema in factdesk_test). */
final class PublicSiteOnPostgresTest extends PublicSiteContract {
  @Override
  TestDatabases database() {
    return TestDatabases.POSTGRES;
  }
}
