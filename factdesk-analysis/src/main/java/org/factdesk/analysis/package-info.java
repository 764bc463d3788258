/**
 * The analysis engine's core: findings, detectors and the pipeline that runs them over an
 * {@link org.factdesk.analysis.PreparedArticle}.
 */
package org.factdesk.analysis;
