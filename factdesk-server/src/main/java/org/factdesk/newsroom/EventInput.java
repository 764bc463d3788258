// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.newsroom;

import java.util.List;

/**
 * An event as an editor enters it: {@code id} to correct a known event (blank for a new one),
 * its name, when (a day, YYYY-MM, YYYY or FIRST..LAST), kind and other names.
 */
public record EventInput(String id, String name, String when, String kind, List<String> aliases,
    String sourceUrl, String note) {}
