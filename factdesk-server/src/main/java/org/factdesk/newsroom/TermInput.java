// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.newsroom;

/**
 * A term as an editor enters it. {@code person} and {@code office} are a knowledge-base id or
 * a name; dates are YYYY-MM-DD (or YYYY-MM, YYYY when only that is known); a blank end is an
 * open term. To end a term, {@code start} may be left blank: the open term is found.
 */
public record TermInput(String person, String office, String start, String end, String sourceUrl, String note) {}
