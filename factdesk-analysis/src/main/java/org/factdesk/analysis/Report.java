// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.analysis;

import java.util.List;
import java.util.Set;
import org.factdesk.article.Article;

/** The outcome of analysing one article: its time summary and findings in document order. */
public record Report(Article article, TimeSummary time, List<Finding> findings) {
  public Report {
    findings = List.copyOf(findings);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /**
   * This report without the findings a reader chose to ignore: a code ("attribution.vague") or a
   * family ("attribution" covers every "attribution.*" code).
   */
  public Report ignoring(Set<String> codesOrFamilies) {
    if (codesOrFamilies.isEmpty()) {
      return this;
    }
    return new Report(article, time, findings.stream()
        .filter(f -> codesOrFamilies.stream().noneMatch(c -> f.code().equals(c) || f.code().startsWith(c + ".")))
        .toList());
  }

  public List<Finding> withCode(String code) {
    return findings.stream().filter(f -> f.code().equals(code)).toList();
  }
}
