// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.factdesk.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * Keeps the analysis engine a pure library: no web, no SQL. The rules shared with the other
 * modules (no cycles, no reaching into internals, the time frame solved once, public only when
 * used elsewhere) are in {@link ArchitectureRules}, checked on the whole product by
 * factdesk-cli's ProductArchitectureTest.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.factdesk");

  @Test
  void analysisKnowsNothingOfWebOrSql() {
    ArchitectureRules.NO_WEB_OR_SQL.check(CLASSES);
  }
}
