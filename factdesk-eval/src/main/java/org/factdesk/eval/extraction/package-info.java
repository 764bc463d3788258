/**
 * Scoring article extraction the way extraction benchmarks do: word 4-shingles of the body a
 * reader produced against a gold body, precision and recall per page, averaged over pages.
 */
package org.factdesk.eval.extraction;
