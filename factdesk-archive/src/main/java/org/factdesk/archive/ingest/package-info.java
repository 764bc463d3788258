/**
 * Readers that turn published fact-check files into {@link org.factdesk.archive.FactCheck}
 * records, one at a time, so that an archive of any size imports in bounded memory:
 * schema.org ClaimReview JSON-LD (in JSON or embedded in HTML) and CheckThat! JSON Lines.
 */
package org.factdesk.archive.ingest;
