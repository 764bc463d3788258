// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.integrity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.Capability;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.PreparedArticle;
import org.factdesk.analysis.ReviewingDetector;
import org.factdesk.analysis.Severity;
import org.factdesk.nlp.Sentence;

/**
 * Flags a "this article has been fact-checked" promise. Printed over open errors it is an error
 * itself; over none it is a reminder that the label is earned claim by claim, not declared.
 */
public final class SelfCertifiedDetector implements ReviewingDetector {
  private static final Pattern PROMISE = Pattern.compile(
      "(?i)\\b(?:has|have|had)\\s+been\\s+(?:carefully\\s+|thoroughly\\s+|rigorously\\s+|independently\\s+|fully\\s+)?"
          + "(?:fact[- ]?checked|verified)\\b|\\bfact[- ]?checked\\s+by\\s+our\\b|\\bto\\s+ensure\\s+(?:its\\s+)?accuracy\\b"
          + "|\\b(?:is|was)\\s+(?:carefully\\s+)?(?:fact[- ]?checked|verified\\s+for\\s+accuracy)\\b");

  @Override
  public String name() {
    return "self-certified";
  }

  @Override
  public Set<String> codes() {
    return Set.of(FindingCodes.INTEGRITY_SELF_CERTIFIED);
  }

  @Override
  public Set<Capability> requires() {
    return Set.of(Capability.SENTENCES);
  }

  @Override
  public List<Finding> review(PreparedArticle article, AnalysisContext context, List<Finding> earlier) {
    Optional<Sentence> promise = article.sentences().stream()
        .filter(s -> PROMISE.matcher(s.text()).find()).findFirst();
    if (promise.isEmpty()) {
      return List.of();
    }
    Sentence s = promise.get();
    Map<String, Long> errors = new TreeMap<>(earlier.stream().filter(f -> f.severity() == Severity.ERROR)
        .collect(Collectors.groupingBy(Finding::code, Collectors.counting())));
    if (errors.isEmpty()) {
      return List.of(new Finding(FindingCodes.INTEGRITY_SELF_CERTIFIED, Severity.INFO, s.span(), s.text(),
          "The article calls itself fact-checked. Factdesk found no error, but the label is earned by a verdict "
              + "on every check-worthy claim, not by saying so.", List.of(), Optional.empty()));
    }
    long total = errors.values().stream().mapToLong(Long::longValue).sum();
    String list = errors.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
    return List.of(new Finding(FindingCodes.INTEGRITY_SELF_CERTIFIED, Severity.ERROR, s.span(), s.text(),
        "The article promises it was fact-checked, yet " + total + (total == 1 ? " error is" : " errors are")
            + " open (" + list + "). Remove the promise or fix the errors.", List.of(), Optional.empty()));
  }
}
