// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The database: connection pool, Flyway migrations (one portable set for H2 and PostgreSQL, in
 * SQL, or in Java where SQL would differ between the two) and JDBI.
 */
package org.factdesk.persistence;
