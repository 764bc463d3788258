/**
 * Measuring and training the analysis engine on public benchmark data read in its original
 * formats: {@code dataset} reads the files, {@code scoring} turns scores into precision, recall
 * and F1, {@code training} fits the linear text models the engine loads by default.
 */
package org.factdesk.eval;
