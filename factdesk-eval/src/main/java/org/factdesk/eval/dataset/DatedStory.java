// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.dataset;

import java.time.LocalDate;

/** A dated news story: its id in the collection, the date it was filed, its headline and body. */
public record DatedStory(String id, LocalDate date, String title, String body) {}
