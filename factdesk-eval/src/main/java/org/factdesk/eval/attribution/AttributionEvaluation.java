// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.attribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.Detector;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.PreparedArticle;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleFormat;
import org.factdesk.article.ArticleReaders;
import org.factdesk.article.Span;
import org.factdesk.article.UnreadableArticleException;
import org.factdesk.attribution.UnnamedAuthorityDetector;
import org.factdesk.citations.UnlinkedSourceDetector;
import org.factdesk.engine.Engine;
import org.factdesk.eval.dataset.DatasetFormatException;
import org.factdesk.eval.scoring.PrecisionRecall;

/**
 * Runs the engine over every story the corpus points into (whole stories, as a user would check
 * them) and reads which findings land on each labelled sentence. A sentence counts as flagged for
 * a class when a finding of that class overlaps it.
 */
public final class AttributionEvaluation {
  private final Engine analyzer;
  private final Path shared;
  private final Path pages;
  private final ArticleReaders readers = new ArticleReaders();
  private final Detector unnamed;
  private final Detector unlinked;
  private final List<long[]> timings = new ArrayList<>();
  /** Rows whose source is a web page, DIR/pages/ID.html under the pages folder: "web:ID". */
  static final String WEB = "web:";

  /**
   * Warm milliseconds per article, averaged over all but the first tenth: preparing it (NLP,
   * linking), running every detector, and running the two attribution detectors alone.
   */
  public String timing() {
    List<long[]> warm = timings.subList(Math.min(timings.size(), Math.max(1, timings.size() / 10)), timings.size());
    double[] ms = new double[3];
    for (long[] t : warm) {
      for (int k = 0; k < 3; k++) {
        ms[k] += t[k] / 1e6 / warm.size();
      }
    }
    return String.format(Locale.ROOT, "warm per article (%d articles): preparation %.1f ms, all detectors %.2f ms,"
        + " unnamed-authority + unlinked-source detectors %.2f ms", warm.size(), ms[0], ms[1], ms[2]);
  }

  /**
   * @param shared where the Reuters stories live (../shared)
   * @param pages a folder whose pages/ID.html the "web:ID" rows point into (the extraction benchmark's data folder,
   *     benchmarks/attribution-pages/data for the fresh split, benchmarks/attribution-pages2/data for fresh2,
   *     benchmarks/attribution-pages3/data for fresh3dev and fresh3test, benchmarks/attribution-pages4/data for fresh4dev and
   *     fresh4test, benchmarks/attribution-pages5/data for fresh5dev and fresh5test)
   */
  public AttributionEvaluation(Engine analyzer, Path shared, Path pages) {
    this.analyzer = analyzer;
    this.unnamed = analyzer.detectors().stream().filter(UnnamedAuthorityDetector.class::isInstance).findFirst().orElseThrow();
    this.unlinked = analyzer.detectors().stream().filter(UnlinkedSourceDetector.class::isInstance).findFirst().orElseThrow();
    this.shared = shared;
    this.pages = pages;
  }

  private final List<LabelledInstance> unread = new ArrayList<>();

  /**
   * Web rows whose sentence the HTML reader no longer gives (it leaves that part of the page out
   * now, or its text changed inside the sentence): left out of the figures, and listed.
   */
  public List<LabelledInstance> unread() {
    return List.copyOf(unread);
  }

  /** What the engine said about one labelled sentence, and the sentence as the page gives it. */
  public record Judged(LabelledInstance instance, Set<AttributionLabel> predicted, List<String> quotes,
      SentenceInContext context) {
    /** A judgement without its page (for scoring alone). */
    public Judged(LabelledInstance instance, Set<AttributionLabel> predicted, List<String> quotes) {
      this(instance, predicted, quotes, SentenceInContext.alone(""));
    }

    /** The labelled sentence as the page gives it now. */
    public String sentence() {
      return context.sentence();
    }
  }

  public List<Judged> judge(List<LabelledInstance> instances) throws IOException, UnreadableArticleException {
    Map<String, List<LabelledInstance>> bySource = new LinkedHashMap<>();
    for (LabelledInstance i : instances) {
      bySource.computeIfAbsent(i.isInline() ? "inline:" + i.id() : i.source(), k -> new ArrayList<>()).add(i);
    }
    List<Judged> out = new ArrayList<>();
    for (Map.Entry<String, List<LabelledInstance>> e : bySource.entrySet()) {
      LabelledInstance first = e.getValue().get(0);
      Article article;
      if (first.isInline()) {
        article = readers.read(first.inlineText().get().getBytes(StandardCharsets.UTF_8), first.id() + ".md",
            Optional.of(ArticleFormat.MARKDOWN));
      } else if (first.source().startsWith(WEB)) {
        article = readPage(first.source());
      } else {
        article = readStory(first.source());
      }
      long t0 = System.nanoTime();
      PreparedArticle prepared = analyzer.prepare(article, Optional.empty());
      long t1 = System.nanoTime();
      List<Finding> findings = analyzer.analyze(prepared, AnalysisContext.undated()).findings();
      long t2 = System.nanoTime();
      unnamed.detect(prepared, AnalysisContext.undated());
      unlinked.detect(prepared, AnalysisContext.undated());
      long t3 = System.nanoTime();
      timings.add(new long[] {t1 - t0, t2 - t1, t3 - t2});
      for (LabelledInstance i : e.getValue()) {
        Span span;
        if (i.isInline()) {
          span = new Span(0, article.text().length());
        } else if (i.source().startsWith(WEB)) {
          Optional<Span> found = SentenceFinder.find(i, article.text());
          if (found.isEmpty()) {
            unread.add(i);
            continue;
          }
          span = found.get();
        } else {
          span = new Span(i.start(), i.end());
        }
        if (span.end() > article.text().length()) {
          throw new DatasetFormatException(i.id() + ": offsets " + i.start() + ".." + i.end() + " run past " + i.source());
        }
        EnumSet<AttributionLabel> predicted = EnumSet.noneOf(AttributionLabel.class);
        List<String> quotes = new ArrayList<>();
        for (Finding f : findings) {
          if (!f.span().overlaps(span)) {
            continue;
          }
          AttributionLabel label = switch (f.code()) {
            case FindingCodes.ATTRIBUTION_VAGUE -> AttributionLabel.VAGUE;
            case FindingCodes.ATTRIBUTION_ANONYMOUS -> AttributionLabel.ANONYMOUS;
            case FindingCodes.SOURCE_UNLINKED -> AttributionLabel.UNLINKED;
            default -> null;
          };
          if (label != null) {
            predicted.add(label);
            quotes.add(f.code() + " “" + f.quote() + "”");
          }
        }
        out.add(new Judged(i, predicted, quotes, SentenceInContext.of(article, span)));
      }
    }
    return out;
  }

