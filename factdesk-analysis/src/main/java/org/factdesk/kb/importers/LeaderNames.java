// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.kb.FactSource;
import org.factdesk.kb.KnowledgeBaseData;
import org.factdesk.kb.Office;
import org.factdesk.kb.Person;
import org.factdesk.kb.Term;
import org.factdesk.kb.importers.EffectiveLeadersImporter.ArchigosSpell;
import org.factdesk.kb.importers.ParlGovCabinets.Spell;

/**
 * Gives the surname-only leader sources (ParlGov cabinets, Archigos spells) their persons and
 * offices from the named sources, without a hand-kept table: a spell whose surname and days
 * meet exactly one named holder of a head-of-government (or, for Archigos, head-of-state) office
 * is that holder in that office. Each country's ParlGov cabinets then say which office is its
 * head of government (the office most of its matched cabinets went to), and each Archigos
 * country code which office its effective leaders held; spells left over go to that office,
 * under the full name Archigos' DBpedia link gives. A spell with no full name anywhere is left
 * out: a surname alone would link every "Johnson" in an article to one man.
 */
final class LeaderNames {
  static final Pattern HEAD_OF_GOVERNMENT = Pattern.compile(
      "(?i)\\b(prime minister|chancellor|premier|taoiseach|president of the government|head of government"
          + "|president of the council of ministers)\\b");
  static final Pattern HEAD_OF_STATE = Pattern.compile(
      "(?i)^(president|king|queen|monarch|emir|sultan|supreme leader|emperor|grand duke|head of state|chairman)\\b");
  private static final Pattern NOT_HEAD = Pattern.compile(
      "(?i)\\b(deputy|vice|exchequer|lord chancellor|duchy|first deputy|acting|federal council|bundesrat|senate"
          + "|parliament|assembly|court|bank|university|party|province|state of|region|regional|junta|xunta"
          + "|generalitat|autonomous|canton|land )\\b");
  /** Archigos' effective-leader office must get at least this share of a country's matched spells. */
  private static final double MAJORITY = 0.6;

  private record Holding(String personId, String officeId) {}

  private final Map<String, List<Term>> anchorsBySurname = new HashMap<>();
  private final Map<String, Office> offices = new HashMap<>();
  private final Map<String, Person> persons = new HashMap<>();
  /** Per country, the named head-of-state office with the most terms ("President of the French Republic"). */
  private final Map<String, String> headOfState = new HashMap<>();

  LeaderNames(KnowledgeBaseData named) {
    named.offices().forEach(o -> offices.put(o.id(), o));
    named.persons().forEach(p -> persons.put(p.id(), p));
    for (Term t : named.terms()) {
      Office o = offices.get(t.officeId());
      Person p = persons.get(t.personId());
      if (o != null && p != null && isLeaderOffice(o)) {
        anchorsBySurname.computeIfAbsent(ParlGovCabinets.key(p.name()), k -> new ArrayList<>()).add(t);
      }
    }
    Map<String, Integer> stateTerms = new java.util.TreeMap<>();
    for (Term t : named.terms()) {
      Office o = offices.get(t.officeId());
      // Only a plain "President": in the democracies ParlGov covers, an effective leader who did
      // not head the government was its president, never its monarch or a chamber's president.
      if (o != null && !o.jurisdiction().isEmpty() && !isHeadOfGovernment(o)
          && OfficeTitles.of(o.name(), o.jurisdiction()).get(0).equals("President")) {
        stateTerms.merge(o.id(), 1, Integer::sum);
      }
    }
    stateTerms.forEach((id, n) -> headOfState.merge(offices.get(id).jurisdiction(), id,
        (a, b) -> stateTerms.get(a) >= stateTerms.get(b) ? a : b));
  }

  static boolean isLeaderOffice(Office o) {
    return !NOT_HEAD.matcher(o.name()).find()
        && (HEAD_OF_GOVERNMENT.matcher(o.name()).find() || HEAD_OF_STATE.matcher(o.name()).find());
  }

  private static boolean isHeadOfGovernment(Office o) {
    return !NOT_HEAD.matcher(o.name()).find() && HEAD_OF_GOVERNMENT.matcher(o.name()).find();
  }

