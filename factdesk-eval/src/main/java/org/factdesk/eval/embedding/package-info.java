/**
 * The MiniLM experiment: sentence embeddings (all-MiniLM-L6-v2, in-process ONNX) with a linear
 * head, alone and beside the hashed features. Recorded in docs/benchmarks.md; not a bundled
 * model, because it must beat the linear model on dev and fit the latency budget to become one.
 */
package org.factdesk.eval.embedding;
