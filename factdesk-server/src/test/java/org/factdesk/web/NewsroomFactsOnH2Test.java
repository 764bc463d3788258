// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

/** Newsroom facts and source links on H2. */
final class NewsroomFactsOnH2Test extends NewsroomFactsContract {
  @Override
  TestDatabases database() {
    return TestDatabases.H2;
  }
}
