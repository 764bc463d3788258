package org.factdesk.engine;

import java.nio.file.Files;
import java.nio.file.Path;

/** One engine for all model-loading tests in a JVM: loading it is the expensive part. */
final class SharedAnalyzer {
  private static final class Holder {
    static final Analyzer ANALYZER = Analyzer.loadDefault();
  }

  private SharedAnalyzer() {}

  static Analyzer get() {
    return Holder.ANALYZER;
  }

  /** ../shared beside the repository, as CI lays it out; null when absent. */
  static Path shared() {
    Path p = Path.of(System.getProperty("factdesk.shared", "../../shared"));
    return Files.isDirectory(p) ? p : null;
  }
}
