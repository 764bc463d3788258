// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

/** The desk's behaviour on the embedded H2 database. */
final class EarnedLabelOnH2Test extends EarnedLabelContract {
  @Override
  TestDatabases database() {
    return TestDatabases.H2;
  }
}