  /** ParlGov and Archigos as terms of named persons in real offices. */
  KnowledgeBaseData resolve(List<Spell> cabinets, FactSource parlgov, List<ArchigosSpell> archigos,
      FactSource archigosSource, LocalDate archigosSince) {
    Map<String, Person> newPersons = new LinkedHashMap<>();
    List<Term> terms = new ArrayList<>();
    // 1. Cabinets that meet one named head of government.
    Map<String, Map<String, Integer>> countryVotes = new HashMap<>();
    List<Spell> unmatched = new ArrayList<>();
    for (Spell c : cabinets) {
      Set<Holding> found = matches(c.surname(), c.start(), c.end(), o -> o.jurisdiction().equals(c.country())
          && isHeadOfGovernment(o));
      if (found.size() == 1) {
        Holding h = found.iterator().next();
        terms.add(new Term(h.personId(), h.officeId(), c.start(), c.end(), parlgov));
        countryVotes.computeIfAbsent(c.country(), k -> new HashMap<>()).merge(h.officeId(), 1, Integer::sum);
      } else {
        unmatched.add(c);
      }
    }
    Map<String, String> headOfGovernment = new HashMap<>();
    countryVotes.forEach((country, votes) -> headOfGovernment.put(country, majority(votes, 0)));
    // 2. Archigos spells that meet one named leader (of any country, or a cabinet just matched).
    Map<String, Map<String, Integer>> archigosVotes = new HashMap<>();
    Map<String, String> archigosPerson = new HashMap<>();
    List<ArchigosSpell> archigosLeft = new ArrayList<>();
    for (ArchigosSpell a : archigos) {
      if (a.end().isPresent() && a.end().get().isBefore(archigosSince)) {
        continue;
      }
      Set<Holding> found = matches(a.surname(), a.start(), a.end(), o -> true);
      if (found.size() == 1) {
        Holding h = found.iterator().next();
        archigosPerson.put(a.leadid(), h.personId());
        archigosVotes.computeIfAbsent(a.country(), k -> new HashMap<>()).merge(h.officeId(), 1, Integer::sum);
      } else {
        archigosLeft.add(a);
      }
    }
    // 3. Cabinets left over: the Archigos leader of that surname and time, in the country's office,
    // from the Archigos country that is this ParlGov country (Siad Barre of Somalia is not France's
    // Raymond Barre).
    Map<String, String> parlgovCountry = parlgovCountries(cabinets, archigos);
    Map<String, String> namesByLeader = new HashMap<>();
    for (Spell c : unmatched) {
      String office = headOfGovernment.get(c.country());
      if (office == null) {
        continue;
      }
      List<ArchigosSpell> same = archigos.stream().filter(a -> c.country().equals(parlgovCountry.get(a.country()))
          && sameSurname(c.surname(), a.surname()) && overlaps(c.start(), c.end(), a.start(), a.end())).toList();
      Set<String> leaders = new LinkedHashSet<>();
      same.forEach(a -> leaders.add(a.leadid()));
      if (leaders.size() != 1) {
        continue;
      }
      ArchigosSpell a = same.get(0);
      String personId = archigosPerson.get(a.leadid());
      if (personId == null) {
        // Archigos gives no DBpedia link for some (Felipe González): the cabinet's Wikipedia
        // article may name the person ("First government of Felipe González").
        Optional<String> name = a.fullName().or(() -> Optional.ofNullable(namesByLeader.get(a.leadid())))
            .or(() -> wikipediaName(c));
        if (name.isEmpty()) {
          continue;
        }
        namesByLeader.putIfAbsent(a.leadid(), name.get());
        personId = a.personId();
        newPersons.putIfAbsent(personId, new Person(personId, name.get(), List.of(), Optional.empty()));
      }
      terms.add(new Term(personId, office, c.start(), c.end(), parlgov));
      archigosVotes.computeIfAbsent(a.country(), k -> new HashMap<>()).merge(office, 1, Integer::sum);
    }
    // 4. Archigos spells left over: the office most of their country's matched spells held.
    Map<String, String> effectiveOffice = new HashMap<>();
    archigosVotes.forEach((country, votes) -> {
      String office = majority(votes, MAJORITY);
      if (office != null) {
        effectiveOffice.put(country, office);
      }
    });
    Map<String, List<Spell>> cabinetsByCountry = new HashMap<>();
    cabinets.forEach(c -> cabinetsByCountry.computeIfAbsent(c.country(), k -> new ArrayList<>()).add(c));
    for (ArchigosSpell a : archigosLeft) {
      String office = effectiveOffice.get(a.country());
      if (office != null) {
        office = agreeingWithCabinets(a, office, cabinetsByCountry, headOfGovernment, archigosSource.asOf());
      }
      Optional<String> name = a.fullName().or(() -> Optional.ofNullable(namesByLeader.get(a.leadid())));
      if (office == null || name.isEmpty()) {
        continue;
      }
      newPersons.putIfAbsent(a.personId(), new Person(a.personId(), name.get(), List.of(), Optional.empty()));
      terms.add(new Term(a.personId(), office, a.start(), Dates.factualEnd(a.end(), archigosSource.asOf()),
          archigosSource));
    }
    List<Office> usedOffices = terms.stream().map(Term::officeId).distinct().map(offices::get).toList();
    return new KnowledgeBaseData(List.copyOf(newPersons.values()), usedOffices, terms, List.of());
  }