  /**
   * A web page (of the extraction benchmark or a fresh split), read exactly as {@code check} reads an HTML file, links
   * and all: the page is what the web rows' offsets point into.
   */
  private Article readPage(String source) throws UnreadableArticleException {
    Path file = pages.resolve("pages").resolve(source.substring(WEB.length()) + ".html");
    if (!Files.isRegularFile(file)) {
      throw new DatasetFormatException("the corpus points at " + source + ", but " + file + " is missing: build the pages"
          + " with benchmarks/extraction/prepare.sh (see benchmarks/extraction/README.md) or, for the fresh splits,"
          + " benchmarks/attribution-pages/prepare.sh (freshdev, freshtest), benchmarks/attribution-pages2/prepare.sh"
          + " (fresh2), benchmarks/attribution-pages3/prepare.sh (fresh3dev, fresh3test), benchmarks/attribution-pages4/prepare.sh"
          + " (fresh4dev, fresh4test) or benchmarks/attribution-pages5/prepare.sh (fresh5dev, fresh5test), and say where they"
          + " are with --pages DIR");
    }
    return readers.read(file);
  }

  /**
   * A story file under ../shared, its text kept as is so that the corpus offsets hold; the
   * Reuters files' "-- " header lines (headline, byline, date, address) are blanked, since a
   * reader of the story never sees the address as a link.
   */
  private Article readStory(String source) throws IOException, UnreadableArticleException {
    Path file = shared.resolve(source);
    if (!Files.isRegularFile(file)) {
      throw new DatasetFormatException("the corpus points at " + source + ", which is not under " + shared);
    }
    String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    StringBuilder blanked = new StringBuilder(text);
    int pos = 0;
    while (pos < text.length() && text.startsWith("-- ", pos)) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      for (int k = pos; k < end; k++) {
        blanked.setCharAt(k, ' ');
      }
      pos = end + 1;
    }
    return readers.read(blanked.toString().getBytes(StandardCharsets.UTF_8), file.getFileName().toString(),
        Optional.of(ArticleFormat.TEXT));
  }

  /** Precision, recall and F1 per class, and how many look-alikes were flagged at all. */
  public record Scores(PrecisionRecall unnamed, PrecisionRecall vague, PrecisionRecall anonymous,
      PrecisionRecall unlinked, int lookAlikes, int lookAlikesFlagged, int n) {
    public static Scores of(List<Judged> judged) {
      int flagged = 0;
      int lookAlikes = 0;
      for (Judged j : judged) {
        if (j.instance().has(AttributionLabel.NONE)) {
          lookAlikes++;
          if (!j.predicted().isEmpty()) {
            flagged++;
          }
        }
      }
      Predicate<Set<AttributionLabel>> unnamed = s -> s.contains(AttributionLabel.VAGUE) || s.contains(AttributionLabel.ANONYMOUS);
      return new Scores(count(judged, unnamed), count(judged, s -> s.contains(AttributionLabel.VAGUE)),
          count(judged, s -> s.contains(AttributionLabel.ANONYMOUS)), count(judged, s -> s.contains(AttributionLabel.UNLINKED)),
          lookAlikes, flagged, judged.size());
    }

    private static PrecisionRecall count(List<Judged> judged, Predicate<Set<AttributionLabel>> positive) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      int tn = 0;
      for (Judged j : judged) {
        boolean gold = positive.test(j.instance().labels());
        boolean predicted = positive.test(j.predicted());
        if (gold && predicted) {
          tp++;
        } else if (predicted) {
          fp++;
        } else if (gold) {
          fn++;
        } else {
          tn++;
        }
      }
      return new PrecisionRecall(tp, fp, fn, tn);
    }

    public double falseAlarmRate() {
      return lookAlikes == 0 ? 0 : (double) lookAlikesFlagged / lookAlikes;
    }

    /** {@code attribution: unnamed P R F1 anonymous P R F1 unlinked P R F1 n N}. */
    public String headline() {
      return String.format(Locale.ROOT, "attribution: unnamed %s anonymous %s unlinked %s n %d",
          prf(unnamed), prf(anonymous), prf(unlinked), n);
    }

    static String prf(PrecisionRecall p) {
      return String.format(Locale.ROOT, "%.3f %.3f %.3f", p.precision(), p.recall(), p.f1());
    }
  }
}
