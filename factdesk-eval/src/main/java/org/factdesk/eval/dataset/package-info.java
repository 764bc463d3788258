/**
 * Readers for the labelled-sentence benchmarks (CheckThat! 2024 and 2019, ClaimBuster,
 * CoNLL-2010 Wikipedia weasels), each in its original format, detected by content.
 */
package org.factdesk.eval.dataset;
