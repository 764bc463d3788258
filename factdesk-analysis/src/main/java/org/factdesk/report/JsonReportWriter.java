// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.Report;
import org.factdesk.analysis.Severity;
import org.factdesk.article.Article;
import org.factdesk.kb.Evidence;

/** The JSON report documented in docs/report-format.md. Field order is fixed; output is deterministic. */
final class JsonReportWriter {
  public static final int FORMAT_VERSION = 1;
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public String write(Report report) {
    try {
      return mapper.writeValueAsString(toJson(report)) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ObjectNode toJson(Report report) {
    ObjectNode root = mapper.createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    Article a = report.article();
    ObjectNode article = root.putObject("article");
    article.put("name", a.name());
    article.put("format", a.format().name().toLowerCase(java.util.Locale.ROOT));
    a.metadata().title().ifPresent(t -> article.put("title", t));
    a.metadata().byline().ifPresent(t -> article.put("byline", t));
    a.metadata().published().ifPresent(t -> article.put("published", t.toString()));
    a.metadata().url().ifPresent(t -> article.put("url", t));
    article.put("characters", a.text().length());
    ObjectNode time = root.putObject("time");
    time.put("source", report.time().source().name().toLowerCase(java.util.Locale.ROOT));
    report.time().asOf().ifPresent(d -> time.put("asOf", d.toString()));
    report.time().window().ifPresent(w -> time.put("window", w));
    report.time().explanation().ifPresent(e -> time.put("explanation", e));
    ObjectNode summary = root.putObject("summary");
    summary.put("errors", report.count(Severity.ERROR));
    summary.put("warnings", report.count(Severity.WARNING));
    summary.put("info", report.count(Severity.INFO));
    summary.put("claims", report.withCode("claim").size());
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      ObjectNode n = findings.addObject();
      n.put("code", f.code());
      n.put("severity", f.severity().label());
      n.put("message", f.message());
      ObjectNode span = n.putObject("span");
      span.put("start", f.span().start());
      span.put("end", f.span().end());
      n.put("quote", f.quote());
      ArrayNode evidence = n.putArray("evidence");
      for (Evidence e : f.evidence()) {
        evidence.addObject().put("fact", e.fact()).put("source", e.source());
      }
      f.claim().ifPresent(c -> n.putObject("claim").put("type", c.type().label()).put("score", c.score())
          .put("priority", c.priority()).put("rank", c.rank()));
    }
    return root;
  }
}
