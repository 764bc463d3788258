// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the element(s) that hold the article on a cleaned page. Each paragraph-like element
 * scores by its length and commas; the score flows to its parent and, diminishing, to further
 * ancestors; the best container after discounting link-heavy text wins, then siblings that
 * score nearly as well or read as prose join it. Semantic markup ({@code itemprop=articleBody},
 * a lone {@code <article>}) and class or id hints weigh in. Text statistics are gathered in one
 * iterative pass, so the whole search is linear in the page and safe on deep nesting.
 */
final class MainContentFinder {
  private static final Set<String> SCORED = Set.of("p", "pre", "td", "blockquote");
  private static final Set<String> BLOCK_CHILDREN = Set.of("p", "div", "section", "article", "table", "ul", "ol",
      "dl", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "main", "form", "header", "footer");
  private static final Pattern POSITIVE = Pattern.compile(
      "(?i)article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose");
  private static final Pattern NEGATIVE = Pattern.compile(
      "(?i)-ad-|hidden|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related"
      + "|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|byline|author|caption|credit|teaser|card");

  /** Per-element text statistics: characters of text, of link text, and commas. */
  static final class Stats {
    int text;
    int linkText;
    int commas;
    int paragraphs;
    int paragraphText;
    double score;
    boolean candidate;

    double linkDensity() {
      return text == 0 ? 0 : Math.min(1.0, linkText / (double) text);
    }
  }

  private final Map<Element, Stats> stats = new IdentityHashMap<>();

  Stats stats(Element e) {
    return stats.computeIfAbsent(e, k -> new Stats());
  }

