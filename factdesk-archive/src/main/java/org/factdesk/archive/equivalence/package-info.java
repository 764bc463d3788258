/**
 * Same claim, or only the same topic? Compares a sentence with a retrieved fact-check on what
 * makes two claims one: who made it, what is said of whom, numbers, negation, years, and the
 * words beyond the names both share; a small logistic model turns that into a score with a
 * threshold calibrated on news, and every comparison says what agrees and what differs.
 */
package org.factdesk.archive.equivalence;
