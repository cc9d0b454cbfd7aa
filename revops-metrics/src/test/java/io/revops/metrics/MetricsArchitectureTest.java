package io.revops.metrics;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import io.revops.core.SharedLibraryRules;
import org.junit.jupiter.api.Test;

/**
 * revops-metrics' own layering: it knows revops-core only, no Jackson, and the planning package reuses only the
 * metrics base, CAC and LTV. The library-wide rules are core's {@code LibraryRule}, applied here by
 * {@code SharedArchitectureRulesTest}.
 */
class MetricsArchitectureTest {
  private static final JavaClasses PRODUCTION = SharedLibraryRules.productionClassesOf(MetricResult.class);

  /** Metrics depends on core only (the SLA, JSON, io and the examples depend on it, not the reverse). */
  static final ArchRule DEPENDS_ON_CORE_ONLY = noClasses()
      .that().resideInAPackage("io.revops.metrics..")
      .should().dependOnClassesThat(resideInAPackage("io.revops..")
          .and(not(resideInAnyPackage("io.revops.core..", "io.revops.metrics.."))))
      .because("metrics sits on core only");

  /** JSON lives in revops-json only, so a plugin with its own Jackson version can use the domain. */
  static final ArchRule KNOWS_NO_JACKSON = noClasses()
      .that().resideInAPackage("io.revops.metrics..")
      .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
      .because("JSON lives in revops-json only");

  /** Planning builds on the base, CAC and LTV, and on no other metric family. */
  static final ArchRule PLANNING_REUSES_CAC_AND_LTV_ONLY = classes()
      .that().resideInAPackage("io.revops.metrics.planning..")
      .should().onlyDependOnClassesThat().resideInAnyPackage(
          "io.revops.metrics.planning..", "io.revops.metrics", "io.revops.metrics.acquisition",
          "io.revops.metrics.value", "io.revops.core..",
          "java..", "javax.money..", "com.google.common..", "org.javamoney..", "org.jspecify..")
      .because("planning reuses the base, CAC and LTV");

  @Test
  void importsThePlanningPackage() {
    // guards PLANNING_REUSES_CAC_AND_LTV_ONLY against passing vacuously
    org.assertj.core.api.Assertions.assertThat(PRODUCTION.containPackage("io.revops.metrics.planning")).isTrue();
  }

  @Test
  void dependsOnCoreOnly() {
    DEPENDS_ON_CORE_ONLY.check(PRODUCTION);
  }

  @Test
  void knowsNoJackson() {
    KNOWS_NO_JACKSON.check(PRODUCTION);
  }

  @Test
  void planningReusesCacAndLtvOnly() {
    PLANNING_REUSES_CAC_AND_LTV_ONLY.check(PRODUCTION);
  }
}
