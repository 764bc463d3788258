// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The web layer is the edge: features below it know nothing of HTTP, and nothing depends on it. */
class ServerArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.factdesk.accounts", "org.factdesk.audit", "org.factdesk.desk", "org.factdesk.comments",
          "org.factdesk.publishing", "org.factdesk.persistence", "org.factdesk.errors", "org.factdesk.web",
          "org.factdesk.priorchecks", "org.factdesk.server");

  @Test
  void featuresBelowTheWebLayerKnowNothingOfHttp() {
    noClasses().that().resideInAnyPackage("org.factdesk.accounts..", "org.factdesk.audit..", "org.factdesk.desk..",
            "org.factdesk.comments..", "org.factdesk.publishing..", "org.factdesk.persistence..",
            "org.factdesk.priorchecks..")
        .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.factdesk.web..", "gg.jte..")
        .check(CLASSES);
  }

  @Test
  void serverFeaturesHaveNoDependencyCycles() {
    slices().matching("org.factdesk.(*)..").should().beFreeOfCycles().check(CLASSES);
  }
}
