// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.matching;

import java.time.LocalDate;

/**
 * One dated wire story: {@code id} is its file name, {@code text} the headline, a blank line
 * and the body paragraphs separated by blank lines (the text that offsets in a pairs file
 * count in, in UTF-16 chars as Java strings do).
 */
public record WireStory(String id, LocalDate date, String headline, String text) {}
