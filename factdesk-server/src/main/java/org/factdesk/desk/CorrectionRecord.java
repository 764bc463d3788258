// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.Instant;

/** One correction to a published article, numbered in the order they were made. */
public record CorrectionRecord(long id, long articleId, int seq, String whatWasWrong,
    String whatChanged, long createdBy, String createdByName, Instant createdAt) {}
