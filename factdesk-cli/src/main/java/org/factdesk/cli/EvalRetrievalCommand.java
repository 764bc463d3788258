// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.factdesk.archive.ArchiveImport;
import org.factdesk.archive.ClaimEmbedder;
import org.factdesk.archive.FactCheckArchive;
import org.factdesk.archive.MatchSettings;
import org.factdesk.archive.MiniLmEmbedder;
import org.factdesk.archive.ingest.FactCheckFiles;
import org.factdesk.eval.matching.RetrievalEvaluation;
import org.factdesk.eval.matching.RetrievalQueries;
import org.factdesk.eval.matching.RetrievalScores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "retrieval", mixinStandardHelpOptions = true,
    description = {"Prior fact-check matching on CLEF CheckThat! 2022 Task 2A files as published.",
        "Imports --vclaims into a scratch archive (or --index DIR, reused when it exists), ranks every judged query.",
        "Last line: retrieval: map@1 A map@K B recall@20 C n N."})
final class EvalRetrievalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--vclaims", required = true, paramLabel = "FILE", description = "vclaims.jsonl")
  Path vclaims;

  @Option(names = "--queries", required = true, paramLabel = "FILE", description = "queries TSV (iclaim_id, text; header optional)")
  Path queries;

  @Option(names = "--qrels", required = true, paramLabel = "FILE", description = "qrels TSV (iclaim_id 0 vclaim_id 1)")
  Path qrels;

  @Option(names = "--k", defaultValue = "5", description = "MAP cut-off (default: ${DEFAULT-VALUE})")
  int k;

  @Option(names = "--index", paramLabel = "DIR", description = "keep the imported archive here and reuse it next time")
  Path index;

  @Option(names = "--keyword-only", description = "BM25 only, no embedding model")
  boolean keywordOnly;

  /** Adds {@code retrieval} under {@code eval}, creating a bare {@code eval} when none is registered yet. */
  static void register(CommandLine cli) {
    CommandLine eval = cli.getSubcommands().get("eval");
    if (eval == null) {
      cli.addSubcommand(new CommandLine(new EvalGroup()));
      eval = cli.getSubcommands().get("eval");
    }
    eval.addSubcommand(new EvalRetrievalCommand());
  }

  @Override
  public Integer call() throws IOException {
    for (Path p : new Path[] {vclaims, queries, qrels}) {
      if (!Files.isRegularFile(p)) {
        throw new UserInputException("no such file: " + p);
      }
    }
    if (k < 1 || k > RetrievalEvaluation.DEPTH) {
      throw new UserInputException("--k must be between 1 and " + RetrievalEvaluation.DEPTH + ", got " + k);
    }
    PrintWriter out = spec.root().commandLine().getOut();
    PrintWriter err = spec.root().commandLine().getErr();
    RetrievalQueries data;
    data = RetrievalQueries.read(queries, qrels);
    if (data.judged().isEmpty()) {
      throw new UserInputException("no query in " + queries + " has a judgement in " + qrels);
    }
    ClaimEmbedder embedder = keywordOnly ? ClaimEmbedder.none() : new MiniLmEmbedder();
    Path dir = index != null ? index : Files.createTempDirectory("factdesk-retrieval-");
    boolean reuse = index != null && Files.isDirectory(index) && hasFiles(index);
    try (FactCheckArchive archive = FactCheckArchive.open(dir, embedder)) {
      if (reuse) {
        err.println("reusing the archive in " + dir);
      } else {
        importVclaims(archive, err);
      }
      RetrievalScores scores;
      List<Long> nanos = new ArrayList<>();
      try (StderrProgressBar bar = new StderrProgressBar(err, "matching", data.judged().size())) {
        MatchSettings settings = MatchSettings.defaults();
        scores = new RetrievalEvaluation((text, depth) -> {
          long t = System.nanoTime();
          List<String> ids = archive.match(text, depth, Optional.empty(), settings).stream()
              .map(m -> m.factCheck().id()).toList();
          nanos.add(System.nanoTime() - t);
          return ids;
        }).run(data, k, done -> bar.update(done, done));
      }
      List<Long> topThree = new ArrayList<>();
      for (String id : data.judged()) {
        long t = System.nanoTime();
        archive.match(data.queries().get(id), 3, Optional.empty(), MatchSettings.defaults());
        topThree.add(System.nanoTime() - t);
      }
      out.println("ranking 20: " + latency(nanos));
      out.println("top 3 (as the detector asks), second pass: " + latency(topThree) + ", "
          + (keywordOnly ? "BM25 only" : "BM25 + all-MiniLM-L6-v2"));
      out.println(scores.line());
    } finally {
      if (index == null) {
        deleteTree(dir);
      }
    }
    return 0;
  }

  private void importVclaims(FactCheckArchive archive, PrintWriter err) throws IOException {
    long size = Files.size(vclaims);
    long[] bytes = {0};
    long started = System.nanoTime();
    long written;
    try (StderrProgressBar bar = new StderrProgressBar(err, "importing " + vclaims.getFileName(), size)) {
      ArchiveImport batch = archive.startImport(records -> bar.update(bytes[0], records));
      try (batch) {
        FactCheckFiles.read(vclaims, b -> bytes[0] = b, batch);
      }
      written = batch.written();
      bar.update(size, written);
    }
    err.printf(Locale.ROOT, "imported %,d fact-checks in %.1f s%n", written, (System.nanoTime() - started) / 1e9);
  }

  /** Median and 95th percentile per query, leaving out the first 20 (JIT warm-up). */
  static String latency(List<Long> nanos) {
    List<Long> warm = new ArrayList<>(nanos.subList(Math.min(20, nanos.size() / 2), nanos.size()));
    warm.sort(null);
    if (warm.isEmpty()) {
      return "no queries timed";
    }
    return String.format(Locale.ROOT, "%d queries; warm latency per query: median %.1f ms, p95 %.1f ms",
        nanos.size(), warm.get(warm.size() / 2) / 1e6, warm.get((int) Math.min(warm.size() - 1, Math.round(warm.size() * 0.95))) / 1e6);
  }

  private static boolean hasFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isPresent();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** A bare {@code eval} for builds where no other evaluation registered one. */
  @Command(name = "eval", mixinStandardHelpOptions = true,
      description = "Measures accuracy on public benchmark data read in its original format; the last line is the headline figure.")
  static final class EvalGroup implements Runnable {
    @Override
    public void run() {
      throw new UserInputException("Say which evaluation, e.g. factdesk eval retrieval --vclaims V --queries Q --qrels R.");
    }
  }
}
