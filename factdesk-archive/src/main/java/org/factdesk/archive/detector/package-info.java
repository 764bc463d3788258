/**
 * The {@code claim.matched} detector: puts prior fact-checks from the archive under each
 * check-worthy claim the engine found.
 */
package org.factdesk.archive.detector;
