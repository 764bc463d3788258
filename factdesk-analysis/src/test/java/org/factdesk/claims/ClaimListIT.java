// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.ClaimInfo;
import org.factdesk.analysis.ClaimType;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.PreparedArticle;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleFormat;
import org.factdesk.article.ArticleReaders;
import org.factdesk.engine.Engine;
import org.factdesk.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** The claim list of whole articles (our own texts) through the real engine: what is listed, in what order, typed how. */
class ClaimListIT {
  private static final class SharedEngine {
    static final Engine ANALYZER = Engine.loadDefault();
  }

  private static final String STORY = """
      Harbour council cuts bus fares by a third

      The Harbour town council voted on Tuesday to cut bus fares by a third from April, the mayor said.

      The council said the cut would cost 2.4 million euros a year, paid from the parking budget.

      "He's a rock star," says a 19-year-old fan who waited outside the town hall.

      Opposition councillor Ana Ruiz accused the mayor of hiding a consultant's report on the cost.

      The mayor declined to comment on the report.

      (Reporting by Jo Smith; Editing by Sam Lee)
      """;

  private static List<Finding> claims(String text) throws Exception {
    Article article = new ArticleReaders().read(text.getBytes(StandardCharsets.UTF_8), "story.txt", Optional.of(ArticleFormat.TEXT));
    return SharedEngine.ANALYZER.analyze(article, AnalysisContext.undated()).withCode(FindingCodes.CLAIM);
  }

  private static int rankOf(List<Finding> claims, String start) {
    return claims.stream().filter(f -> f.quote().startsWith(start)).findFirst()
        .flatMap(Finding::claim).map(ClaimInfo::rank).orElse(-1);
  }

  @Test
  void theLeadComesFirstThenTheRestByPriorityEachWithItsScore() throws Exception {
    List<Finding> claims = claims(STORY);
    assertThat(rankOf(claims, "The Harbour town council voted")).isEqualTo(1);
    assertThat(rankOf(claims, "The council said the cut would cost")).isGreaterThan(1);
    assertThat(claims).allSatisfy(f -> {
      assertThat(f.claim()).isPresent();
      assertThat(f.claim().get().score()).isBetween(0.0, 1.0);
      assertThat(f.message()).contains("score");
    });
    assertThat(claims.stream().map(f -> f.claim().get().rank()).sorted().toList())
        .isEqualTo(java.util.stream.IntStream.rangeClosed(1, claims.size()).boxed().toList());
  }

  @Test
  void aNamedAccusationIsListedAndColourCreditsAndNoCommentAreNot() throws Exception {
    List<Finding> claims = claims(STORY);
    assertThat(claims).anyMatch(f -> f.quote().startsWith("Opposition councillor Ana Ruiz accused"));
    assertThat(claims).noneMatch(f -> f.quote().contains("rock star"));
    assertThat(claims).noneMatch(f -> f.quote().contains("declined to comment"));
    assertThat(claims).noneMatch(f -> f.quote().contains("Reporting by"));
  }

  @Test
  void aLeadThatScoresLowIsStillListed() throws Exception {
    List<Finding> claims = claims("""
        Quiet day at the port

        Nothing much happened at the old port this week, harbour staff said.

        Cargo volumes rose 12 percent in the first quarter to 1.3 million tonnes, the port authority said.
        """);
    assertThat(rankOf(claims, "Nothing much happened")).isEqualTo(1);
  }

  private static ClaimType typeOf(String sentence) throws Exception {
    Article article = new ArticleReaders().read(("Headline\n\n" + sentence + "\n").getBytes(StandardCharsets.UTF_8),
        "one.txt", Optional.of(ArticleFormat.TEXT));
    PreparedArticle prepared = SharedEngine.ANALYZER.prepare(article, Optional.empty());
    Sentence s = prepared.sentences().stream().filter(x -> x.text().startsWith(sentence.substring(0, 10))).findFirst().orElseThrow();
    return ClaimTypes.of(SentenceFeatures.of(s, false), false, false);
  }

  @Test
  void eachTypeHasARuleThatPicksIt() throws Exception {
    assertThat(typeOf("Unemployment rose to 7.2 percent in March from 6.9 percent in February.")).isEqualTo(ClaimType.STATISTIC);
    assertThat(typeOf("\"The plant was never inspected,\" the union leader told reporters.")).isEqualTo(ClaimType.QUOTE);
    assertThat(typeOf("The central bank will raise interest rates next month, officials said.")).isEqualTo(ClaimType.PREDICTION);
    assertThat(typeOf("The flooding was caused by a blocked drain, the city engineer said.")).isEqualTo(ClaimType.CAUSAL);
    assertThat(typeOf("Parliament passed a law banning single-use plastic bags in shops.")).isEqualTo(ClaimType.POLICY);
    assertThat(typeOf("The board appointed Maria Lopez chief executive of the airline.")).isEqualTo(ClaimType.ROLE);
    assertThat(typeOf("The ferry ran aground off the northern coast with 40 passengers on board.")).isEqualTo(ClaimType.STATISTIC);
    assertThat(typeOf("The ferry ran aground off the northern coast during the storm.")).isEqualTo(ClaimType.EVENT);
    assertThat(typeOf("The company makes labels and ticket printers for airlines.")).isEqualTo(ClaimType.OTHER);
  }

  @Test
  void aPastEventIsNotAPredictionBecauseOfMayCouldOrPredicted() throws Exception {
    assertThat(typeOf("In May, the council approved the new stadium after a long debate.")).isEqualTo(ClaimType.EVENT);
    assertThat(typeOf("Rescuers could not reach the village until the road reopened on Sunday.")).isEqualTo(ClaimType.EVENT);
    assertThat(typeOf("Last year the minister predicted a recession, and the economy shrank.")).isNotEqualTo(ClaimType.PREDICTION);
  }
}