  /**
   * The country's effective-leader office is one office for all its years, but who led changed
   * (France's leaders were prime ministers until 1959, presidents after). Where ParlGov has the
   * country's cabinets, they say whether this leader headed the government during the spell: if
   * they name someone else, the leader goes to the head-of-state office instead (none: left out);
   * if they name this leader, to the head-of-government office.
   */
  private String agreeingWithCabinets(ArchigosSpell a, String officeId, Map<String, List<Spell>> cabinets,
      Map<String, String> headOfGovernment, Optional<LocalDate> dataAsOf) {
    Office o = offices.get(officeId);
    // A spell still open in the data ends, for this count, when the data does.
    Optional<LocalDate> end = a.end().or(() -> dataAsOf);
    if (o == null) {
      return officeId;
    }
    long own = 0;
    long others = 0;
    for (Spell c : cabinets.getOrDefault(o.jurisdiction(), List.of())) {
      long days = sharedDays(a.start(), end, c.start(), c.end());
      if (similarSurname(a, c.surname())) {
        own += days;
      } else {
        others += days;
      }
    }
    if (own + others == 0) {
      return officeId;
    }
    boolean ledGovernment = own >= others;
    if (ledGovernment == isHeadOfGovernment(o)) {
      return officeId;
    }
    if (ledGovernment) {
      return headOfGovernment.get(o.jurisdiction());
    }
    // An acting leader for a few weeks while the cabinets name another head of government is more
    // often an acting prime minister than a head of state: left out rather than guessed.
    boolean long1Year = end.map(e -> e.isAfter(a.start().plusYears(1))).orElse(true);
    return long1Year ? headOfState.get(o.jurisdiction()) : null;
  }

  private static final Pattern GOVERNMENT_OF = Pattern.compile("(?i)^(?:(?:\\S+ )?government of|bundesregierung"
      + "|gouvernement|regeringen|regjeringa|regjeringen|regering|regjering|kabinet|kabinett|governo|gobierno|vlada"
      + "|vl\u00e1da|rz\u0105d|hallitus) (.+)$");
  private static final Pattern NOT_A_PERSON = Pattern.compile(
      "(?i)\\b(ministry|cabinet|government|governo|kabinett|list|canadian|of|prime|minister|legislature|formation)\\b");

  /**
   * The head of government's full name from the cabinet's Wikipedia link, when the article is the
   * person's ("Masayoshi Ohira") or the government's named after the person ("Third government of
   * Felipe González"), and the name ends in the cabinet's surname.
   */
  static Optional<String> wikipediaName(Spell c) {
    String w = c.wikipedia();
    if (w == null || !w.contains("/wiki/")) {
      return Optional.empty();
    }
    String title = java.net.URLDecoder.decode(w.substring(w.lastIndexOf("/wiki/") + 6).replace("+", "%2B"),
        java.nio.charset.StandardCharsets.UTF_8).replace('_', ' ');
    title = title.replaceAll("#.*$", "").replaceAll("\\s*\\(.*\\)", "").strip();
    java.util.regex.Matcher g = GOVERNMENT_OF.matcher(title);
    String name = g.matches() ? g.group(1).strip() : title;
    String[] words = name.split("\\s+");
    if (words.length < 2 || words.length > 5 || NOT_A_PERSON.matcher(name).find()
        || !name.chars().allMatch(ch -> Character.isLetter(ch) || ch == ' ' || ch == '-' || ch == '.' || ch == '\'')
        || !sameSurname(words[words.length - 1], c.surname())) {
      return Optional.empty();
    }
    return Optional.of(name);
  }

  /** Archigos country code (COW letters, "FRN") to the ParlGov country (ISO, "FR") whose cabinets its spells meet most. */
  private static Map<String, String> parlgovCountries(List<Spell> cabinets, List<ArchigosSpell> archigos) {
    // Votes count leaders, not cabinets: one Barre with three cabinets is one coincidence.
    Map<String, Map<String, Set<String>>> leaders = new java.util.TreeMap<>();
    for (ArchigosSpell a : archigos) {
      for (Spell c : cabinets) {
        if (sameSurname(c.surname(), a.surname()) && overlaps(c.start(), c.end(), a.start(), a.end())) {
          leaders.computeIfAbsent(a.country(), k -> new java.util.TreeMap<>())
              .computeIfAbsent(c.country(), k -> new java.util.TreeSet<>()).add(a.leadid());
        }
      }
    }
    Map<String, Map<String, Integer>> votes = new java.util.TreeMap<>();
    leaders.forEach((archigosCountry, byCountry) -> byCountry.forEach((country, ids) ->
        votes.computeIfAbsent(archigosCountry, k -> new java.util.TreeMap<>()).put(country, ids.size())));
    Map<String, String> out = new HashMap<>();
    votes.forEach((archigosCountry, v) -> {
      String best = majority(v, 0);
      if (best != null && v.get(best) >= 2) {
        out.put(archigosCountry, best);
      }
    });
    return out;
  }

