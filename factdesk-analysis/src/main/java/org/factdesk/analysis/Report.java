package org.factdesk.analysis;

import java.util.List;
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

  public List<Finding> withCode(String code) {
    return findings.stream().filter(f -> f.code().equals(code)).toList();
  }
}
