// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.audit;

import java.time.Instant;

/**
 * One line of the audit log. {@code actorName} is "system" for actions taken by the server
 * itself or from the command line.
 */
public record AuditEntry(long id, Instant at, Long actorId, String actorName, Long articleId,
    String articleTitle, Long subjectId, String subjectName, String action, String detail) {}
