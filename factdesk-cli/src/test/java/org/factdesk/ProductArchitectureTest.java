// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.factdesk.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules on the whole product: this module's class path holds every module
 * (analysis, archive, eval, server, cli), so a violation in any of them fails here.
 */
class ProductArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.factdesk", "gg.jte.generated");

  @Test
  void everyModuleIsImported() {
    for (String each : new String[] {"org.factdesk.engine.Engine", "org.factdesk.archive.FactCheckArchive",
        "org.factdesk.eval.scoring.Scoring", "org.factdesk.desk.Desk", "org.factdesk.cli.Main"}) {
      assertThat(CLASSES.contain(each)).as(each).isTrue();
    }
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

  @Test
  void aTypeIsPublicOnlyWhenAnotherPackageUsesIt() {
    ArchitectureRules.publicOnlyWhenUsedElsewhere("org.factdesk").check(CLASSES);
  }
}
