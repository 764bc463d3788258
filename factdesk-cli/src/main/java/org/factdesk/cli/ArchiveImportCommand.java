// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.factdesk.archive.ArchiveImport;
import org.factdesk.archive.FactCheckArchive;
import org.factdesk.archive.ingest.FactCheckFiles;
import org.factdesk.archive.ingest.UnreadableFactChecksException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Adds fact-checks to the archive, replacing records with the same id.",
        "FILE: .jsonl (CheckThat! vclaims), .json/.jsonld (schema.org ClaimReview), .html (pages with ClaimReview JSON-LD)."})
final class ArchiveImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ArchiveLocation location;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "fact-check files")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.root().commandLine().getOut();
    PrintWriter err = spec.root().commandLine().getErr();
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new UserInputException("no such file: " + file);
      }
      FactCheckFiles.readerFor(file);
    }
    try (FactCheckArchive archive = location.open(location.embedder())) {
      for (Path file : files) {
        long started = System.nanoTime();
        long size = Files.size(file);
        long[] bytes = {0};
        ArchiveImport batch;
        try (StderrProgressBar bar = new StderrProgressBar(err, "importing " + file.getFileName(), size)) {
          batch = archive.startImport(records -> bar.update(bytes[0], records));
          try (batch) {
            FactCheckFiles.read(file, b -> bytes[0] = b, batch);
          } catch (UnreadableFactChecksException e) {
            throw new UserInputException(e.getMessage());
          } catch (NoSuchFileException e) {
            throw new UserInputException("no such file: " + file);
          }
          bar.update(size, batch.written());
        }
        out.printf(Locale.ROOT, "imported %,d fact-checks from %s in %.1f s%n", batch.written(), file,
            (System.nanoTime() - started) / 1e9);
      }
      out.printf(Locale.ROOT, "archive %s holds %,d fact-checks%n", location.directory(), archive.stats().records());
    }
    return 0;
  }
}
