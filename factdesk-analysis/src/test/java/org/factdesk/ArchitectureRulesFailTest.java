// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.factdesk.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The architecture rules are only worth something if a violation breaks them: these build one each. */
class ArchitectureRulesFailTest {
  private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("org.factdesk.archfixture");

  @Test
  void aFeatureReachingIntoAnothersInternalPackageBreaksTheRule() {
    assertThatThrownBy(() -> ArchitectureRules.noReachingIntoInternals("org.factdesk.archfixture").check(FIXTURES))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Reacher")
        .hasMessageContaining("Secret");
  }

  @Test
  void analysisCodeTouchingSqlBreaksTheRule() {
    assertThatThrownBy(() -> ArchitectureRules.NO_WEB_OR_SQL.check(FIXTURES))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("java.sql.Connection");
  }

  @Test
  void aDetectorSolvingTheTimeFrameItselfBreaksTheRule() {
    assertThatThrownBy(() -> ArchitectureRules.TIME_FRAME_SOLVED_ONCE.check(FIXTURES))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("SolvesAgain");
  }

  @Test
  void twoPackagesUsingEachOtherBreakTheRule() {
    assertThatThrownBy(() -> ArchitectureRules.noCycles("org.factdesk.archfixture").check(FIXTURES))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Ping")
        .hasMessageContaining("Pong");
  }

  @Test
  void aPublicTypeNoOtherPackageUsesBreaksTheRule() {
    assertThatThrownBy(() -> ArchitectureRules.publicOnlyWhenUsedElsewhere("org.factdesk.archfixture").check(FIXTURES))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Reacher is public, but nothing outside");
  }
}
