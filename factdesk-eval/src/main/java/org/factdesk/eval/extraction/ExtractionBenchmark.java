// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factdesk.eval.dataset.DatasetFormatException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A set of pages with gold bodies, described by a GOLD.json: {@code {"pages": [{"id", "page",
 * "gold", "goldFormat": "text"|"html", "split": "dev"|"test", "source": {...}}]}}, with {@code
 * page} and {@code gold} relative to the data folder. A gold body in HTML (an extractor's
 * reviewed expected output) is turned into text block by block.
 */
public final class ExtractionBenchmark {
  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
      "blockquote", "pre", "table", "tr", "td", "th", "section", "article", "figure", "figcaption", "br", "dd", "dt");

  /** One page: where its HTML is, its gold body text, and its split. */
  public record Page(String id, Path file, String gold, String split, String publisher) {}

  private ExtractionBenchmark() {}

  /** The pages of {@code split} ("dev", "test" or "all"). */
  public static List<Page> read(Path dir, Path goldJson, String split) throws IOException, DatasetFormatException {
    return read(dir, goldJson, split, false);
  }

  /** As {@link #read(Path, Path, String)}; {@code withExcluded} keeps pages marked {@code "exclude"} (not single articles). */
  public static List<Page> read(Path dir, Path goldJson, String split, boolean withExcluded)
      throws IOException, DatasetFormatException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(goldJson.toFile());
    } catch (IOException e) {
      throw new DatasetFormatException(goldJson + " is not a readable GOLD.json: " + e.getMessage());
    }
    if (!root.path("pages").isArray()) {
      throw new DatasetFormatException(goldJson + " has no \"pages\" list");
    }
    List<Page> pages = new ArrayList<>();
    for (JsonNode p : root.path("pages")) {
      String pageSplit = p.path("split").asText("test");
      if ((!split.equals("all") && !split.equals(pageSplit)) || (!withExcluded && p.hasNonNull("exclude"))) {
        continue;
      }
      Path file = dir.resolve(p.path("page").asText());
      Path goldFile = dir.resolve(p.path("gold").asText());
      if (!Files.isRegularFile(file) || !Files.isRegularFile(goldFile)) {
        throw new DatasetFormatException("missing " + (Files.isRegularFile(file) ? goldFile : file)
            + " (run benchmarks/extraction/prepare.sh first?)");
      }
      String goldText = Files.readString(goldFile, StandardCharsets.UTF_8);
      if (p.path("goldFormat").asText("text").equals("html")) {
        goldText = htmlText(goldText);
      }
      pages.add(new Page(p.path("id").asText(), file, goldText, pageSplit,
          Optional.ofNullable(p.path("publisher").asText(null)).orElse("")));
    }
    return pages;
  }

  /** Text of an HTML fragment with a line break at every block boundary. */
  public static String htmlText(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          out.append(t.getWholeText());
        } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          out.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          out.append('\n');
        }
      }
    }, body);
    return out.toString().replaceAll("[ \\t\\u00A0]+", " ").replaceAll("\\s*\\n\\s*", "\n\n").strip();
  }
}
