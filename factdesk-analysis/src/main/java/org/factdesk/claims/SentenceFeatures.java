package org.factdesk.claims;

import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.nlp.Sentence;
import org.factdesk.nlp.Token;

/** The surface signals that make a sentence worth checking, read once per sentence. */
record SentenceFeatures(boolean number, boolean statistic, boolean time, boolean properNoun, boolean pastVerb,
    boolean causal, boolean prediction, boolean quote, boolean comparative, boolean opinion, boolean question,
    int tokens) {
  private static final Pattern CAUSAL = Pattern.compile(
      "(?i)\\b(because|led to|leading to|lead to|caused|causes|cause|resulted in|results in|as a result|due to|"
          + "backfired|encouraged|emboldened|triggered|sparked|prevented|fuell?ed|drove|thanks to|so that)\\b");
  private static final Pattern PREDICTION = Pattern.compile(
      "(?i)\\b(will|would|could|may|might|likely|unlikely|predicts?|forecasts?|expected to|is set to|going to)\\b");
  private static final Pattern STATISTIC = Pattern.compile(
      "(?i)(\\d[\\d,.]*\\s*(%|percent|per cent|million|billion|trillion|thousand)|[$€£]\\s*\\d|\\bhalf\\b|\\bmajority\\b|\\bdoubled\\b|\\btripled\\b)");
  private static final Pattern OPINION = Pattern.compile(
      "(?i)\\b(should|must|ought to|I think|we believe|in my view|essential|need to|needs to)\\b");
  private static final Set<String> QUOTES = Set.of("\"", "“", "”", "``", "''");

  static SentenceFeatures of(Sentence s) {
    boolean number = false;
    boolean proper = false;
    boolean past = false;
    boolean quote = false;
    boolean comparative = false;
    for (Token t : s.tokens()) {
      String pos = t.pos();
      if (pos.equals("CD") && !t.text().matches("(19|20)\\d\\d")) {
        number = true;
      }
      proper |= pos.startsWith("NNP");
      past |= pos.equals("VBD") || pos.equals("VBN");
      quote |= QUOTES.contains(t.text());
      comparative |= pos.equals("JJR") || pos.equals("JJS") || pos.equals("RBR") || pos.equals("RBS");
    }
    String text = s.text();
    return new SentenceFeatures(number, STATISTIC.matcher(text).find(), !s.times().isEmpty(), proper, past,
        CAUSAL.matcher(text).find(), PREDICTION.matcher(text).find(), quote, comparative,
        OPINION.matcher(text).find(), text.strip().endsWith("?"), s.tokens().size());
  }

}
