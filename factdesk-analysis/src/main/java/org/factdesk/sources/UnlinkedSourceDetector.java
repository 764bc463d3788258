package org.factdesk.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.AnalyzedArticle;
import org.factdesk.analysis.Capability;
import org.factdesk.analysis.Detector;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.Severity;
import org.factdesk.article.Article;
import org.factdesk.article.Block;
import org.factdesk.article.BlockKind;
import org.factdesk.article.Span;
import org.factdesk.nlp.Sentence;

/**
 * Flags sources a reader cannot follow: "visit the U.S. Department of State" with no link, a
 * "Source: SCMP" line with nothing to click, a study or report cited without a link.
 */
public final class UnlinkedSourceDetector implements Detector {
  private static final String NAME = "(?:the\\s+)?(?:[\\p{Lu}][\\p{L}.&'’-]*|U\\.S\\.|of|the|and|for|on|&)(?:\\s+(?:[\\p{Lu}][\\p{L}.&'’-]*|of|the|and|for|on|&|U\\.S\\.))*";
  private static final Pattern VISIT = Pattern.compile(
      "\\b(?:[Vv]isit|[Ss]ee|[Cc]heck\\s+out|[Gg]o\\s+to|[Hh]ead\\s+to|[Cc]onsult|[Rr]ead\\s+more\\s+(?:at|on)|[Ff]ollow)\\s+(" + NAME + ")");
  private static final Pattern STUDY = Pattern.compile(
      "(?i)\\baccording\\s+to\\s+(?:a|an|the)\\s+(?:new\\s+|recent\\s+|latest\\s+)?(?:report|study|survey|poll|analysis|investigation|paper)\\s+(?:by|from|in|published\\s+by)\\s+(" + NAME + ")");

  @Override
  public String name() {
    return "unlinked-source";
  }

  @Override
  public Set<String> codes() {
    return Set.of(FindingCodes.SOURCE_UNLINKED);
  }

  @Override
  public Set<Capability> requires() {
    return Set.of(Capability.SENTENCES);
  }

  @Override
  public List<Finding> detect(AnalyzedArticle analyzed, AnalysisContext context) {
    Article article = analyzed.article();
    List<Finding> out = new ArrayList<>();
    for (Block b : article.blocks()) {
      if (b.kind() == BlockKind.SOURCE_LINE && !article.hasLinkIn(b.span())) {
        String quote = article.text(b.span());
        out.add(new Finding(FindingCodes.SOURCE_UNLINKED, Severity.WARNING, b.span(), quote,
            "“" + quote + "” names a source with nothing to follow: link the original piece.", List.of(),
            Optional.empty()));
      }
    }
    for (Sentence s : analyzed.sentences()) {
      if (s.blockKind() == BlockKind.SOURCE_LINE || s.blockKind() == BlockKind.BOILERPLATE
          || article.hasLinkIn(s.span())) {
        continue;
      }
      find(VISIT, s, article, out, "sends readers to %s without a link: add the address.");
      find(STUDY, s, article, out, "cites %s without a link: link the report so readers can check it.");
    }
    return out;
  }

  private static void find(Pattern p, Sentence s, Article article, List<Finding> out, String template) {
    Matcher m = p.matcher(s.text());
    while (m.find()) {
      String target = m.group(1).strip().replaceAll("(?:\\s+(?:of|the|and|for|on|&))+$", "");
      if (target.endsWith(".") && target.length() > 2 && Character.isLowerCase(target.charAt(target.length() - 2))) {
        target = target.substring(0, target.length() - 1);
      }
      if (target.isEmpty() || !Character.isUpperCase(target.replaceFirst("^the\\s+", "").charAt(0))) {
        continue;
      }
      int end = m.start(1) + m.group(1).indexOf(target) + target.length();
      Span span = new Span(s.span().start() + m.start(), s.span().start() + end);
      String quote = span.of(article.text());
      out.add(new Finding(FindingCodes.SOURCE_UNLINKED, Severity.WARNING, span, quote,
          "“" + quote + "” " + String.format(template, target), List.of(), Optional.empty()));
    }
  }
}
