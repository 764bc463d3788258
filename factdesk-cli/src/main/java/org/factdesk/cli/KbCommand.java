// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.factdesk.kb.Event;
import org.factdesk.kb.KnowledgeBase;
import org.factdesk.kb.KnowledgeBaseData;
import org.factdesk.kb.KnowledgeBaseFiles;
import org.factdesk.kb.KnowledgeBaseLoader;
import org.factdesk.kb.KnowledgeBaseMerger;
import org.factdesk.kb.Office;
import org.factdesk.kb.Person;
import org.factdesk.kb.Term;
import org.factdesk.kb.importers.KbFormat;
import org.factdesk.kb.importers.SharedSourcesBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factdesk kb}: build, inspect and extend the knowledge base. */
@Command(name = "kb", description = "Build, inspect and extend the knowledge base.",
    subcommands = {KbCommand.Build.class, KbCommand.Stats.class, KbCommand.Who.class, KbCommand.Import.class,
        KbCoverageCommand.class})
final class KbCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new UserInputException("say what to do: factdesk kb build|stats|who NAME|coverage|import FORMAT FILE");
  }

  /** Options shared by the commands that read the knowledge base. */
  static final class UserKb {
    @Option(names = "--user-kb", paramLabel = "FILE",
        description = "Your imports, layered on the bundled knowledge base (default: ~/.factdesk/kb.json.gz).")
    Path file = KnowledgeBaseLoader.defaultUserFile();

    KnowledgeBase load() {
      try {
        return KnowledgeBase.of(KnowledgeBaseLoader.load(file));
      } catch (IOException e) {
        throw new UserInputException("cannot read the knowledge base " + file + ": " + e.getMessage());
      }
    }
  }

  @Command(name = "build", description = "Run every importer on kb-sources plus additions.yaml and write the bundled knowledge base.")
  static final class Build implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sources", paramLabel = "DIR", description = "The kb-sources folder (default: ../shared/kb-sources).")
    Path sources = Path.of("..", "shared", "kb-sources");

    @Option(names = "--additions", paramLabel = "FILE",
        description = "The reviewed additions (default: the one in the source tree, else the one in the jar).")
    Path additions;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: the bundled resource in the source tree).")
    Path out = Path.of("factdesk-analysis", "src", "main", "resources", "org", "factdesk", "kb", "bundled-kb.json.gz");

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      Path inTree = Path.of("factdesk-analysis", "src", "main", "resources", "org", "factdesk", "kb", "additions.yaml");
      Optional<Path> adds = Optional.ofNullable(additions).or(() -> Files.isRegularFile(inTree) ? Optional.of(inTree)
          : Optional.empty());
      out.println("building the knowledge base from " + sources.toAbsolutePath().normalize());
      KnowledgeBaseData kb;
      kb = SharedSourcesBuild.build(sources, adds, out);
      KnowledgeBaseFiles.write(kb, this.out);
      out.printf("wrote %s: %d persons, %d offices, %d terms, %d events, %,d bytes%n", this.out, kb.persons().size(),
          kb.offices().size(), kb.terms().size(), kb.events().size(), Files.size(this.out));
      SharedSourcesBuild.summary(kb).forEach(l -> out.println("  " + l));
      return 0;
    }
  }

  @Command(name = "stats", description = "Counts by source and kind, and each source's as-of date.")
  static final class Stats implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    UserKb userKb = new UserKb();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      KnowledgeBase kb = userKb.load();
      KnowledgeBaseData d = kb.data();
      out.printf("%d persons, %d offices, %d terms, %d events%n", d.persons().size(), d.offices().size(),
          d.terms().size(), d.events().size());
      out.println("by source:");
      SharedSourcesBuild.summary(d).forEach(l -> out.println("  " + l));
      Map<String, Integer> kinds = new TreeMap<>();
      d.events().forEach(e -> kinds.merge(e.kind(), 1, Integer::sum));
      out.println("events by kind:");
      kinds.forEach((k, n) -> out.printf("  %-10s %5d%n", k, n));
      Map<String, Integer> jurisdictions = new TreeMap<>();
      Map<String, String> officeJurisdiction = new TreeMap<>();
      d.offices().forEach(o -> officeJurisdiction.put(o.id(), o.jurisdiction().isBlank() ? "?" : o.jurisdiction()));
      d.terms().forEach(t -> jurisdictions.merge(officeJurisdiction.getOrDefault(t.officeId(), "?"), 1, Integer::sum));
      out.println("terms by jurisdiction (top 10):");
      jurisdictions.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10)
          .forEach(e -> out.printf("  %-10s %5d%n", e.getKey(), e.getValue()));
      return 0;
    }
  }

  @Command(name = "who", description = "One person's names, Wikidata id and every term, with sources.")
  static final class Who implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "A name, alias or Wikidata id (e.g. \"Antony Blinken\", Q7821917).")
    String name;

    @picocli.CommandLine.Mixin
    UserKb userKb = new UserKb();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      KnowledgeBase kb = userKb.load();
      String wanted = normal(name);
      List<Person> found = new ArrayList<>();
      for (Person p : kb.persons()) {
        if (p.id().equalsIgnoreCase(name.strip()) || normal(p.name()).equals(wanted)
            || p.aliases().stream().anyMatch(a -> normal(a).equals(wanted))) {
          found.add(p);
        }
      }
      if (found.isEmpty()) {
        throw new UserInputException("no person called \"" + name + "\" in the knowledge base");
      }
      found.sort(Comparator.comparing(p -> -kb.terms(p.id()).size()));
      for (Person p : found) {
        out.println(p.name() + (p.wikidata().isPresent() ? " (Wikidata " + p.wikidata().get() + ")" : " (id " + p.id() + ")"));
        if (!p.aliases().isEmpty()) {
          out.println("  also written: " + String.join(", ", p.aliases()));
        }
        List<Term> terms = kb.terms(p.id());
        if (terms.isEmpty()) {
          out.println("  no terms of office on record");
        }
        for (Term t : terms) {
          Office o = kb.office(t.officeId()).orElse(new Office(t.officeId(), t.officeId(), "", List.of()));
          String office = o.name() + (o.jurisdiction().isBlank() || o.name().contains("United States")
              ? "" : " (" + o.jurisdiction() + ")");
          String when = t.endRange().map(e -> "from " + t.startRange().describe() + " to " + e.describe())
              .orElse("from " + t.startRange().describe() + ", no end on record"
                  + t.source().asOf().map(d -> " as of " + d).orElse(""));
          out.println("  " + office + ": " + when + precision(t));
          out.println("      source: " + t.source().describe());
          for (org.factdesk.kb.FactSource also : t.alsoIn()) {
            out.println("      also in: " + also.describe());
          }
          for (String d : t.disagreements()) {
            out.println("      disagreement: " + d);
          }
        }
        for (Event e : kb.events()) {
          if (e.participants().contains(p.id())) {
            out.println("  took part in: " + e.name() + " (" + e.when().describe() + ")");
          }
        }
      }
      return 0;
    }

    /** " (start known to the year)" and the like; nothing when both dates are days. */
    private static String precision(Term t) {
      List<String> parts = new ArrayList<>();
      if (t.startPrecision() != org.factdesk.kb.DatePrecision.DAY) {
        parts.add("start known to the " + t.startPrecision().name().toLowerCase(Locale.ROOT));
      }
      if (t.end().isPresent() && t.endPrecision() != org.factdesk.kb.DatePrecision.DAY) {
        parts.add("end known to the " + t.endPrecision().name().toLowerCase(Locale.ROOT));
      }
      return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static String normal(String s) {
      return s.toLowerCase(Locale.ROOT).replaceAll("[.\\s]+", " ").strip();
    }
  }

  @Command(name = "import", description = "Merge a fuller or newer source file into your own knowledge base file.")
  static final class Import implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "One of: congress-yaml, executive-yaml, congress-csv, "
        + "everypolitician-csv, foreign-ministers-csv, world-leaders-csv, wikidata-json, sparql-json, "
        + "reign-elections, reign-leaders, archigos, eu-membership, wikidata-dump, ifg-ministers, bioguide-json, "
        + "parlgov, additions.")
    String format;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file (or, for ifg-ministers, bioguide-json and parlgov, the folder) to import.")
    Path file;

    @Option(names = "--into", paramLabel = "FILE", description = "Your knowledge base file (default: ~/.factdesk/kb.json.gz).")
    Path into = KnowledgeBaseLoader.defaultUserFile();

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
        description = "When the file's data was current; later end dates are schedules (default: the file's modification date).")
    LocalDate asOf;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      KbFormat f = KbFormat.byName(format).orElseThrow(() -> new UserInputException(
          "unknown format '" + format + "'; use one of " + KbFormat.names()));
      if (!Files.exists(file)) {
        throw new UserInputException(file + ": no such file");
      }
      LocalDate dataAsOf = asOf != null ? asOf
          : LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
      KnowledgeBaseData imported;
      imported = f.read(file, dataAsOf, new DumpProgress(spec.commandLine().getErr()));
      KnowledgeBaseData existing = KnowledgeBaseData.empty();
      if (Files.isRegularFile(into)) {
        try {
          existing = KnowledgeBaseFiles.read(into);
        } catch (IOException | RuntimeException e) {
          throw new UserInputException(into + ": not a Factdesk knowledge base file (" + e.getMessage() + ")");
        }
      }
      KnowledgeBaseData merged = KnowledgeBaseMerger.merge(List.of(existing, imported));
      KnowledgeBaseFiles.write(merged, into);
      out.printf("imported %s as %s (data as of %s): %d persons, %d offices, %d terms, %d events%n", file, f.cliName(),
          dataAsOf, imported.persons().size(), imported.offices().size(), imported.terms().size(),
          imported.events().size());
      out.printf("%s now holds %d persons, %d offices, %d terms, %d events, used on top of the bundled knowledge base%n",
          into, merged.persons().size(), merged.offices().size(), merged.terms().size(), merged.events().size());
      return 0;
    }
  }

  /** Progress of a streamed dump on stderr: entities, entities per second, share of the file read and an ETA. */
  static final class DumpProgress implements org.factdesk.kb.importers.WikidataDumpImporter.Progress {
    private final PrintWriter err;
    private final long started = System.nanoTime();
    private long lastPrinted;

    DumpProgress(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void update(long entities, long bytesRead, long totalBytes) {
      long now = System.nanoTime();
      boolean done = bytesRead >= totalBytes;
      if (!done && now - lastPrinted < 2_000_000_000L) {
        return;
      }
      lastPrinted = now;
      double seconds = Math.max(1e-3, (now - started) / 1e9);
      double share = totalBytes == 0 ? 1 : Math.min(1, (double) bytesRead / totalBytes);
      long eta = share <= 0 ? -1 : Math.round(seconds / share - seconds);
      err.printf(Locale.ROOT, "\r%,d entities, %,.0f/s, %.1f%% of the file, ETA %s%s", entities, entities / seconds,
          100 * share, eta < 0 ? "?" : java.time.Duration.ofSeconds(eta).toString().substring(2).toLowerCase(Locale.ROOT),
          done ? System.lineSeparator() : "");
      err.flush();
    }
  }
}
