// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.newsclaims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.ClaimType;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.PreparedArticle;
import org.factdesk.analysis.Report;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleFormat;
import org.factdesk.article.ArticleReaders;
import org.factdesk.article.BlockKind;
import org.factdesk.article.UnreadableArticleException;
import org.factdesk.engine.Engine;
import org.factdesk.eval.dataset.DatasetFormatException;
import org.factdesk.eval.newsclaims.NewsClaimSet.GoldSentence;
import org.factdesk.eval.newsclaims.NewsClaimSet.LabelledArticle;
import org.factdesk.eval.scoring.PrecisionRecall;
import org.factdesk.nlp.Sentence;

/**
 * Runs the engine on each article of the news claim set (headline, a blank line, the body, read
 * as plain text, as a reporter's file would be) and compares its claim list with the gold
 * labels, sentence by sentence. A gold sentence counts as listed when a claim finding covers
 * most of it.
 */
public final class NewsClaimEvaluation {
  /** One body sentence of the engine with its gold label (if labelled) and the claim listed on it (if any). */
  public record SentenceResult(int start, int end, String text, BlockKind block, Optional<GoldSentence> gold,
      Optional<Finding> claim, int rank) {}

  /** One article: its sentences, and the time the analysis took. */
  public record ArticleResult(LabelledArticle article, List<SentenceResult> sentences, int unmatchedGold,
      int fingerprintMismatches, long nanos) {}

