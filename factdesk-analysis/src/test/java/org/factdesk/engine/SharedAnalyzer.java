// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.engine;

/** One engine for all model-loading tests in a JVM: loading it is the expensive part. */
final class SharedAnalyzer {
  private static final class Holder {
    static final Engine ANALYZER = Engine.loadDefault();
  }

  private SharedAnalyzer() {}

  static Engine get() {
    return Holder.ANALYZER;
  }

}
