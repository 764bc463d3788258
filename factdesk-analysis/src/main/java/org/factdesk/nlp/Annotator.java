// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.factdesk.article.Article;
import org.factdesk.article.Block;
import org.factdesk.article.Span;

/**
 * The NLP adapter: Stanford CoreNLP's tokenizer, sentence splitter and part-of-speech tagger,
 * plus Factdesk's time-expression extractor. Sentences never cross block boundaries. Build one
 * per process (the tagger model takes about a second to load) and share it; it is thread-safe.
 */
public final class Annotator {
  private final StanfordCoreNLP pipeline;

  private Annotator(StanfordCoreNLP pipeline) {
    this.pipeline = pipeline;
  }

  /** Loads the English tokenizer and the left3words part-of-speech tagger. */
  public static Annotator load() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos");
    props.setProperty("tokenize.language", "en");
    props.setProperty("tokenize.options",
        "invertible=false,ptb3Escaping=false,normalizeParentheses=false,normalizeOtherBrackets=false,"
            + "splitHyphenated=false,untokenizable=noneKeep");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
    return new Annotator(new StanfordCoreNLP(props, false));
  }

  /** Sentences of every block, in order; relative time expressions resolve against {@code reference}. */
  public List<Sentence> analyze(Article article, Optional<LocalDate> reference) {
    List<Sentence> out = new ArrayList<>();
    String text = article.text();
    for (Block block : article.blocks()) {
      String blockText = block.span().of(text);
      int base = block.span().start();
      Annotation annotation = new Annotation(blockText);
      pipeline.annotate(annotation);
      for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        if (labels.isEmpty()) {
          continue;
        }
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
          tokens.add(new Token(new Span(base + l.beginPosition(), base + l.endPosition()),
              text.substring(base + l.beginPosition(), base + l.endPosition()), l.tag() == null ? "" : l.tag()));
        }
        int start = tokens.get(0).span().start();
        int end = tokens.get(tokens.size() - 1).span().end();
        String sentenceText = text.substring(start, end);
        out.add(new Sentence(out.size(), new Span(start, end), sentenceText, block.kind(), tokens,
            TimeExpressionExtractor.extract(sentenceText, start, reference)));
      }
    }
    return out;
  }
}
