package org.factdesk.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads HTML with jsoup: metadata from {@code <meta>}, {@code <time>} and JSON-LD; the body from
 * {@code <article>}, {@code <main>} or {@code <body>}, without scripts, styles, navigation, share
 * bars and comment sections. The walk is iterative, so deeply nested pages cannot overflow it.
 */
final class HtmlReader {
  private static final Set<String> DROP = Set.of("script", "style", "noscript", "template", "iframe",
      "svg", "canvas", "nav", "footer", "form", "button", "select", "textarea", "input", "aside",
      "header", "object", "embed", "video", "audio", "map");
  private static final Pattern FURNITURE = Pattern.compile(
      "(?i)(^|[-_ ])(share|sharing|social|comments?|respond|newsletter|related|advert|ads?|promo|cookie|subscribe|sidebar|breadcrumbs?|menu)([-_ ]|$)");
  private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li",
      "blockquote", "div", "section", "article", "main", "td", "th", "dd", "dt", "figcaption", "pre",
      "ul", "ol", "table", "tr", "body", "hr", "address", "details", "summary", "center");
  private final ObjectMapper json = new ObjectMapper();

  Article read(String html, String name, Optional<String> baseUri) {
    Document doc = Jsoup.parse(html, baseUri.orElse(""));
    ArticleMetadata metadata = metadata(doc);
    Element root = doc.selectFirst("article");
    if (root == null) {
      root = doc.selectFirst("main");
    }
    if (root == null) {
      root = doc.body();
    }
    // Keep the <h1> headline even when it sits outside <article>.
    Element h1 = doc.selectFirst("h1");
    ArticleTextBuilder out = new ArticleTextBuilder();
    if (h1 != null && root != null && !root.equals(h1) && !h1.parents().contains(root)) {
      out.append(h1.text());
      out.endBlock(BlockKind.HEADLINE);
    } else if (h1 == null && metadata.title().isPresent() && root != null
        && root.selectFirst("h2, h3") == null) {
      out.append(metadata.title().get());
      out.endBlock(BlockKind.HEADLINE);
    }
    if (root != null) {
      root.select(String.join(",", DROP)).remove();
      for (Element e : root.select("[class], [id], [role]")) {
        if (e != root && (FURNITURE.matcher(e.className()).find() || FURNITURE.matcher(e.id()).find()
            || e.attr("role").equals("navigation") || e.attr("role").equals("complementary"))) {
          e.remove();
        }
      }
      NodeTraversor.traverse(new Walker(out), root);
    }
    return out.build(name, ArticleFormat.HTML, metadata);
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
          out.append(" ");
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
        case "h1" -> out.endBlock(BlockKind.HEADLINE);
        case "h2", "h3", "h4", "h5", "h6" -> out.endBlock(BlockKind.HEADING);
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
          } else {
            out.append(" ");
          }
        }
      }
    }

    private BlockKind kindHere() {
      return quoteDepth > 0 ? BlockKind.QUOTE : listDepth > 0 ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH;
    }
  }

  private ArticleMetadata metadata(Document doc) {
    Optional<String> title = firstNonBlank(meta(doc, "meta[property=og:title]"), Optional.of(doc.title()));
    Optional<String> byline = meta(doc, "meta[name=author]");
    Optional<LocalDate> published = firstDate(
        meta(doc, "meta[property=article:published_time]"),
        meta(doc, "meta[name=date], meta[name=pubdate], meta[name=publishdate], meta[name=dc.date], meta[itemprop=datePublished]"),
        Optional.ofNullable(doc.selectFirst("time[datetime]")).map(e -> e.attr("datetime")));
    Optional<String> url = firstNonBlank(
        Optional.ofNullable(doc.selectFirst("link[rel=canonical]")).map(e -> e.attr("href")),
        meta(doc, "meta[property=og:url]"));
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode node = json.readTree(script.data());
        JsonNode article = findArticle(node);
        if (article != null) {
          if (published.isEmpty()) {
            published = DateParsing.parseLenient(article.path("datePublished").asText(null));
          }
          if (title.isEmpty() && article.hasNonNull("headline")) {
            title = Optional.of(article.get("headline").asText());
          }
          if (byline.isEmpty()) {
            JsonNode author = article.path("author");
            JsonNode first = author.isArray() ? author.path(0) : author;
            String n = first.isTextual() ? first.asText() : first.path("name").asText("");
            byline = n.isBlank() ? Optional.empty() : Optional.of(n);
          }
        }
      } catch (Exception e) {
        // Broken JSON-LD is common on the web; the page is still readable without it.
      }
    }
    return new ArticleMetadata(title, byline, published, url);
  }

  private static JsonNode findArticle(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        JsonNode found = findArticle(n);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (node.has("@graph")) {
      return findArticle(node.get("@graph"));
    }
    String type = node.path("@type").asText("").toLowerCase(Locale.ROOT);
    return type.contains("article") || type.contains("posting") || node.has("datePublished") ? node : null;
  }

  private static Optional<String> meta(Document doc, String css) {
    Element e = doc.selectFirst(css);
    return e == null || e.attr("content").isBlank() ? Optional.empty() : Optional.of(e.attr("content").strip());
  }

  @SafeVarargs
  private static Optional<String> firstNonBlank(Optional<String>... options) {
    for (Optional<String> o : options) {
      if (o.isPresent() && !o.get().isBlank()) {
        return o;
      }
    }
    return Optional.empty();
  }

  @SafeVarargs
  private static Optional<LocalDate> firstDate(Optional<String>... raws) {
    for (Optional<String> r : raws) {
      Optional<LocalDate> d = r.flatMap(DateParsing::parseLenient);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }
}
