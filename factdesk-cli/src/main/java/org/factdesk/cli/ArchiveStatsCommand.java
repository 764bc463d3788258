// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.factdesk.archive.ArchiveStats;
import org.factdesk.archive.ClaimEmbedder;
import org.factdesk.archive.FactCheckArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "What the archive holds.")
final class ArchiveStatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ArchiveLocation location;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.root().commandLine().getOut();
    try (FactCheckArchive archive = location.openExisting(ClaimEmbedder.none())) {
      ArchiveStats s = archive.stats();
      out.println("archive: " + location.directory());
      out.printf(Locale.ROOT, "fact-checks: %,d (%,d with embeddings)%n", s.records(), s.withVectors());
      out.println("dates: " + s.oldest().map(Object::toString).orElse("none")
          + " to " + s.newest().map(Object::toString).orElse("none"));
      s.publishers().entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
          .limit(20)
          .forEach(e -> out.printf(Locale.ROOT, "  %-30s %,d%n", e.getKey(), e.getValue()));
    }
    return 0;
  }
}
