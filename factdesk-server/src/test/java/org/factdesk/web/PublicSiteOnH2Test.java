// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

/** The public site and comments on the embedded H2 database. */
final class PublicSiteOnH2Test extends PublicSiteContract {
  @Override
  TestDatabases database() {
    return TestDatabases.H2;
  }
}
