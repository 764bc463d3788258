// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.factdesk.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * Keeps the analysis engine a pure library: no web, no SQL, no cycles between packages. The rules
 * shared with the other modules are in {@link ArchitectureRules}; factdesk-cli checks them on the
 * whole product.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.factdesk");

  @Test
  void analysisKnowsNothingOfWebOrSql() {
    ArchitectureRules.NO_WEB_OR_SQL.check(CLASSES);
  }

  @Test
  void onlyTheEngineSolvesTheTimeFrame() {
    ArchitectureRules.TIME_FRAME_SOLVED_ONCE.check(CLASSES);
  }

  @Test
  void packagesDoNotDependOnEachOtherInCycles() {
    ArchitectureRules.noCycles("org.factdesk").check(CLASSES);
  }

  @Test
  void noFeatureReachesIntoAnotherFeaturesInternals() {
    ArchitectureRules.noReachingIntoInternals("org.factdesk").check(CLASSES);
  }
}
