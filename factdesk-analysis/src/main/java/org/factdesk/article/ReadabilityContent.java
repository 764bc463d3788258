// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

import java.util.Optional;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.model.ArticleGrabberOptions;
import net.dankito.readability4j.model.ArticleMetadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Asks readability4j (a port of Mozilla's Readability.js, the reader view of Firefox) for the
 * element that holds the article. It found the article on more publishers we had not tuned on
 * than our own finder did (docs/benchmarks.md, issue 14), so it reads first and our finder is
 * the fallback. It recurses over the page, so very deep pages are left to our iterative finder.
 */
final class ReadabilityContent {
  /** Readability walks the DOM recursively; deeper pages could overflow a thread's stack. */
  private static final int MAX_DEPTH = 300;

  private ReadabilityContent() {}

  /** The article element of a copy of {@code page}, or empty when Readability finds none. */
  static Optional<Element> find(Document page) {
    if (depth(page) > MAX_DEPTH) {
      return Optional.empty();
    }
    try {
      // Readability changes the page it reads, so it reads a copy.
      Element content = new Grabber(page.clone()).content();
      if (content == null) {
        return Optional.empty();
      }
      content.setBaseUri(page.location());
      return Optional.of(content);
    } catch (RuntimeException e) {
      // A page Readability cannot handle is read by our own finder instead.
      return Optional.empty();
    }
  }

  /**
   * Readability's steps up to the article element: prepare the page, read its metadata (to
   * leave the byline out), grab the article. Its last step, which rewrites links against an
   * address and strips classes, is left out: links stay as the page wrote them.
   */
  private static final class Grabber extends Readability4J {
    Grabber(Document page) {
      super(ADDRESS_NOT_USED, page);
    }

    Element content() {
      getPreprocessor().prepareDocument(getDocument());
      ArticleMetadata metadata = getMetadataParser().getArticleMetadata(getDocument());
      return getArticleGrabber().grabArticle(getDocument(), metadata, new ArticleGrabberOptions(), null);
    }
  }

  /** Readability only needs an address to rewrite links, the step left out. */
  private static final String ADDRESS_NOT_USED = "http://localhost/";

  /** Depth of the element tree, measured without recursion. */
  private static int depth(Document page) {
    int max = 0;
    int depth = 0;
    Node node = page;
    while (node != null) {
      if (node.childNodeSize() > 0) {
        node = node.childNode(0);
        depth++;
        max = Math.max(max, depth);
        if (max > MAX_DEPTH) {
          return max;
        }
        continue;
      }
      while (node != null && node.nextSibling() == null) {
        node = node.parentNode();
        depth--;
      }
      if (node != null) {
        node = node.nextSibling();
      }
    }
    return max;
  }
}
