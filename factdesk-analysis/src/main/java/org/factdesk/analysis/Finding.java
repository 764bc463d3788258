// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.factdesk.article.Span;
import org.factdesk.kb.Evidence;

/**
 * One thing the analysis says about an article: a stable {@code code} (like a linter's), a
 * severity, the span it is about, the quoted text, a one-sentence message for a journalist,
 * and evidence.
 */
public record Finding(String code, Severity severity, Span span, String quote, String message,
    List<Evidence> evidence, Optional<ClaimInfo> claim) {
  public Finding {
    Objects.requireNonNull(code);
    Objects.requireNonNull(severity);
    evidence = List.copyOf(evidence);
    claim = claim == null ? Optional.empty() : claim;
  }

  public static Finding of(String code, Severity severity, Span span, String text, String message,
      List<Evidence> evidence) {
    return new Finding(code, severity, span, span.of(text), message, evidence, Optional.empty());
  }
}