  /** Totals over the set (or one split of it). */
  public record Totals(PrecisionRecall sentences, int leadClaims, int leadListed, int leadFirst, int articlesWithLead,
      Map<ClaimType, Map<ClaimType, Integer>> typeConfusion, int unlabelled, int unmatchedGold, int fingerprintMismatches) {
    public String headline() {
      return sentences.headline("claims");
    }

    public double leadRecall() {
      return leadClaims == 0 ? 1 : (double) leadListed / leadClaims;
    }

    public static Totals of(List<ArticleResult> results) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      int tn = 0;
      int leadClaims = 0;
      int leadListed = 0;
      int leadFirst = 0;
      int withLead = 0;
      int unlabelled = 0;
      int unmatched = 0;
      int mismatches = 0;
      Map<ClaimType, Map<ClaimType, Integer>> confusion = new EnumMap<>(ClaimType.class);
      for (ArticleResult r : results) {
        unmatched += r.unmatchedGold();
        mismatches += r.fingerprintMismatches();
        boolean hasLeadClaim = false;
        int worstLeadRank = -1;
        int bestOtherRank = Integer.MAX_VALUE;
        for (SentenceResult s : r.sentences()) {
          if (s.gold().isEmpty()) {
            unlabelled++;
            continue;
          }
          GoldSentence g = s.gold().get();
          boolean listed = s.claim().isPresent();
          if (g.claim() && listed) {
            tp++;
            ClaimType predicted = s.claim().get().claim().map(c -> c.type()).orElse(ClaimType.OTHER);
            confusion.computeIfAbsent(g.type().get(), k -> new EnumMap<>(ClaimType.class)).merge(predicted, 1, Integer::sum);
          } else if (listed) {
            fp++;
          } else if (g.claim()) {
            fn++;
          } else {
            tn++;
          }
          if (g.lead() && g.claim()) {
            leadClaims++;
            hasLeadClaim = true;
            if (listed) {
              leadListed++;
              worstLeadRank = Math.max(worstLeadRank, s.rank());
            } else {
              worstLeadRank = Integer.MAX_VALUE;
            }
          } else if (listed) {
            bestOtherRank = Math.min(bestOtherRank, s.rank());
          }
        }
        if (hasLeadClaim) {
          withLead++;
          if (worstLeadRank < bestOtherRank) {
            leadFirst++;
          }
        }
      }
      return new Totals(new PrecisionRecall(tp, fp, fn, tn), leadClaims, leadListed, leadFirst, withLead, confusion,
          unlabelled, unmatched, mismatches);
    }
  }

  private final Engine analyzer;
  private final NewsArticles news;
  private final ArticleReaders readers = new ArticleReaders();

  public NewsClaimEvaluation(Engine analyzer, NewsArticles news) {
    this.analyzer = analyzer;
    this.news = news;
  }

  public ArticleResult evaluate(LabelledArticle labelled) throws IOException {
    NewsArticles.Story story = news.story(labelled.id());
    String prefix = story.headline().isEmpty() ? "" : story.headline() + "\n\n";
    String text = prefix + story.body();
    Article article;
    try {
      article = readers.read(text.getBytes(StandardCharsets.UTF_8), labelled.id() + ".txt", Optional.of(ArticleFormat.TEXT));
    } catch (UnreadableArticleException e) {
      throw new DatasetFormatException(labelled.id() + ": the engine cannot read it: " + e.getMessage());
    }
    long start = System.nanoTime();
    PreparedArticle prepared = analyzer.prepare(article, Optional.empty());
    Report report = analyzer.analyze(prepared, new AnalysisContext(Optional.empty()));
    long nanos = System.nanoTime() - start;
    List<Finding> claims = report.withCode(FindingCodes.CLAIM);
    int offset = prefix.length();
    List<GoldSentence> unmatched = new ArrayList<>(labelled.sentences());
    int mismatches = 0;
    List<SentenceResult> results = new ArrayList<>();
    for (Sentence s : prepared.sentences()) {
      int bodyStart = s.span().start() - offset;
      int bodyEnd = s.span().end() - offset;
      if (bodyStart < 0) {
        continue;
      }
      Optional<GoldSentence> gold = unmatched.stream().filter(g -> covers(g.start(), g.end(), bodyStart, bodyEnd)).findFirst();
      gold.ifPresent(unmatched::remove);
      if (gold.isPresent() && !gold.get().fingerprint().equals(NewsClaimSet.fingerprint(story.body().substring(
          Math.min(gold.get().start(), story.body().length()), Math.min(gold.get().end(), story.body().length()))))) {
        mismatches++;
      }
      Optional<Finding> claim = Optional.empty();
      int rank = -1;
      for (int i = 0; i < claims.size(); i++) {
        Finding f = claims.get(i);
        if (covers(f.span().start(), f.span().end(), s.span().start(), s.span().end())) {
          claim = Optional.of(f);
          rank = f.claim().map(c -> c.rank()).filter(r -> r > 0).orElse(i + 1);
          break;
        }
      }
      results.add(new SentenceResult(bodyStart, bodyEnd, s.text(), s.blockKind(), gold, claim, rank));
    }
    return new ArticleResult(labelled, results, unmatched.size(), mismatches, nanos);
  }

  /** Whether span a covers more than half of span b (and of itself), i.e. they are the same sentence. */
  private static boolean covers(int aStart, int aEnd, int bStart, int bEnd) {
    int overlap = Math.min(aEnd, bEnd) - Math.max(aStart, bStart);
    return overlap > 0 && overlap * 2 > (bEnd - bStart) && overlap * 2 > (aEnd - aStart);
  }

  /** The annotator's view of one article: every body sentence with offsets, fingerprint, gold and listed claim. */
  public static List<String> sentenceLines(ArticleResult r) {
    List<String> lines = new ArrayList<>();
    for (SentenceResult s : r.sentences()) {
      lines.add(String.format(Locale.ROOT, "%s\t%d\t%d\t%s\t%s\t%s\t%s\t%s", r.article().id(), s.start(), s.end(),
          NewsClaimSet.fingerprint(s.text()), s.block().name().toLowerCase(Locale.ROOT),
          s.gold().map(g -> g.type().map(t -> t.label()).orElse("no")).orElse("?"),
          s.claim().map(f -> f.claim().map(c -> c.type().label() + String.format(Locale.ROOT, "@%.2f#%d", c.score(), s.rank()))
              .orElse("claim")).orElse("-"),
          s.text().replaceAll("\\s+", " ")));
    }
    return lines;
  }
}
