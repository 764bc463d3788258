// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

/** Prior fact-checks in the desk on the embedded H2 database. */
final class PriorFactChecksOnH2Test extends PriorFactChecksContract {
  @Override
  TestDatabases database() {
    return TestDatabases.H2;
  }
}
