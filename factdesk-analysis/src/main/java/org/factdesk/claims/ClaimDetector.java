package org.factdesk.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.AnalyzedArticle;
import org.factdesk.analysis.Capability;
import org.factdesk.analysis.ClaimInfo;
import org.factdesk.analysis.ClaimType;
import org.factdesk.analysis.Detector;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.Severity;
import org.factdesk.article.BlockKind;
import org.factdesk.nlp.Sentence;

/**
 * Marks each check-worthy sentence as a {@code claim}, typed (statistic, event, quote, causal,
 * prediction, role) so a fact-checker knows what evidence to look for. The score comes from a
 * {@link CheckworthinessScorer} (a trained model by default) or, without one, from surface signals.
 */
public final class ClaimDetector implements Detector {
  private static final double HEURISTIC_THRESHOLD = 0.45;
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

  @Override
  public List<Finding> detect(AnalyzedArticle article, AnalysisContext context) {
    List<Finding> out = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      if (!s.blockKind().isProse() || s.blockKind() == BlockKind.HEADLINE) {
        continue;
      }
      SentenceFeatures f = SentenceFeatures.of(s);
      if (f.question() || f.tokens() < 5) {
        continue;
      }
      boolean role = article.persons().stream().anyMatch(p -> p.sentenceIndex() == s.index() && p.title().isPresent());
      boolean event = article.events().stream().anyMatch(e -> e.sentenceIndex() == s.index());
      double score = scorer.map(sc -> sc.score(s.text())).orElseGet(() -> heuristic(f, role, event));
      double threshold = scorer.map(CheckworthinessScorer::threshold).orElse(HEURISTIC_THRESHOLD);
      if (score < threshold) {
        continue;
      }
      ClaimType type = type(f, role, event);
      out.add(new Finding(FindingCodes.CLAIM, Severity.INFO, s.span(), s.text(),
          String.format(Locale.ROOT, "Check-worthy %s claim (score %.2f): record a verdict with evidence.",
              type.label(), score),
          List.of(), Optional.of(new ClaimInfo(type, Math.round(score * 1000) / 1000.0))));
    }
    return out;
  }

  static double heuristic(SentenceFeatures f, boolean role, boolean event) {
    double score = 0.1;
    score += f.statistic() ? 0.35 : f.number() ? 0.2 : 0;
    score += f.time() ? 0.2 : 0;
    score += event ? 0.2 : 0;
    score += role ? 0.2 : 0;
    score += f.properNoun() ? 0.15 : 0;
    score += f.pastVerb() ? 0.1 : 0;
    score += f.causal() ? 0.2 : 0;
    score += f.prediction() ? 0.1 : 0;
    score += f.quote() ? 0.15 : 0;
    score += f.comparative() ? 0.1 : 0;
    score -= f.opinion() ? 0.15 : 0;
    return Math.max(0, Math.min(1, score));
  }

  static ClaimType type(SentenceFeatures f, boolean role, boolean event) {
    if (f.statistic() || f.number()) {
      return ClaimType.STATISTIC;
    }
    if (f.quote()) {
      return ClaimType.QUOTE;
    }
    if (f.causal()) {
      return ClaimType.CAUSAL;
    }
    if (event || f.time()) {
      return ClaimType.EVENT;
    }
    if (role) {
      return ClaimType.ROLE;
    }
    if (f.prediction()) {
      return ClaimType.PREDICTION;
    }
    return ClaimType.OTHER;
  }

}
