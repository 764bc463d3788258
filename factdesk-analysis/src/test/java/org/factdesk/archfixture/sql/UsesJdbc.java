// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archfixture.sql;

import java.sql.Connection;

/** Test fixture: analysis code touching SQL, which the rule forbids. */
public final class UsesJdbc {
  public static boolean closed(Connection c) throws java.sql.SQLException {
    return c.isClosed();
  }
}
