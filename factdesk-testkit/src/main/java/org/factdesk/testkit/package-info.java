/** Test support shared by every module: the {@code ../shared} data, skipped outside CI, required under CI. */
package org.factdesk.testkit;
