// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.Report;
import org.factdesk.analysis.Severity;
import org.factdesk.article.Block;
import org.factdesk.kb.Evidence;

/**
 * A standalone HTML page: the article with every finding's span highlighted (worst severity
 * wins where spans overlap), and the findings listed beside it, linked both ways. Everything
 * from the article is escaped.
 */
final class HtmlReportWriter {
  private static final String STYLE = """
      body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff}
      header{padding:1rem 2rem;background:#f4f4f4;border-bottom:1px solid #ddd}
      main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:2rem;padding:1rem 2rem}
      .article p{margin:0 0 .9rem}.article .headline{font-size:1.5rem;font-weight:700}
      .article .heading{font-weight:700;font-size:1.15rem}.article .boilerplate{color:#777;font-size:.9rem}
      mark{padding:0 .1rem;border-radius:2px}mark.error{background:#ffd0cc;border-bottom:2px solid #b00020}
      mark.warning{background:#ffefc2;border-bottom:2px solid #8a5a00}mark.info{background:#e3f0ff}
      mark.claim{background:none;border-bottom:1px dashed #3358a4}
      .finding{border-left:4px solid #999;padding:.3rem .8rem;margin:0 0 .8rem}
      .finding.error{border-color:#b00020}.finding.warning{border-color:#8a5a00}.finding.info{border-color:#3358a4}
      .code{font-family:ui-monospace,monospace;font-size:.85rem}.evidence{font-size:.85rem;color:#444;overflow-wrap:anywhere}
      a{color:#0b57d0}@media (max-width:800px){main{grid-template-columns:1fr}}
      """;

  public String write(Report report) {
    String text = report.article().text();
    List<Finding> findings = report.findings();
    StringBuilder out = new StringBuilder(text.length() * 2 + 4096);
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>Factdesk report: ").append(esc(report.article().name())).append("</title><style>")
        .append(STYLE).append("</style></head><body><header><h1>Factdesk report: ")
        .append(esc(report.article().name())).append("</h1><p>")
        .append(report.count(Severity.ERROR)).append(" error(s), ").append(report.count(Severity.WARNING))
        .append(" warning(s), ").append(report.withCode(FindingCodes.CLAIM).size()).append(" check-worthy claim(s). ");
    report.time().explanation().ifPresent(e -> out.append("Time: ").append(esc(e)).append('.'));
    out.append("</p></header><main><article class=\"article\" aria-label=\"Article text\">");
    for (Block b : report.article().blocks()) {
      out.append("<p class=\"").append(b.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).append("\">");
      highlight(out, text, b.span().start(), b.span().end(), findings);
      out.append("</p>\n");
    }
    out.append("</article><section aria-label=\"Findings\"><h2>Findings</h2>");
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f.code().equals(FindingCodes.CLAIM)) {
        continue;
      }
      out.append("<div class=\"finding ").append(f.severity().label()).append("\" id=\"f").append(i).append("\">")
          .append("<div class=\"code\">").append(f.severity().label()).append(" · ").append(esc(f.code()))
          .append("</div><div>").append(esc(f.message())).append("</div>");
      for (Evidence e : f.evidence()) {
        out.append("<div class=\"evidence\">Evidence: ").append(esc(e.fact())).append(" — ").append(esc(e.source()))
            .append("</div>");
      }
      out.append("</div>\n");
    }
    List<Finding> claims = ClaimOrder.byRank(report.withCode(FindingCodes.CLAIM));
    if (!claims.isEmpty()) {
      out.append("<h2>Claims to check</h2><ol class=\"claims\">");
      for (Finding f : claims) {
        out.append("<li><span class=\"code\">").append(esc(f.claim().map(c -> String.format(java.util.Locale.ROOT,
            "%s · score %.2f", c.type().label(), c.score())).orElse("claim"))).append("</span> ")
            .append(esc(f.quote())).append("</li>\n");
      }
      out.append("</ol>");
    }
    out.append("</section></main></body></html>\n");
    return out.toString();
  }

  /** Splits [from, to) at every finding boundary and marks each piece with its worst finding. */
  private static void highlight(StringBuilder out, String text, int from, int to, List<Finding> findings) {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
    List<Integer> relevant = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f.span().end() > from && f.span().start() < to) {
        relevant.add(i);
        cuts.add(Math.max(from, f.span().start()));
        cuts.add(Math.min(to, f.span().end()));
      }
    }
    Integer previous = null;
    for (int cut : cuts) {
      if (previous != null && cut > previous) {
        int worst = -1;
        for (int i : relevant) {
          Finding f = findings.get(i);
          if (f.span().start() <= previous && cut <= f.span().end()
              && (worst < 0 || rank(f) < rank(findings.get(worst)))) {
            worst = i;
          }
        }
        String piece = esc(text.substring(previous, cut));
        if (worst < 0) {
          out.append(piece);
        } else {
          Finding f = findings.get(worst);
          String cls = f.code().equals(FindingCodes.CLAIM) ? "claim" : f.severity().label();
          out.append("<mark class=\"").append(cls).append("\" title=\"").append(esc(f.code() + ": " + f.message()))
              .append("\">").append(piece).append("</mark>");
        }
      }
      previous = cut;
    }
  }

  private static int rank(Finding f) {
    return f.code().equals(FindingCodes.CLAIM) ? 10 : f.severity().ordinal();
  }

  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
