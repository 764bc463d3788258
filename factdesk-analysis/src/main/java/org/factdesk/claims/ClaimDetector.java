// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.Capability;
import org.factdesk.analysis.ClaimInfo;
import org.factdesk.analysis.ClaimType;
import org.factdesk.analysis.Detector;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.PreparedArticle;
import org.factdesk.analysis.Severity;
import org.factdesk.article.Block;
import org.factdesk.article.BlockKind;
import org.factdesk.article.Span;
import org.factdesk.nlp.Sentence;

/**
 * Lists the check-worthy claims of an article, typed ({@link ClaimTypes}) and ranked
 * ({@link ClaimRanking}): every statement of the lead paragraph, and every other sentence the
 * {@link CheckworthinessScorer} scores at or above the listing threshold, except what
 * {@link NonClaims} rules out (credit lines, "declined to comment", quotes of no factual weight).
 * Without a scorer, surface signals stand in for the model.
 */
public final class ClaimDetector implements Detector {
  /**
   * The trained model's score from which a news sentence is listed. Lower than the model's own
   * threshold (chosen on debate transcripts): news sentences score lower, and a checker would
   * rather see a claim too many. Chosen on the dev half of the news claim set
   * ({@code evaldata/news-claims.tsv}; docs/benchmarks.md, issue 15).
   */
  static final double NEWS_LISTING_THRESHOLD = 0.2;
  private static final double HEURISTIC_THRESHOLD = 0.45;
  private static final int MIN_HEADLINE_WORDS = 2;
  private final Optional<CheckworthinessScorer> scorer;

  public ClaimDetector(Optional<CheckworthinessScorer> scorer) {
    this.scorer = scorer;
  }

  @Override
  public String name() {
    return "claim";
  }

  @Override
  public Set<String> codes() {
    return Set.of(FindingCodes.CLAIM);
  }

  @Override
  public Set<Capability> requires() {
    return Set.of(Capability.SENTENCES, Capability.PART_OF_SPEECH, Capability.PERSON_MENTIONS);
  }

  private record Candidate(Sentence sentence, ClaimType type, double score, int tier, double priority) {}

  @Override
  public List<Finding> detect(PreparedArticle article, AnalysisContext context) {
    String text = article.article().text();
    Optional<Span> lead = lead(article);
    String headline = headline(article);
    List<Candidate> candidates = new ArrayList<>();
    Sentence headlineClaim = null;
    int headlineShared = MIN_HEADLINE_WORDS - 1;
    List<SentenceFeatures> features = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      if (!s.blockKind().isProse() || s.blockKind() == BlockKind.HEADLINE) {
        continue;
      }
      boolean insideQuote = insideQuote(text, article.article().blocks(), s.span());
      SentenceFeatures f = SentenceFeatures.of(s, insideQuote);
      if (f.question() || f.tokens() < 5 || NonClaims.of(s.text(), f, insideQuote).isPresent()) {
        continue;
      }
      sentences.add(s);
      features.add(f);
      int shared = headline.isEmpty() ? 0 : ClaimRanking.sharedWords(headline, s.text());
      if (shared > headlineShared) {
        headlineShared = shared;
        headlineClaim = s;
      }
    }
    Set<Integer> titled = article.persons().stream().filter(p -> p.title().isPresent())
        .map(p -> p.sentenceIndex()).collect(Collectors.toSet());
    Set<Integer> withEvents = article.events().stream().map(e -> e.sentenceIndex()).collect(Collectors.toSet());
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      SentenceFeatures f = features.get(i);
      boolean role = titled.contains(s.index());
      boolean event = withEvents.contains(s.index());
      boolean inLead = lead.map(l -> l.start() <= s.span().start() && s.span().end() <= l.end()).orElse(false);
      double score = scorer.map(sc -> sc.score(s.text())).orElseGet(() -> heuristic(f, role, event));
      double threshold = scorer.isPresent() ? NEWS_LISTING_THRESHOLD : HEURISTIC_THRESHOLD;
      if (score < threshold && !inLead) {
        continue;
      }
      candidates.add(new Candidate(s, ClaimTypes.of(f, role, event), score, ClaimRanking.tier(inLead, s == headlineClaim),
          ClaimRanking.priority(score, f)));
    }
    List<Candidate> ranked = candidates.stream()
        .sorted(Comparator.comparingInt(Candidate::tier).reversed()
            .thenComparing(Comparator.comparingDouble(Candidate::priority).reversed())
            .thenComparing(c -> c.sentence().span()))
        .toList();
    List<Finding> out = new ArrayList<>();
    for (Candidate c : candidates) {
      int rank = ranked.indexOf(c) + 1;
      double score = Math.round(c.score() * 1000) / 1000.0;
      out.add(new Finding(FindingCodes.CLAIM, Severity.INFO, c.sentence().span(), c.sentence().text(),
          String.format(Locale.ROOT, "Check-worthy %s claim, #%d of %d (score %.2f): record a verdict with evidence.",
              c.type().label(), rank, candidates.size(), score),
          List.of(), Optional.of(new ClaimInfo(c.type(), score, c.priority(), rank))));
    }
    return out;
  }

  /**
   * The lead, what the story is about whatever its sentences score: the first paragraph of body
   * text; in a story without paragraph breaks (one paragraph of several sentences), its first
   * sentence.
   */
  static Optional<Span> lead(PreparedArticle article) {
    List<Span> paragraphs = article.article().blocks().stream().filter(b -> b.kind() == BlockKind.PARAGRAPH)
        .map(Block::span).toList();
    if (paragraphs.isEmpty()) {
      return Optional.empty();
    }
    Span first = paragraphs.get(0);
    List<Sentence> inFirst = article.sentences().stream()
        .filter(s -> first.start() <= s.span().start() && s.span().end() <= first.end()).toList();
    if (paragraphs.size() == 1 && inFirst.size() > 1) {
      return Optional.of(inFirst.get(0).span());
    }
    return Optional.of(first);
  }

  private static String headline(PreparedArticle article) {
    return article.article().blocks().stream().filter(b -> b.kind() == BlockKind.HEADLINE)
        .map(b -> b.span().of(article.article().text())).findFirst()
        .or(() -> article.article().metadata().title()).orElse("");
  }

  /** Whether the sentence starts inside a quotation opened earlier in its paragraph. */
  private static boolean insideQuote(String text, List<Block> blocks, Span sentence) {
    int from = blocks.stream().filter(b -> b.span().start() <= sentence.start() && sentence.start() < b.span().end())
        .mapToInt(b -> b.span().start()).findFirst().orElse(sentence.start());
    int marks = 0;
    for (int i = from; i < sentence.start(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\u201c' || c == '\u201d') {
        marks++;
      }
    }
    return marks % 2 == 1;
  }

  static double heuristic(SentenceFeatures f, boolean role, boolean event) {
    double score = 0.1;
    score += f.quantity() ? 0.35 : f.number() ? 0.2 : 0;
    score += f.time() ? 0.2 : 0;
    score += event ? 0.2 : 0;
    score += role ? 0.2 : 0;
    score += f.named() ? 0.15 : 0;
    score += f.pastVerb() ? 0.1 : 0;
    score += f.causal() ? 0.2 : 0;
    score += f.future() ? 0.1 : 0;
    score += f.quoted() ? 0.15 : 0;
    score += f.comparative() ? 0.1 : 0;
    score -= f.opinion() ? 0.15 : 0;
    return Math.max(0, Math.min(1, score));
  }
}
