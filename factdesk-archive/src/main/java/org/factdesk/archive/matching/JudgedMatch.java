// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive.matching;

import org.factdesk.archive.ArchiveMatch;
import org.factdesk.archive.equivalence.ClaimComparison;

/**
 * A retrieved fact-check with the equivalence model's judgement of it (score, what agrees,
 * what differs) and its place in time against the article. What the desk shows per claim and
 * records when an editor accepts or rejects a match.
 */
public record JudgedMatch(ArchiveMatch match, ClaimComparison comparison, Timing timing) {}
