// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.report;

import java.util.List;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.Report;
import org.factdesk.analysis.Severity;
import org.factdesk.kb.Evidence;

/** The terminal report: findings grouped by severity, each quoting its span and its evidence. */
final class TextReportWriter {
  private final boolean showClaims;

  public TextReportWriter(boolean showClaims) {
    this.showClaims = showClaims;
  }

  public String write(Report report) {
    StringBuilder out = new StringBuilder();
    List<Finding> claims = report.withCode(FindingCodes.CLAIM);
    out.append(report.article().name()).append(": ")
        .append(report.count(Severity.ERROR)).append(" error(s), ")
        .append(report.count(Severity.WARNING)).append(" warning(s), ")
        .append(report.count(Severity.INFO) - claims.size()).append(" note(s), ")
        .append(claims.size()).append(" check-worthy claim(s)\n");
    var time = report.time();
    out.append("Time: ").append(switch (time.source()) {
      case GIVEN -> "checked as of " + time.asOf().orElseThrow() + " (given)";
      case METADATA -> "checked as of " + time.asOf().orElseThrow() + " (the article's published date)";
      case INFERRED -> "no date given; the text fits " + time.window().orElse("any time");
      case CONFLICT -> "no date given; the text contradicts itself in time";
      case NONE -> "no date given and nothing in the text anchors it in time";
    });
    time.explanation().ifPresent(e -> out.append(" — ").append(e));
    out.append('\n');
    for (Severity severity : Severity.values()) {
      List<Finding> group = report.findings().stream()
          .filter(f -> f.severity() == severity && !f.code().equals(FindingCodes.CLAIM)).toList();
      if (group.isEmpty()) {
        continue;
      }
      out.append('\n').append(switch (severity) {
        case ERROR -> "ERRORS";
        case WARNING -> "WARNINGS";
        case INFO -> "NOTES";
      }).append('\n');
      group.forEach(f -> finding(out, f));
    }
    if (showClaims && !claims.isEmpty()) {
      out.append("\nCLAIMS TO CHECK (most important first)\n");
      ClaimOrder.byRank(claims).forEach(f -> out.append("  ")
          .append(f.claim().map(c -> String.format(java.util.Locale.ROOT, "#%d %s %.2f", c.rank(), c.type().label(), c.score()))
              .orElse("claim"))
          .append(" ").append(location(f)).append(" ").append(shorten(f.quote(), 110)).append('\n'));
    }
    return out.toString();
  }

  private static void finding(StringBuilder out, Finding f) {
    out.append("  ").append(f.code()).append(' ').append(location(f)).append(" “").append(shorten(f.quote(), 90))
        .append("”\n      ").append(f.message()).append('\n');
    for (Evidence e : f.evidence()) {
      out.append("      evidence: ").append(e.fact()).append(" — ").append(e.source()).append('\n');
    }
  }

  private static String location(Finding f) {
    return "@" + f.span().start() + "-" + f.span().end();
  }

  private static String shorten(String s, int max) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= max ? one : one.substring(0, max - 1) + "…";
  }
}
