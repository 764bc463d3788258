// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.kb.Event;
import org.factdesk.kb.KnowledgeBaseData;
import org.factdesk.kb.Office;
import org.factdesk.kb.Term;

/**
 * One office, one id: an office a source knows only by name ("ifg:Prime Minister") becomes the
 * Wikidata office of the same jurisdiction whose name reads the same once the jurisdiction is
 * stripped ("Prime Minister of the United Kingdom", Q14211), so that the two sources' terms meet
 * and can be compared. Names that fit several Wikidata offices stay as they are.
 */
final class OfficeUnifier {
  private OfficeUnifier() {}

  static List<KnowledgeBaseData> unify(List<KnowledgeBaseData> layers) {
    Map<String, java.util.Set<String>> qidsByKey = new HashMap<>();
    Map<String, java.util.Set<String>> holders = new HashMap<>();
    Map<String, String> wikidataNames = new HashMap<>();
    for (KnowledgeBaseData layer : layers) {
      for (Office o : layer.offices()) {
        if (o.id().matches("Q\\d+") && !o.name().equals(o.id())) {
          qidsByKey.computeIfAbsent(key(o), k -> new java.util.LinkedHashSet<>()).add(o.id());
          wikidataNames.putIfAbsent(o.id(), o.name());
        }
      }
      layer.terms().forEach(t -> holders.computeIfAbsent(t.officeId(), k -> new java.util.HashSet<>()).add(t.personId()));
    }
    Map<String, String> remap = new HashMap<>();
    for (KnowledgeBaseData layer : layers) {
      for (Office o : layer.offices()) {
        if (o.id().matches("Q\\d+")) {
          continue;
        }
        // Its name first, then the other ways it is written ("Secretary of State for the Home
        // Department" is the "Home Secretary").
        List<String> keys = new ArrayList<>();
        keys.add(key(o));
        o.titles().forEach(t -> keys.add(o.jurisdiction() + "|" + normal(t)));
        for (String k : keys) {
          java.util.Set<String> candidates = qidsByKey.getOrDefault(k, java.util.Set.of());
          String chosen = candidates.size() == 1 ? candidates.iterator().next()
              : sharingMostHolders(candidates, holders.getOrDefault(o.id(), java.util.Set.of()), holders);
          if (chosen != null) {
            remap.put(o.id(), chosen);
            break;
          }
        }
      }
    }
    List<KnowledgeBaseData> out = new ArrayList<>();
    for (KnowledgeBaseData layer : layers) {
      if (layer.offices().stream().noneMatch(o -> remap.containsKey(o.id()))) {
        out.add(layer);
        continue;
      }
      List<Office> offices = layer.offices().stream().map(o -> remap.containsKey(o.id())
          // The office keeps the name its Wikidata source gives it, whatever this source called it.
          ? new Office(remap.get(o.id()), wikidataNames.getOrDefault(remap.get(o.id()), o.name()), o.jurisdiction(),
              o.titles()) : o).toList();
      List<Term> terms = layer.terms().stream().map(t -> remap.containsKey(t.officeId())
          ? new Term(t.personId(), remap.get(t.officeId()), t.start(), t.end(), t.source(), t.startPrecision(),
              t.endPrecision(), t.alsoIn(), t.disagreements()) : t).toList();
      List<Event> events = layer.events().stream().map(e -> e.officeId().map(remap::containsKey).orElse(false)
          ? new Event(e.id(), e.name(), e.aliases(), e.cues(), e.when(), e.kind(), e.participants(),
              java.util.Optional.of(remap.get(e.officeId().get())), e.source()) : e).toList();
      out.add(new KnowledgeBaseData(layer.persons(), offices, terms, events));
    }
    return out;
  }

  /** Of several offices written alike, the one that shares the most holders (none if no single one does). */
  private static String sharingMostHolders(java.util.Set<String> candidates, java.util.Set<String> own,
      Map<String, java.util.Set<String>> holders) {
    String best = null;
    long bestShared = 0;
    boolean tie = false;
    for (String c : candidates) {
      long shared = holders.getOrDefault(c, java.util.Set.of()).stream().filter(own::contains).count();
      if (shared > bestShared) {
        best = c;
        bestShared = shared;
        tie = false;
      } else if (shared == bestShared && shared > 0) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  /** Jurisdiction and the name as written before a person's name, any country stripped. */
  private static String key(Office o) {
    return o.jurisdiction() + "|" + normal(OfficeTitles.of(o.name(), o.jurisdiction()).get(0));
  }

  private static String normal(String title) {
    return title.toLowerCase(Locale.ROOT).replace("defence", "defense").replaceAll("[^a-z0-9]+", " ").strip();
  }
}
