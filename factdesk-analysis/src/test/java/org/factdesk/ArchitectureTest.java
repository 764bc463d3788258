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
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
        "java.sql..", "javax.sql..", "io.javalin..", "org.jdbi..", "org.flywaydb..", "jakarta.servlet..",
        "org.eclipse.jetty..", "gg.jte..")
        .check(CLASSES);
  }

  @Test
  void featurePackagesDoNotDependOnEachOtherInCycles() {
    slices().matching("org.factdesk.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void noFeatureReachesIntoAnotherFeaturesInternals() {
    slices().matching("org.factdesk.(*)..").should().notDependOnEachOther()
        .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage("..internal.."))
        .check(CLASSES);
  }
}