  /** The elements to read, in document order; the body itself when nothing stands out. */
  List<Element> find(Element body) {
    measure(body);
    List<Element> candidates = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      Stats s = stats(e);
      boolean paragraph = SCORED.contains(tag) || (isContainer(tag) && !hasBlockChildren(e));
      if (!paragraph || s.text < 25) {
        continue;
      }
      double score = 1 + s.commas + Math.min(s.text / 100, 3);
      Element ancestor = e.parent();
      for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
        Stats a = stats(ancestor);
        if (!a.candidate) {
          a.candidate = true;
          a.score = initialScore(ancestor);
          candidates.add(ancestor);
        }
        a.score += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
      }
    }
    Element top = null;
    double best = -1;
    for (Element c : candidates) {
      Stats s = stats(c);
      s.score *= 1 - s.linkDensity();
      if (s.score > best) {
        best = s.score;
        top = c;
      }
    }
    Element semantic = semanticBody(body);
    if (semantic != null && (top == null || semantic == top || contains(semantic, top)
        || stats(semantic).text >= 0.5 * stats(top).text)) {
      return List.of(semantic);
    }
    if (top == null) {
      return List.of(body);
    }
    top = shareAncestor(top, candidates, best);
    for (boolean moved = true; moved; ) {
      moved = false;
      Element ancestor = top.parent();
      for (int level = 0; ancestor != null && top != body && level < 3; level++, ancestor = ancestor.parent()) {
        if ((level == 0 && ancestor.childrenSize() == 1 && ancestor != body) || holdsMoreProse(ancestor, top)) {
          top = ancestor;
          moved = true;
          break;
        }
      }
    }
    return withSiblings(top);
  }

  /**
   * Whether {@code parent} is the better container: it adds paragraphs of plain prose to
   * {@code top} (an article split by a "read more" fold or an embed) without doubling it.
   */
  private boolean holdsMoreProse(Element parent, Element top) {
    Stats p = stats(parent);
    Stats t = stats(top);
    int extra = p.text - t.text;
    return !parent.normalName().equals("body") && p.paragraphs > t.paragraphs && p.text <= 1.6 * t.text
        && p.linkDensity() < 0.2 && classWeight(parent) >= 0
        && (extra == 0 || (p.paragraphText - t.paragraphText) >= 0.7 * extra);
  }

  /** How many blocks of text (paragraphs, list items, headings) lie outside {@code roots}. */
  int blocksOutside(Element body, List<Element> roots) {
    java.util.Set<Element> rootSet = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    rootSet.addAll(roots);
    int[] inside = {0};
    int[] outside = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          if (rootSet.contains(e)) {
            inside[0]++;
          } else if (inside[0] == 0 && COUNTED.contains(e.normalName()) && stats(e).text > 0) {
            outside[0]++;
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && rootSet.contains(e)) {
          inside[0]--;
        }
      }
    }, body);
    return outside[0];
  }

  private static final Set<String> COUNTED = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd");

  /** Readability's observation: when several near-best candidates share an ancestor, the article is that ancestor. */
  private Element shareAncestor(Element top, List<Element> candidates, double best) {
    List<Element> near = new ArrayList<>();
    for (Element c : candidates) {
      if (c != top && stats(c).score >= 0.75 * best) {
        near.add(c);
      }
    }
    if (near.size() < 3) {
      return top;
    }
    Element ancestor = top.parent();
    for (int level = 0; ancestor != null && level < 6; level++, ancestor = ancestor.parent()) {
      int inside = 0;
      for (Element n : near) {
        if (contains(ancestor, n)) {
          inside++;
        }
      }
      if (inside >= 3) {
        return ancestor.normalName().equals("body") ? top : ancestor;
      }
    }
    return top;
  }

  private List<Element> withSiblings(Element top) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    Stats t = stats(top);
    double threshold = Math.max(10, t.score * 0.2);
    List<Element> roots = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        roots.add(sibling);
        continue;
      }
      Stats s = stats(sibling);
      double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? t.score * 0.2 : 0;
      if (s.candidate && s.score + bonus >= threshold) {
        roots.add(sibling);
      } else if (s.paragraphs >= 2 && s.linkDensity() < 0.3 && (s.text >= 0.2 * t.text || s.text >= 500)
          && MainContentFinder.classWeight(sibling) >= 0) {
        // A sibling holding a good share of plain prose continues the article even when the
        // scores above stopped short of it (content split into sections under one parent).
        roots.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        double ld = s.linkDensity();
        String text = sibling.text();
        if ((s.text > 80 && ld < 0.25) || (s.text > 0 && s.text <= 80 && ld == 0 && text.matches(".*\\.( |$).*"))) {
          roots.add(sibling);
        }
      }
    }
    return roots;
  }

  /** A single element marked as the article body, when the page marks one and it holds prose. */
  private Element semanticBody(Element body) {
    List<Element> marked = body.select("[itemprop=articleBody], [itemprop=articlebody]");
    if (marked.size() == 1 && stats(marked.get(0)).text >= 250) {
      return marked.get(0);
    }
    return null;
  }

  private static boolean contains(Element ancestor, Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static boolean isContainer(String tag) {
    return tag.equals("div") || tag.equals("section") || tag.equals("article");
  }

  private static boolean hasBlockChildren(Element e) {
    for (Element c : e.children()) {
      if (BLOCK_CHILDREN.contains(c.normalName())) {
        return true;
      }
    }
    return false;
  }

  private double initialScore(Element e) {
    double score = switch (e.normalName()) {
      case "div", "article", "section", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return score + classWeight(e);
  }

  static int classWeight(Element e) {
    int weight = 0;
    for (String name : new String[] {e.className(), e.id()}) {
      if (name.isEmpty()) {
        continue;
      }
      if (NEGATIVE.matcher(name).find()) {
        weight -= 25;
      }
      if (POSITIVE.matcher(name).find()) {
        weight += 25;
      }
    }
    if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      weight += 50;
    }
    return weight;
  }

  /** One iterative pass: text, link text and commas of every element, summed bottom-up. */
  private void measure(Element root) {
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t && node.parent() instanceof Element parent) {
          String s = t.getWholeText();
          int chars = 0;
          int commas = 0;
          boolean space = true;
          for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
              if (!space) {
                chars++;
                space = true;
              }
            } else {
              chars++;
              space = false;
              if (c == ',' || c == '，' || c == '،') {
                commas++;
              }
            }
          }
          Stats p = stats(parent);
          p.text += chars;
          p.commas += commas;
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          Stats s = stats(e);
          if (e.normalName().equals("a")) {
            s.linkText = s.text;
          } else if (e.normalName().equals("p")) {
            s.paragraphs++;
            s.paragraphText = s.text;
          }
          if (e.parent() != null && node != root) {
            Stats p = stats(e.parent());
            p.text += s.text;
            p.linkText += s.linkText;
            p.commas += s.commas;
            p.paragraphs += s.paragraphs;
            p.paragraphText += s.paragraphText;
          }
        }
      }
    }, root);
  }
}
