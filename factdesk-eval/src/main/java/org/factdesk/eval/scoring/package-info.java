/** Scores against gold labels: precision, recall, F1 of the positive class, thresholds, worst misses. */
package org.factdesk.eval.scoring;
