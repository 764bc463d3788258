package org.factdesk.analysis;

/** Extra detail on a {@code claim} finding: its type and check-worthiness score in [0, 1]. */
public record ClaimInfo(ClaimType type, double score) {}
