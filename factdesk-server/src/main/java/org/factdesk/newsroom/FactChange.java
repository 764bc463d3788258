// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.newsroom;

import java.time.Instant;

/** One audited change to a newsroom fact: who, when, what it said before and after, and on what source. */
public record FactChange(long id, long factId, Instant at, String actorName, String action, String before,
    String after, String sourceUrl) {}
