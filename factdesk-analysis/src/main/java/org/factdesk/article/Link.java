// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

/** A hyperlink: the anchor text's span in {@link Article#text()} and its target. */
public record Link(Span span, String href) {}
