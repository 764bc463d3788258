/**
 * Sources a reader cannot follow: cited documents and other outlets' stories with no link, "read
 * more here" with nothing to click, unlinked "visit X", "Source:" lines ({@code source.unlinked}).
 */
package org.factdesk.citations;