  /**
   * The same surname, allowing one letter's difference in longer names and Archigos' full name:
   * Archigos writes "Atlee" and "Mitterand", ParlGov "Frazer".
   */
  private static boolean similarSurname(ArchigosSpell a, String cabinetSurname) {
    if (sameSurname(a.surname(), cabinetSurname)
        || a.fullName().map(n -> sameSurname(n.substring(n.lastIndexOf(' ') + 1), cabinetSurname)).orElse(false)) {
      return true;
    }
    String x = ParlGovCabinets.key(a.surname());
    String y = ParlGovCabinets.key(cabinetSurname);
    return x.length() >= 5 && y.length() >= 5 && oneEditApart(x, y);
  }

  private static boolean oneEditApart(String x, String y) {
    if (Math.abs(x.length() - y.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < Math.min(x.length(), y.length()) && x.charAt(i) == y.charAt(i)) {
      i++;
    }
    if (x.length() == y.length()) {
      return x.substring(i + Math.min(1, x.length() - i)).equals(y.substring(i + Math.min(1, y.length() - i)));
    }
    String longer = x.length() > y.length() ? x : y;
    String shorter = longer == x ? y : x;
    return longer.substring(i + 1).equals(shorter.substring(Math.min(i, shorter.length())));
  }

  /**
   * The named holdings a spell meets. One person in several offices during the spell (Putin as
   * President and as Prime Minister) is that person in the office shared longest.
   */
  private Set<Holding> matches(String surname, LocalDate start, Optional<LocalDate> end,
      java.util.function.Predicate<Office> officeOk) {
    Map<Holding, Long> found = new LinkedHashMap<>();
    for (String word : surnameKeys(surname)) {
      for (Term t : anchorsBySurname.getOrDefault(word, List.of())) {
        Optional<LocalDate> tEnd = t.endRange().map(r -> r.last());
        if (officeOk.test(offices.get(t.officeId())) && overlaps(start, end, t.startRange().first(), tEnd)) {
          found.merge(new Holding(t.personId(), t.officeId()), sharedDays(start, end, t.startRange().first(), tEnd),
              Long::sum);
        }
      }
    }
    if (found.keySet().stream().map(Holding::personId).distinct().count() != 1) {
      return new LinkedHashSet<>(found.keySet());
    }
    return Set.of(found.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
  }

  private static long sharedDays(LocalDate s1, Optional<LocalDate> e1, LocalDate s2, Optional<LocalDate> e2) {
    LocalDate from = s1.isAfter(s2) ? s1 : s2;
    LocalDate cap = LocalDate.of(2100, 1, 1);
    LocalDate a = e1.orElse(cap);
    LocalDate b = e2.orElse(cap);
    return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(from, a.isBefore(b) ? a : b));
  }

  private static List<String> surnameKeys(String surname) {
    List<String> keys = new ArrayList<>();
    for (String w : surname.split("[\\s-]+")) {
      String k = ParlGovCabinets.key(w);
      if (k.length() > 1) {
        keys.add(k);
      }
    }
    return keys;
  }

  private static boolean sameSurname(String a, String b) {
    List<String> ka = surnameKeys(a);
    return surnameKeys(b).stream().anyMatch(ka::contains);
  }

  /** The two spans share more than a few days. */
  static boolean overlaps(LocalDate s1, Optional<LocalDate> e1, LocalDate s2, Optional<LocalDate> e2) {
    LocalDate from = s1.isAfter(s2) ? s1 : s2;
    LocalDate to = e1.orElse(LocalDate.MAX).isBefore(e2.orElse(LocalDate.MAX)) ? e1.orElse(LocalDate.MAX)
        : e2.orElse(LocalDate.MAX);
    return to.isAfter(from.plusDays(3));
  }

  private static String majority(Map<String, Integer> votes, double share) {
    int total = votes.values().stream().mapToInt(Integer::intValue).sum();
    return votes.entrySet().stream().max(Map.Entry.comparingByValue())
        .filter(e -> total > 0 && e.getValue() >= share * total && (share == 0 || e.getValue() >= 2))
        .map(Map.Entry::getKey).orElse(null);
  }
}
