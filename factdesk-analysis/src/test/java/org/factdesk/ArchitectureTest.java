// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the analysis engine a pure library: no web, no SQL, no cycles between features. */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.factdesk");

  @Test
  void analysisKnowsNothingOfWebOrSql() {
    NO_WEB_OR_SQL.check(CLASSES);
  }

  static final com.tngtech.archunit.lang.ArchRule NO_WEB_OR_SQL = noClasses().should().dependOnClassesThat()
      .resideInAnyPackage("java.sql..", "javax.sql..", "io.javalin..", "org.jdbi..", "org.flywaydb..",
          "jakarta.servlet..", "org.eclipse.jetty..", "gg.jte..");

  /**
   * The time frame is a stage: the engine solves it once per article and detectors read it from
   * the prepared article. A detector calling the solver itself would quietly solve it again.
   */
  static final com.tngtech.archunit.lang.ArchRule TIME_FRAME_SOLVED_ONCE = noClasses()
      .that().resideOutsideOfPackages("org.factdesk.engine..", "org.factdesk.timeline..")
      .should().dependOnClassesThat().haveFullyQualifiedName("org.factdesk.timeline.AsOfSolver")
      .because("the engine solves the time frame once per article (PreparedArticle.solvedTime)");

  @Test
  void onlyTheEngineSolvesTheTimeFrame() {
    TIME_FRAME_SOLVED_ONCE.check(CLASSES);
  }

  /** Features under {@code root} ("org.factdesk") use each other only through non-internal packages. */
  static com.tngtech.archunit.lang.ArchRule noReachingIntoInternals(String root) {
    return slices().matching(root + ".(*)..").should().notDependOnEachOther()
        .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage("..internal.."));
  }

  @Test
  void featurePackagesDoNotDependOnEachOtherInCycles() {
    slices().matching("org.factdesk.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void noFeatureReachesIntoAnotherFeaturesInternals() {
    noReachingIntoInternals("org.factdesk").check(CLASSES);
  }
}
