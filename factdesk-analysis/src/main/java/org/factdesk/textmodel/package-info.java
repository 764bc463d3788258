/**
 * Linear text models: a hashed word and character n-gram featurizer with a few handcrafted cue
 * features, and a logistic model over it. Scoring is one featurization and one dot product, so
 * the check-worthiness and hedging scorers cost microseconds per sentence and need no ML
 * library at runtime. The trainers live in {@code factdesk-eval}.
 */
package org.factdesk.textmodel;
