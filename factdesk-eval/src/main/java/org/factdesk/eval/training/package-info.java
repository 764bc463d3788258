/**
 * Fits the linear text models of {@code org.factdesk.textmodel}: featurize, logistic regression
 * with Adagrad and L2 from a fixed seed, threshold chosen for the best F1 on dev.
 */
package org.factdesk.eval.training;
