// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

/** One structural block of an article: its kind and where it sits in {@link Article#text()}. */
public record Block(BlockKind kind, Span span) {}
