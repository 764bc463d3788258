/** Sources a reader cannot follow: unlinked "visit X", "Source:" lines and cited reports. */
package org.factdesk.sources;
