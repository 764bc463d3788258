// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown with commonmark-java. An optional front matter block ({@code ---} lines with
 * {@code title:}, {@code author:}, {@code date:}) gives the metadata.
 */
final class MarkdownReader {
  private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\n(.*?)\\n---\\n", Pattern.DOTALL);
  private static final Pattern KEY_VALUE = Pattern.compile("(?m)^(title|author|byline|date|published|url)\\s*:\\s*[\"']?(.*?)[\"']?\\s*$");

  /** Deeper nesting than this is refused: no article needs it, and walking it would overflow the stack. */
  static final int MAX_NESTING = 200;

  private final Parser parser = Parser.builder().build();

  Article read(String source, String name) throws UnreadableArticleException {
    ArticleMetadata metadata = ArticleMetadata.none();
    String body = source;
    Matcher fm = FRONT_MATTER.matcher(source);
    if (fm.find()) {
      metadata = frontMatter(fm.group(1));
      body = source.substring(fm.end());
    }
    Node document = parser.parse(body);
    requireShallow(document, name);
    ArticleTextBuilder builder = new ArticleTextBuilder();
    document.accept(new BlockVisitor(builder));
    return builder.build(name, ArticleFormat.MARKDOWN, metadata);
  }

  /** Measures nesting without recursion, before the recursive visitor runs. */
  private static void requireShallow(Node document, String name) throws UnreadableArticleException {
    java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
    java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
    stack.push(document);
    depths.push(0);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      int depth = depths.pop();
      if (depth > MAX_NESTING) {
        throw new UnreadableArticleException(name + " nests quotes, lists or emphasis more than "
            + MAX_NESTING + " levels deep; no article does, so it is not read");
      }
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        stack.push(child);
        depths.push(depth + 1);
      }
    }
  }

  private static ArticleMetadata frontMatter(String yaml) {
    Optional<String> title = Optional.empty();
    Optional<String> byline = Optional.empty();
    Optional<LocalDate> date = Optional.empty();
    Optional<String> url = Optional.empty();
    java.util.Map<String, String> sources = new java.util.TreeMap<>();
    Matcher m = KEY_VALUE.matcher(yaml);
    while (m.find()) {
      String v = m.group(2).strip();
      String origin = "front matter " + m.group(1);
      switch (m.group(1)) {
        case "title" -> {
          title = Optional.of(v);
          sources.put("title", origin);
        }
        case "author", "byline" -> {
          byline = Optional.of(v);
          sources.put("byline", origin);
        }
        case "date", "published" -> {
          date = DateParsing.parseLenient(v);
          if (date.isPresent()) {
            sources.put("published", origin);
          }
        }
        case "url" -> {
          url = Optional.of(v);
          sources.put("url", origin);
        }
        default -> { }
      }
    }
    return new ArticleMetadata(title, byline, date, url, Optional.empty(), sources);
  }

  /** Walks blocks; inline content is flattened into the builder with link offsets. */
  private static final class BlockVisitor extends AbstractVisitor {
    private final ArticleTextBuilder out;
    private int listDepth;
    private int quoteDepth;

    BlockVisitor(ArticleTextBuilder out) {
      this.out = out;
    }

    @Override
    public void visit(Heading heading) {
      visitChildren(heading);
      out.endBlock(heading.getLevel() == 1 ? BlockKind.HEADLINE : BlockKind.HEADING);
    }

    @Override
    public void visit(Paragraph paragraph) {
      visitChildren(paragraph);
      out.endBlock(quoteDepth > 0 ? BlockKind.QUOTE : listDepth > 0 ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH);
    }

    @Override
    public void visit(ListItem item) {
      listDepth++;
      visitChildren(item);
      listDepth--;
    }

    @Override
    public void visit(BlockQuote quote) {
      quoteDepth++;
      visitChildren(quote);
      quoteDepth--;
    }

    @Override
    public void visit(Text text) {
      out.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
      out.append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak br) {
      out.append(" ");
    }

    @Override
    public void visit(HardLineBreak br) {
      out.append(" ");
    }

    @Override
    public void visit(Link link) {
      int from = out.pendingLength();
      visitChildren(link);
      out.addPendingLink(from, out.pendingLength(), link.getDestination());
    }

    @Override
    public void visit(HtmlInline html) {
      // Raw inline HTML is markup, not prose.
    }

    @Override
    public void visit(HtmlBlock html) {
      // Raw HTML blocks (embeds, scripts) are not article prose.
    }

    @Override
    public void visit(FencedCodeBlock code) {
      // Code is not prose to fact-check.
    }

    @Override
    public void visit(IndentedCodeBlock code) {
      // Code is not prose to fact-check.
    }
  }
}
