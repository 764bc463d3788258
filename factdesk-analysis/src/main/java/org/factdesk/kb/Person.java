// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb;

import java.util.List;
import java.util.Optional;

/**
 * A person the knowledge base knows. {@code id} is the Wikidata QID when known (e.g. "Q22686"),
 * else a stable source-prefixed id ("bioguide:V000137"). Aliases are the other full names the
 * person goes by ("J.D. Vance", "JD Vance", "James David Vance"); surnames are not aliases.
 */
public record Person(String id, String name, List<String> aliases, Optional<String> wikidata) {
  public Person {
    aliases = List.copyOf(aliases);
    wikidata = wikidata == null ? Optional.empty() : wikidata;
  }
}
