// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The project's {@code ../shared} folder (datasets, seed, knowledge-base sources) for tests.
 * Outside CI a test whose data is absent is skipped with a message; under CI (the {@code CI}
 * environment variable set) it fails, so a green CI build means every such test ran.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared folder: system property {@code factdesk.shared}, else {@code ../shared}. */
  public static Path root() {
    return Path.of(System.getProperty("factdesk.shared", "../shared"));
  }

  /** {@code relative} under the shared folder; skips (or fails under CI) when it is absent. */
  public static Path require(String relative) {
    return require(root().resolve(relative));
  }

  /** {@code path} itself; skips (or fails under CI) when it is absent. */
  public static Path require(Path path) {
    if (!Files.exists(path)) {
      String message = "shared data absent: " + path.toAbsolutePath().normalize()
          + " (the project expects ../shared beside it)";
      if (underCi(System.getenv("CI"))) {
        throw new AssertionError(message + "; CI is set, so this test fails instead of skipping");
      }
      Assumptions.abort(message + "; skipping");
    }
    return path;
  }

  static boolean underCi(String ciVariable) {
    return ciVariable != null && !ciVariable.isBlank() && !ciVariable.equalsIgnoreCase("false");
  }
}
