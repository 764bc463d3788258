// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The architecture rules, in one place so that every module's tests check the same ones
 * (the analysis module on its own classes, the command line on the whole product).
 */
public final class ArchitectureRules {
  private ArchitectureRules() {}

  /** The analysis engine is a pure library: no web, no SQL. */
  public static final ArchRule NO_WEB_OR_SQL = noClasses().should().dependOnClassesThat()
      .resideInAnyPackage("java.sql..", "javax.sql..", "io.javalin..", "org.jdbi..", "org.flywaydb..",
          "jakarta.servlet..", "org.eclipse.jetty..", "gg.jte..");

  /**
   * The time frame is a stage: the engine solves it once per article and detectors read it from
   * the prepared article. A detector calling the solver itself would quietly solve it again.
   */
  public static final ArchRule TIME_FRAME_SOLVED_ONCE = noClasses()
      .that().resideOutsideOfPackages("org.factdesk.engine..", "org.factdesk.time.frame..")
      .should().dependOnClassesThat().haveFullyQualifiedName("org.factdesk.time.frame.AsOfSolver")
      .because("the engine solves the time frame once per article (PreparedArticle.solvedTime)");

  /** Features under {@code root} use each other only through non-internal packages. */
  public static ArchRule noReachingIntoInternals(String root) {
    return slices().matching(root + ".(*)..").should().notDependOnEachOther()
        .ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideOutsideOfPackage("..internal.."));
  }

  /**
   * No two packages under {@code root} depend on each other, directly or around a loop. Package by
   * package, not feature by feature: the core (analysis) holds the time frame of time.frame, and
   * the time detectors build on the core.
   */
  public static ArchRule noCycles(String root) {
    return slices().matching(root + ".(**)").should().beFreeOfCycles();
  }

  /**
   * Package-private by default: a top-level type under {@code root} is public only when a class
   * of another package (main code or a compiled template) uses it. Tests do not count: a test
   * that needs a type belongs in its package. Using a nested type (a page record inside Views)
   * counts as using the type around it. Programs (a {@code main} method) and this test kit,
   * which only tests use, are exempt.
   */
  public static ArchRule publicOnlyWhenUsedElsewhere(String root) {
    return classes().that().arePublic().and().areTopLevelClasses().and().resideInAPackage(root + "..")
        .and().resideOutsideOfPackage(root + ".testkit..")
        .should(new ArchCondition<JavaClass>("be used from another package") {
          @Override
          public void check(JavaClass type, ConditionEvents events) {
            boolean program = type.getMethods().stream().anyMatch(m -> m.getName().equals("main")
                && m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC));
            boolean used = program || type.getPackage().getClasses().stream()
                .filter(member -> isOrEncloses(type, member))
                .flatMap(member -> member.getDirectDependenciesToSelf().stream())
                .anyMatch(d -> !d.getOriginClass().getPackageName().equals(type.getPackageName()));
            if (!used) {
              events.add(SimpleConditionEvent.violated(type, type.getName()
                  + " is public, but nothing outside " + type.getPackageName() + " uses it"));
            }
          }
        });
  }

  private static boolean isOrEncloses(JavaClass outer, JavaClass member) {
    for (java.util.Optional<JavaClass> c = java.util.Optional.of(member); c.isPresent(); c = c.get().getEnclosingClass()) {
      if (c.get().equals(outer)) {
        return true;
      }
    }
    return false;
  }
}
