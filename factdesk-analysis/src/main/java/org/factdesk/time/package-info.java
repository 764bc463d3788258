// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The detectors that judge an article's dated statements against the knowledge base at the time
 * they speak of: stale or confirmed titles, event dates, mixed time frames and what cannot be
 * known. They read the time frame the engine solved once per article.
 */
package org.factdesk.time;
