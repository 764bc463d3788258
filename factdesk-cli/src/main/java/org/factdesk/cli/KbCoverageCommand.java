// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.factdesk.kb.KnowledgeBase;
import org.factdesk.kb.Office;
import org.factdesk.kb.Term;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code factdesk kb coverage}: per country (or organisation), which offices the knowledge base
 * knows holders of, from when, and the last date it knows anything for: the latest known end,
 * or for a term still open, its source's data-as-of date. After that date the checks answer
 * "unknown".
 */
@Command(name = "coverage", description = {"Per country: offices covered, from when, and the last date known.",
    "The last date known is the latest end on record or, for a term still open, its source's as-of date."})
final class KbCoverageCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @picocli.CommandLine.Mixin
  KbCommand.UserKb userKb = new KbCommand.UserKb();

  @Option(names = "--country", paramLabel = "CODE", description = "List every office of one jurisdiction (e.g. DE, UN).")
  String country;

  @Option(names = "--offices", paramLabel = "N", defaultValue = "6",
      description = "Offices listed per country, most terms first (default ${DEFAULT-VALUE}).")
  int offices;

  private record OfficeCoverage(Office office, int terms, LocalDate from, LocalDate lastKnown) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    KnowledgeBase kb = userKb.load();
    Map<String, List<Term>> byOffice = new TreeMap<>();
    kb.data().terms().forEach(t -> byOffice.computeIfAbsent(t.officeId(), k -> new ArrayList<>()).add(t));
    Map<String, List<OfficeCoverage>> byCountry = new TreeMap<>();
    byOffice.forEach((id, terms) -> kb.office(id).ifPresent(o -> {
      LocalDate from = terms.stream().map(t -> t.startRange().first()).min(LocalDate::compareTo).orElseThrow();
      LocalDate last = terms.stream().map(KbCoverageCommand::lastKnown).max(LocalDate::compareTo).orElseThrow();
      String j = o.jurisdiction().isBlank() ? "?" : o.jurisdiction();
      byCountry.computeIfAbsent(j, k -> new ArrayList<>()).add(new OfficeCoverage(o, terms.size(), from, last));
    }));
    if (country != null) {
      List<OfficeCoverage> list = byCountry.get(country.strip().toUpperCase(Locale.ROOT));
      if (list == null) {
        throw new UserInputException("no offices for jurisdiction '" + country + "'; try one of "
            + String.join(", ", byCountry.keySet()));
      }
      list.sort(Comparator.comparing(OfficeCoverage::terms).reversed());
      list.forEach(c -> out.println(line(c)));
      return 0;
    }
    out.printf("%d jurisdictions, %d offices with terms%n", byCountry.size(), byOffice.size());
    byCountry.forEach((j, list) -> {
      list.sort(Comparator.comparing(OfficeCoverage::terms).reversed());
      LocalDate from = list.stream().map(OfficeCoverage::from).min(LocalDate::compareTo).orElseThrow();
      LocalDate last = list.stream().map(OfficeCoverage::lastKnown).max(LocalDate::compareTo).orElseThrow();
      int terms = list.stream().mapToInt(OfficeCoverage::terms).sum();
      out.printf("%s: %d offices, %d terms, from %s, last known %s%n", j, list.size(), terms, from, last);
      list.stream().limit(offices).forEach(c -> out.println("  " + line(c)));
    });
    return 0;
  }

  private static String line(OfficeCoverage c) {
    return String.format(Locale.ROOT, "%-60s %5d terms  from %s  last known %s", c.office().name(), c.terms(),
        c.from(), c.lastKnown());
  }

  private static LocalDate lastKnown(Term t) {
    return t.endRange().map(r -> r.last()).orElseGet(() -> t.sources().stream()
        .map(s -> s.asOf().orElse(t.start())).max(LocalDate::compareTo).orElse(t.start()));
  }
}
