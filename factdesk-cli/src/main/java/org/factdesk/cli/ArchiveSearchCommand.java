// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.factdesk.archive.ArchiveMatch;
import org.factdesk.archive.FactCheck;
import org.factdesk.archive.FactCheckArchive;
import org.factdesk.archive.MatchSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Finds prior fact-checks of a claim: hybrid BM25 + embedding match, best first, with why each matched.")
final class ArchiveSearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ArchiveLocation location;

  @Parameters(paramLabel = "TEXT", arity = "1..*", description = "the claim (a sentence or a pasted post)")
  List<String> words;

  @Option(names = "--k", defaultValue = "5", description = "how many matches (default: ${DEFAULT-VALUE})")
  int k;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "when the claim was made: fact-checks near it rank higher")
  String date;

  @Override
  public Integer call() throws IOException {
    String text = String.join(" ", words).strip();
    if (text.isEmpty()) {
      throw new UserInputException("give the claim to search for, e.g. factdesk archive search \"5G spreads the virus\"");
    }
    if (k < 1 || k > 100) {
      throw new UserInputException("--k must be between 1 and 100, got " + k);
    }
    PrintWriter out = spec.root().commandLine().getOut();
    try (FactCheckArchive archive = location.openExisting(location.embedder())) {
      List<ArchiveMatch> matches = archive.match(text, k, when(), MatchSettings.defaults());
      if (matches.isEmpty()) {
        out.println("no prior fact-check matches");
      }
      int rank = 0;
      for (ArchiveMatch m : matches) {
        FactCheck f = m.factCheck();
        out.printf(Locale.ROOT, "%d. %.3f  %s%s%s  %s%n", ++rank, m.score(),
            f.rating().isBlank() ? "" : "[" + f.rating() + "] ",
            f.publisher().isBlank() ? "" : f.publisher() + " ",
            f.date().map(Object::toString).orElse("undated"), f.headline());
        if (!f.url().isBlank()) {
          out.println("   " + f.url());
        }
        out.printf(Locale.ROOT, "   id %s; %sshared terms: %s%n", f.id(),
            location.keywordOnly ? "" : String.format(Locale.ROOT, "similarity %.2f; ", m.similarity()),
            m.sharedTerms().isEmpty() ? "none" : String.join(", ", m.sharedTerms()));
      }
    }
    return 0;
  }

  private Optional<LocalDate> when() {
    if (date == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(date));
    } catch (DateTimeParseException e) {
      throw new UserInputException("--date must be YYYY-MM-DD, got '" + date + "'");
    }
  }
}
