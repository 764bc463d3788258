// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.Instant;
import java.time.LocalDate;

/** One saved text of an article: every edit, date change and corrected text is a revision. */
public record RevisionRecord(long articleId, int revision, String title, String text, LocalDate asOf,
    String createdByName, Instant createdAt) {}
