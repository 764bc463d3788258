// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.PreparedArticle;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleReaders;
import org.factdesk.article.UnreadableArticleException;
import org.factdesk.claims.ClaimDetector;
import org.factdesk.claims.TrainedCheckworthinessScorer;
import org.factdesk.engine.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code factdesk bench}: warm analysis time per article, next to Stanford CoreNLP's
 * tokenize,ssplit,pos,lemma,ner pipeline on the same texts in the same JVM. The ratio is the
 * last line.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Time warm analysis against CoreNLP's tokenize,ssplit,pos,lemma,ner pipeline on the same articles.")
final class BenchCommand implements Callable<Integer> {
  /** One of the models CoreNLP's default NER loads; present only in a -Pbench-peer build. */
  private static final String NER_MODEL = "/edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  @Parameters(arity = "0..*", paramLabel = "FILE|DIR",
      description = "Articles to time (default: examples/articles and ../shared/seeds when present).")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--rounds", defaultValue = "20", description = "Timed passes over all articles (default ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--warmup", defaultValue = "10", description = "Untimed passes first (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--skip-corenlp", description = "Only time Factdesk.")
  boolean skipCoreNlp;

  @Option(names = "--pages", paramLabel = "DIR",
      description = "Time warm extraction (what factdesk read does) on the web pages in DIR instead; median last.")
  Path pages;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  private final Supplier<Engine> analyzer;

  BenchCommand(Supplier<Engine> analyzer) {
    this.analyzer = analyzer;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (pages != null) {
      return benchExtraction(out);
    }
    List<Article> articles = load();
    if (articles.isEmpty()) {
      throw new UserInputException("no articles to time; give files or folders");
    }
    long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
    out.printf(Locale.ROOT, "articles: %d (%d characters), warmup %d, rounds %d, %d cores, java %s%n", articles.size(),
        chars, warmup, rounds, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    long loadStart = System.nanoTime();
    Engine engine = analyzer.get();
    out.printf(Locale.ROOT, "factdesk: engine loaded in %.0f ms%n", (System.nanoTime() - loadStart) / 1e6);
    double factdesk = time(() -> articles.forEach(a -> engine.analyze(a, AnalysisContext.undated())), articles.size());
    long peakRss = peakRssMb();
    out.printf(Locale.ROOT, "factdesk: %.2f ms per article warm, %.0f articles/s on one thread, peak RSS %d MB%n",
        factdesk, 1000 / factdesk, peakRss);
    claimCost(engine, articles, out);
    if (!skipCoreNlp && BenchCommand.class.getResource(NER_MODEL) == null) {
      // The NER models are not part of the install (475 MB); the comparison is opt-in.
      out.println("corenlp: the NER models are not installed; to compare, build with "
          + "mvn -B -ntp -q -Pbench-peer -DskipTests package -pl factdesk-cli -am (the launcher then"
          + " finds them in target/lib)");
    }
    if (skipCoreNlp || BenchCommand.class.getResource(NER_MODEL) == null) {
      out.printf(Locale.ROOT, "bench: factdesk %.2f ms/article%n", factdesk);
      return 0;
    }
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    loadStart = System.nanoTime();
    StanfordCoreNLP coreNlp = new StanfordCoreNLP(props);
    out.printf(Locale.ROOT, "corenlp: pipeline loaded in %.0f ms%n", (System.nanoTime() - loadStart) / 1e6);
    double corenlp = time(() -> articles.forEach(a -> coreNlp.annotate(new Annotation(a.text()))), articles.size());
    out.printf(Locale.ROOT, "corenlp: %.2f ms per article warm (tokenize,ssplit,pos,lemma,ner)%n", corenlp);
    out.printf(Locale.ROOT, "bench: factdesk %.2f ms/article, corenlp %.2f ms/article, ratio %.3f%n",
        factdesk, corenlp, factdesk / corenlp);
    return 0;
  }

  /** Warm extraction time per page: each page read from bytes in memory, as the desk and read do. */
  private int benchExtraction(PrintWriter out) throws IOException {
    List<Path> files = ArticleFiles.expand(List.of(pages));
    List<byte[]> contents = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Path f : files) {
      contents.add(Files.readAllBytes(f));
      names.add(f.getFileName().toString());
    }
    if (contents.isEmpty()) {
      throw new UserInputException("no pages (.html, .txt, .md) in " + pages);
    }
    ArticleReaders readers = new ArticleReaders();
    long bytes = contents.stream().mapToLong(b -> b.length).sum();
    out.printf(Locale.ROOT, "pages: %d (%.0f KB on average), warmup %d, rounds %d, java %s%n", contents.size(),
        bytes / 1024.0 / contents.size(), warmup, rounds, System.getProperty("java.version"));
    // CPU time of this thread, not wall time: on a shared machine the wall clock also counts
    // the time other processes held the cores.
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    double[] perPage = new double[contents.size()];
    double wall = 0;
    for (int round = 0; round < warmup + rounds; round++) {
      for (int i = 0; i < contents.size(); i++) {
        long start = cpu.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        try {
          readers.read(contents.get(i), names.get(i), java.util.Optional.empty());
        } catch (UnreadableArticleException e) {
          // timed all the same: refusing a page is part of reading a batch
        }
        if (round >= warmup) {
          perPage[i] += (cpu.getCurrentThreadCpuTime() - start) / 1e6 / rounds;
          wall += (System.nanoTime() - wallStart) / 1e6 / rounds / contents.size();
        }
      }
    }
    double[] sorted = perPage.clone();
    java.util.Arrays.sort(sorted);
    double mean = java.util.Arrays.stream(perPage).average().orElse(0);
    out.printf(Locale.ROOT, "extraction: 90th percentile %.2f ms, slowest %.2f ms CPU; wall clock %.2f ms/page mean%n",
        sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))], sorted[sorted.length - 1], wall);
    out.printf(Locale.ROOT, "bench: extraction %.2f ms/page median, %.2f ms/page mean (CPU time, warm)%n",
        sorted[sorted.length / 2], mean);
    return 0;
  }

  /**
   * The claim list's own cost per sentence, warm: the check-worthiness model alone, and the whole
   * claim detector (rules, model, types, ranking) on articles already tokenized and tagged.
   */
  private void claimCost(Engine engine, List<Article> articles, PrintWriter out) {
    List<PreparedArticle> prepared = articles.stream().map(a -> engine.prepare(a, Optional.empty())).toList();
    List<String> sentences = prepared.stream().flatMap(p -> p.sentences().stream()).map(s -> s.text()).toList();
    TrainedCheckworthinessScorer scorer = TrainedCheckworthinessScorer.loadDefault();
    ClaimDetector detector = new ClaimDetector(Optional.of(scorer));
    double[] sink = new double[1];
    double modelMs = time(() -> sentences.forEach(s -> sink[0] += scorer.score(s)), sentences.size());
    double detectorMs = time(() -> prepared.forEach(p -> sink[0] += detector.detect(p, AnalysisContext.undated()).size()),
        sentences.size());
    out.printf(Locale.ROOT, "claims: %.1f µs per sentence warm for the check-worthiness model, %.1f µs for the whole claim"
        + " detector; a 60-sentence article %.2f ms (budget 5 ms per sentence, 300 ms per article)%n",
        modelMs * 1000, detectorMs * 1000, detectorMs * 60);
  }

  private double time(Runnable pass, int perPass) {
    for (int i = 0; i < warmup; i++) {
      pass.run();
    }
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      pass.run();
    }
    return (System.nanoTime() - start) / 1e6 / rounds / perPass;
  }

  private List<Article> load() throws IOException {
    List<Path> paths = new ArrayList<>(inputs);
    if (paths.isEmpty()) {
      for (String candidate : List.of("examples/articles", "../shared/seeds")) {
        if (Files.isDirectory(Path.of(candidate))) {
          paths.add(Path.of(candidate));
        }
      }
    }
    List<Article> articles = new ArrayList<>();
    ArticleReaders readers = new ArticleReaders();
    for (Path p : paths) {
      List<Path> files = new ArrayList<>();
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
      } else {
        files.add(p);
      }
      for (Path f : files) {
        try {
          articles.add(readers.read(f));
        } catch (UnreadableArticleException e) {
          spec.commandLine().getErr().println("factdesk: skipped " + e.getMessage());
        }
      }
    }
    return articles;
  }

  /** Peak resident memory of this process so far (Linux); -1 elsewhere. */
  private static long peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
