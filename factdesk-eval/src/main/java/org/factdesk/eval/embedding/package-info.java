/**
 * The embedding experiments: sentence embeddings (all-MiniLM-L6-v2 and its quantized version,
 * in-process ONNX) with a linear head, alone and beside the hashed features, and an export of
 * features, linear scores and embeddings for heads fitted outside the JVM. Recorded in
 * docs/benchmarks.md; not a bundled model, because it must beat the linear model on dev and fit
 * the latency budget to become one.
 */
package org.factdesk.eval.embedding;
