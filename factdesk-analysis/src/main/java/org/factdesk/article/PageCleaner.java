// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes from a parsed page what is never article prose: scripts, media, forms' controls,
 * navigation, hidden elements, and (unless told not to) elements whose class or id names page
 * furniture (share bars, "related", newsletters, cookie notices, comments). Counts what it
 * removed by reason. The walk is iterative.
 */
final class PageCleaner {
  private static final Set<String> NEVER_PROSE = Set.of("script", "style", "noscript", "template", "iframe",
      "svg", "canvas", "object", "embed", "video", "audio", "map", "input", "button", "select", "textarea",
      "link", "meta", "dialog", "head");
  private static final Set<String> FURNITURE_TAGS = Set.of("nav", "footer", "aside", "header");
  private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "complementary", "banner",
      "contentinfo", "search", "dialog", "alert", "menu", "menubar");
  /** Class or id words that name furniture. */
  static final Pattern UNLIKELY = Pattern.compile("(?i)-ad-|\\bads?\\b|ad-?slot|advert|ai2html|banner|breadcrumb|combx"
      + "|comment|community|cookie|consent|cover-wrap|disqus|extra|footer|gdpr|header|legends|masthead|menu|modal"
      + "|newsletter|outbrain|taboola|pagination|pager|paywall|popup|promo|related|recommend|remark|replies|rss"
      + "|share|sharing|shoutbox|sidebar|skyscraper|social|sponsor|subscri|supplemental|agegate|most-?popular"
      + "|most-?read|trending|tag-?list|tags|toolbar|signup|sign-up|print-?only|jump-?link|author-?bio"
      + "|bio-?box|more-?stories|further-?reading|nav\\b|navbar|navigation|yom-remote|widget");
  /** Class or id words that say "this may be the article" and outweigh an unlikely word. */
  static final Pattern MAYBE = Pattern.compile("(?i)and|article|body|column|content|main|shadow|story|entry|post-?text|mathjax");

  private PageCleaner() {}

  /** Cleans {@code root} in place; {@code byClass} also drops furniture named by class or id. */
  static void clean(Element root, boolean byClass, Map<String, Integer> dropped) {
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element e) || e == root) {
          return FilterResult.CONTINUE;
        }
        String reason = reason(e, byClass);
        if (reason != null) {
          if (!reason.isEmpty()) {
            dropped.merge(reason, 1, Integer::sum);
          }
          return FilterResult.REMOVE;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, root);
  }

  /** Why {@code e} goes ("" when it goes uncounted), or null when it stays. */
  private static String reason(Element e, boolean byClass) {
    String tag = e.normalName();
    if (NEVER_PROSE.contains(tag)) {
      return "";
    }
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) || hiddenByStyle(e.attr("style"))) {
      return "hidden";
    }
    if (FURNITURE_TAGS.contains(tag) || FURNITURE_ROLES.contains(e.attr("role"))) {
      return "navigation, header and footer";
    }
    if (!byClass || tag.equals("body") || tag.equals("article") || tag.equals("main") || tag.equals("a")) {
      return null;
    }
    String names = e.className() + " " + e.id();
    if (names.isBlank() || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return null;
    }
    if (UNLIKELY.matcher(names).find() && !MAYBE.matcher(names).find()) {
      return "furniture named by class or id";
    }
    return null;
  }

  private static boolean hiddenByStyle(String style) {
    if (style.isEmpty()) {
      return false;
    }
    String s = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}
