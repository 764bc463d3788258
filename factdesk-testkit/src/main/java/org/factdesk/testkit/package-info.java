/**
 * Test support shared by every module: the {@code ../shared} data, skipped outside CI, required
 * under CI; and the architecture rules the modules' tests check.
 */
package org.factdesk.testkit;
