// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.kb.KnowledgeBaseData;
import org.factdesk.kb.Person;

/**
 * Adds the shorter full names newsrooms write for a person whose source gives a longer one:
 * without single-letter middle initials ("Paul H. O'Neill" is "Paul O'Neill") and without an
 * apostrophe inside a word ("Jun'ichirō Koizumi" is "Junichiro Koizumi"; accents are the
 * linker's business). A variant that another person's name or alias already is, or that two
 * persons would share, is not added: it would make both unlinkable.
 */
final class NameVariants {
  private static final Pattern INITIAL = Pattern.compile("\\s\\p{Lu}\\.(?=\\s)");
  private static final Pattern INNER_APOSTROPHE = Pattern.compile("(?<=\\p{Ll})['’](?=\\p{Ll})");

  private NameVariants() {}

  static KnowledgeBaseData add(KnowledgeBaseData kb) {
    Map<String, Integer> taken = new HashMap<>();
    for (Person p : kb.persons()) {
      Set<String> own = new LinkedHashSet<>(p.aliases());
      own.add(p.name());
      own.forEach(n -> taken.merge(key(n), 1, Integer::sum));
    }
    Map<String, List<String>> proposed = new HashMap<>();
    for (Person p : kb.persons()) {
      for (String v : variants(p)) {
        proposed.computeIfAbsent(key(v), k -> new ArrayList<>()).add(p.id());
      }
    }
    List<Person> out = new ArrayList<>(kb.persons().size());
    for (Person p : kb.persons()) {
      Set<String> aliases = new LinkedHashSet<>(p.aliases());
      for (String v : variants(p)) {
        String k = key(v);
        if (!taken.containsKey(k) && proposed.get(k).stream().distinct().count() == 1) {
          aliases.add(v);
        }
      }
      out.add(aliases.size() == p.aliases().size() ? p : new Person(p.id(), p.name(), List.copyOf(aliases), p.wikidata()));
    }
    return new KnowledgeBaseData(out, kb.offices(), kb.terms(), kb.events());
  }

  private static Set<String> variants(Person p) {
    Set<String> out = new LinkedHashSet<>();
    List<String> forms = new ArrayList<>(p.aliases());
    forms.add(0, p.name());
    for (String f : forms) {
      String noInitials = INITIAL.matcher(f).replaceAll("").replaceAll("\\s+", " ").strip();
      String noApostrophe = INNER_APOSTROPHE.matcher(f).replaceAll("");
      for (String v : List.of(noInitials, noApostrophe, INNER_APOSTROPHE.matcher(noInitials).replaceAll(""))) {
        if (!v.equals(f) && v.contains(" ")) {
          out.add(v);
        }
      }
    }
    return out;
  }

  private static String key(String name) {
    // The linker's normal form: no accents, no periods, lower case, hyphens split words.
    return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .replace("’", "'").replace(".", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s,\\-–—]+", " ").strip();
  }
}
