// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb;

import java.util.List;

/**
 * An office: {@code id} (Wikidata QID when known, e.g. "Q11696" for President of the United
 * States), its full name, jurisdiction (ISO 3166 alpha-2 such as "US", "RU", "UA", "GB", "FR",
 * or an organisation code like "UN", "NATO"), and {@code titles}: how the office is written
 * before a name ("President", "Secretary of State", "Senator", "Sen."), without the
 * jurisdiction prefix; the linker adds "U.S." / "Russian" itself.
 */
public record Office(String id, String name, String jurisdiction, List<String> titles) {
  public Office {
    titles = List.copyOf(titles);
  }
}
