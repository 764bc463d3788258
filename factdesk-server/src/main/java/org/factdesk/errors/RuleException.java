// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.errors;

import java.util.List;

/**
 * The request is well-formed but a newsroom rule refuses it now (workflow, label, corrections).
 * HTTP 409. {@link #reasons()} lists each thing that must change first.
 */
public final class RuleException extends RuntimeException {
  private final List<String> reasons;

  public RuleException(String message) {
    this(message, List.of());
  }

  public RuleException(String message, List<String> reasons) {
    super(message);
    this.reasons = List.copyOf(reasons);
  }

  public List<String> reasons() {
    return reasons;
  }
}
