/**
 * Measuring retrieval against CLEF CheckThat! 2022 Task 2A files as published: queries TSV,
 * qrels, and the archive of verified claims. Prints MAP@1, MAP@k and recall@20.
 */
package org.factdesk.archive.eval;
