// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.archive.ArchiveMatch;
import org.factdesk.archive.FactCheckArchive;
import org.factdesk.archive.TermRarity;
import org.factdesk.archive.equivalence.ClaimComparison;
import org.factdesk.archive.equivalence.ClaimEquivalence;
import org.factdesk.archive.ingest.UnreadableFactChecksException;

/**
 * Scores the equivalence decision on labelled news pairs: each pair's sentence is read from its
 * story under {@code newsRoot}, its fact-check from the archive, and the pair is judged the same
 * claim when the model's score reaches the threshold. Precision and recall of "same".
 */
public final class MatchingEvaluation {
  /** A pair with its sentence and fact-check looked up. */
  public record Resolved(LabelledPair pair, String sentence, ArchiveMatch match) {}

  /** A resolved pair and the model's judgement of it. */
  public record Judged(Resolved resolved, ClaimComparison comparison) {}

  private final FactCheckArchive archive;
  private final Path newsRoot;
  private final HeadlineRows headlines;
  private final WireStories reader = new WireStories();

  /**
   * Wire stories are read under {@code newsRoot}; dataset headlines ({@code github:…} stories)
   * from the local copies under {@code headlinesRoot} (eval/fetch-headlines.sh).
   */
  public MatchingEvaluation(FactCheckArchive archive, Path newsRoot, Path headlinesRoot) {
    this.archive = archive;
    this.newsRoot = newsRoot;
    this.headlines = new HeadlineRows(headlinesRoot);
  }

  public List<Resolved> resolve(List<LabelledPair> pairs) throws IOException {
    Map<String, WireStory> stories = new HashMap<>();
    List<Resolved> out = new ArrayList<>(pairs.size());
    for (LabelledPair p : pairs) {
      String text = HeadlineRows.isHeadline(p.story()) ? headlines.title(p.story()) : story(p, stories).text();
      if (p.start() < 0 || p.end() > text.length() || p.start() >= p.end()) {
        throw new UnreadableFactChecksException("line " + p.line() + ": offsets " + p.start() + "-" + p.end()
            + " are outside " + p.story());
      }
      String sentence = text.substring(p.start(), p.end());
      if (!LabelledPairs.hash(sentence).equals(p.sentenceHash())) {
        throw new UnreadableFactChecksException("line " + p.line() + ": the text at " + p.start() + "-" + p.end()
            + " of " + p.story() + " is not the sentence that was labelled (hash differs): is this the same copy of the news?");
      }
      ArchiveMatch match = archive.compareWith(sentence, p.checkId()).orElseThrow(() -> new UnreadableFactChecksException(
          "line " + p.line() + ": fact-check " + p.checkId() + " is not in the archive; import vclaims.jsonl into it first"));
      out.add(new Resolved(p, sentence, match));
    }
    return out;
  }

  private WireStory story(LabelledPair p, Map<String, WireStory> stories) {
    Path file = newsRoot.resolve(p.story());
    if (!Files.isRegularFile(file)) {
      throw new UnreadableFactChecksException("line " + p.line() + ": no story " + file);
    }
    return stories.computeIfAbsent(p.story(), s -> {
      try {
        return reader.read(file);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  public List<Judged> judge(List<Resolved> resolved, ClaimEquivalence equivalence) {
    TermRarity rarity = archive.termRarity();
    List<Judged> out = new ArrayList<>(resolved.size());
    for (Resolved r : resolved) {
      out.add(new Judged(r, equivalence.compare(r.sentence(), r.match(), rarity)));
    }
    return out;
  }

  public static MatchingScores score(List<Judged> judged, double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Judged j : judged) {
      boolean said = j.comparison().score() >= threshold;
      boolean same = j.resolved().pair().same();
      if (said && same) {
        tp++;
      } else if (said) {
        fp++;
      } else if (same) {
        fn++;
      }
    }
    return new MatchingScores(tp, fp, fn, judged.size());
  }
}
