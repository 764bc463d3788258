// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

/** Commenter identity, verification and bans on the embedded H2 database. */
final class CommentIdentityOnH2Test extends CommentIdentityContract {
  @Override
  TestDatabases database() {
    return TestDatabases.H2;
  }
}
