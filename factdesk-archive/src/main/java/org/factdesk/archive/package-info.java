/**
 * The archive of prior fact-checks: records, the on-disk Lucene store and hybrid retrieval
 * ("has this been fact-checked before?").
 */
package org.factdesk.archive;
