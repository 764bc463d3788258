// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.analysis;

/** How much a finding matters. {@code ERROR} blocks the "fact-checked" label. */
public enum Severity {
  ERROR, WARNING, INFO;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
