/**
 * Measuring prior fact-check matching: retrieval against CLEF CheckThat! 2022 Task 2A files as
 * published (MAP@1, MAP@k), the same-claim decision on labelled news pairs, and the findings on
 * dated wire news read in their published format.
 */
package org.factdesk.eval.matching;
