// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

/** Commenter identity, verification and bans on PostgreSQL. */
final class CommentIdentityOnPostgresTest extends CommentIdentityContract {
  @Override
  TestDatabases database() {
    return TestDatabases.POSTGRES;
  }
}
