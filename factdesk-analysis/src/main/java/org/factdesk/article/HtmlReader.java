// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a web page as a reader would. Metadata first ({@link HtmlMetadata}), then the page is
 * cleaned of what is never prose ({@link PageCleaner}), the main content is found
 * ({@link MainContentFinder}), and its blocks are judged ({@link HtmlBlockFilter}). The text
 * is the headline followed by the body blocks; what was left out is counted by reason. The main
 * content is first asked of Readability ({@link ReadabilityContent}); when it finds none, our own
 * {@link MainContentFinder} looks, and when the class and id hints leave almost nothing, the page is
 * read again without them. Every walk is
 * iterative, so deeply nested pages cannot overflow the stack.
 */
final class HtmlReader {
  private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li",
      "blockquote", "div", "section", "article", "main", "td", "th", "dd", "dt", "figcaption", "pre",
      "ul", "ol", "table", "tr", "body", "hr", "address", "details", "summary", "center", "figure", "dl");
  /** A body shorter than this after the hints are applied means they probably removed the article. */
  private static final int RETRY_BELOW = 250;

  private final HtmlMetadata metadataReader = new HtmlMetadata();

  /**
   * Who finds the main content, in the order tried: Readability, then our finder with class and id
   * hints, then without them (when the hints removed the article).
   */
  private enum Finder {
    READABILITY,
    HINTS,
    NO_HINTS
  }

  Article read(String html, String name, Optional<String> baseUri) {
    Article readable = read(html, name, baseUri, Finder.READABILITY);
    if (readable.body().text().length() >= RETRY_BELOW) {
      return readable;
    }
    // Readability found no article of a reader's length (a short page, or none it could score).
    Article first = read(html, name, baseUri, Finder.HINTS);
    if (first.body().text().length() >= RETRY_BELOW) {
      return first;
    }
    Article second = read(html, name, baseUri, Finder.NO_HINTS);
    return second.body().text().length() > first.body().text().length() ? second : first;
  }

  private Article read(String html, String name, Optional<String> baseUri, Finder finder) {
    Document doc = Jsoup.parse(html, baseUri.orElse(""));
    HtmlMetadata.Found found = metadataReader.read(doc);
    ArticleMetadata metadata = found.metadata();
    Element h1 = doc.selectFirst("h1");
    String headline = h1 != null && !h1.text().isBlank() ? h1.text() : metadata.title().orElse(null);
    Map<String, Integer> dropped = new TreeMap<>();
    Element body = doc.body();
    List<String> datedLines = metadata.published().isPresent() || body == null ? List.of() : bylineTexts(body);
    ArticleTextBuilder out = new ArticleTextBuilder();
    if (headline != null) {
      out.append(headline);
      out.endBlock(BlockKind.HEADLINE);
    }
    boolean readabilityFound = false;
    if (body != null) {
      Optional<Element> readable = finder == Finder.READABILITY
          ? ReadabilityContent.find(doc) : Optional.empty();
      PageCleaner.clean(body, finder != Finder.NO_HINTS, dropped);
      List<Element> roots;
      int outside;
      readabilityFound = readable.isPresent();
      if (readable.isPresent()) {
        // Furniture Readability keeps inside the article (an inline newsletter box, a share bar)
        // goes by our names for it; it was counted above, on the page.
        PageCleaner.clean(readable.get(), true, new TreeMap<>());
        roots = List.of(readable.get());
        outside = Math.max(0, countBlocks(body) - countBlocks(readable.get()));
      } else {
        MainContentFinder ours = new MainContentFinder();
        roots = ours.find(body);
        outside = ours.blocksOutside(body, roots);
      }
      if (outside > 0) {
        dropped.put("outside the main content", outside);
      }
      for (Element root : roots) {
        NodeTraversor.traverse(new Walker(out), root);
        out.endBlock(BlockKind.PARAGRAPH);
      }
    }
    // Readability already dropped link-heavy parts of its article by their element; its short
    // linked items (a list of titles the article names) are prose there, not a link bar.
    HtmlBlockFilter filter = new HtmlBlockFilter(headline, !readabilityFound);
    Article article = out.build(name, ArticleFormat.HTML, metadata, filter, dropped);
    if (article.metadata().published().isEmpty()) {
      Optional<TextDates.Found> date = TextDates.find(datedLines).or(() -> TextDates.find(out.collectedTexts()));
      if (date.isPresent()) {
        Map<String, String> sources = new TreeMap<>(metadata.sources());
        sources.put("published", date.get().source());
        ArticleMetadata dated = new ArticleMetadata(metadata.title(), metadata.byline(),
            Optional.of(date.get().date()), metadata.url(), metadata.section(), sources);
        article = new Article(name, article.text(), article.format(), article.blocks(), article.links(), dated,
            article.dropped());
      }
    }
    return article;
  }

  /** Blocks counted as left out when Readability chose the content. */
  private static final Set<String> COUNTED = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd");

  /** Blocks of text (paragraphs, list items, headings) under {@code root}. */
  private static int countBlocks(Element root) {
    int n = 0;
    for (Element e : root.getAllElements()) {
      if (COUNTED.contains(e.normalName()) && e.hasText()) {
        n++;
      }
    }
    return n;
  }

  /** Short texts the page marks as its byline or date line, read before furniture is removed. */
  private static List<String> bylineTexts(Element body) {
    List<String> texts = new java.util.ArrayList<>();
    for (Element e : body.select("[class~=(?i)byline|dateline|date|posted|published|timestamp], [id~=(?i)byline|dateline]")) {
      String t = e.text();
      if (!t.isBlank() && t.length() < 200) {
        texts.add(t);
        if (texts.size() == 10) {
          break;
        }
      }
    }
    return texts;
  }

  /** Emits one block per block-level element, with inline text and link offsets. */
  private static final class Walker implements NodeVisitor {
    private final ArticleTextBuilder out;
    private final Deque<Integer> linkStarts = new ArrayDeque<>();
    private int quoteDepth;
    private int listDepth;

    Walker(ArticleTextBuilder out) {
      this.out = out;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        out.append(t.getWholeText());
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (BLOCKS.contains(tag)) {
          out.endBlock(kindHere());
        } else if (tag.equals("br")) {
          if (e.previousElementSibling() != null && e.previousElementSibling().normalName().equals("br")
              && blankBetween(e.previousSibling())) {
            out.endBlock(kindHere());
          } else {
            out.append(" ");
          }
        }
        if (tag.equals("blockquote")) {
          quoteDepth++;
        } else if (tag.equals("li")) {
          listDepth++;
        } else if (tag.equals("a")) {
          linkStarts.push(out.pendingLength());
        }
      }
    }

    private static boolean blankBetween(Node previous) {
      return previous instanceof Element || (previous instanceof TextNode t && t.isBlank());
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      switch (tag) {
        case "a" -> {
          if (!linkStarts.isEmpty()) {
            int from = linkStarts.pop();
            String href = e.absUrl("href");
            out.addPendingLink(from, out.pendingLength(), href.isEmpty() ? e.attr("href") : href);
          }
        }
        case "h1", "h2", "h3", "h4", "h5", "h6" -> out.endBlock(BlockKind.HEADING);
        case "li" -> {
          out.endBlock(quoteDepth > 0 ? BlockKind.QUOTE : BlockKind.LIST_ITEM);
          listDepth--;
        }
        case "blockquote" -> {
          out.endBlock(BlockKind.QUOTE);
          quoteDepth--;
        }
        default -> {
          if (BLOCKS.contains(tag)) {
            out.endBlock(kindHere());
          } else if (!tag.equals("br")) {
            out.append(inlineGap(e));
          }
        }
      }
    }

    /** Inline elements end without a space unless the source had one, so "N<b>AT</b>O" stays one word. */
    private static String inlineGap(Element e) {
      Node next = e.nextSibling();
      return next instanceof TextNode t && !t.getWholeText().isEmpty() && Character.isWhitespace(t.getWholeText().charAt(0))
          ? " " : "";
    }

    private BlockKind kindHere() {
      return quoteDepth > 0 ? BlockKind.QUOTE : listDepth > 0 ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH;
    }
  }
}
