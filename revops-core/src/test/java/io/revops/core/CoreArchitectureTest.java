package io.revops.core;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import io.revops.core.check.Args;
import org.junit.jupiter.api.Test;

/**
 * revops-core's own layering: it is the bottom layer. The library-wide rules (no clock, zone, locale, network,
 * threads, files, console) are {@link LibraryRule}, applied here by {@code SharedArchitectureRulesTest}.
 */
class CoreArchitectureTest {
  private static final JavaClasses PRODUCTION = SharedLibraryRules.productionClassesOf(Args.class);

  /** Core knows no other revops module (metrics and sla depend on core only). */
  static final ArchRule DEPENDS_ON_NO_HIGHER_LAYER = noClasses()
      .that().resideInAPackage("io.revops.core..")
      .should().dependOnClassesThat(resideInAPackage("io.revops..").and(not(resideInAPackage("io.revops.core.."))))
      .because("core knows nothing of metrics, SLA, JSON, io or examples; they depend on core");

  /** JSON lives in revops-json only, so a plugin with its own Jackson version can use the domain. */
  static final ArchRule KNOWS_NO_JACKSON = noClasses()
      .that().resideInAPackage("io.revops.core..")
      .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
      .because("JSON lives in revops-json only");

  @Test
  void dependsOnNoHigherLayer() {
    DEPENDS_ON_NO_HIGHER_LAYER.check(PRODUCTION);
  }

  @Test
  void knowsNoJackson() {
    KNOWS_NO_JACKSON.check(PRODUCTION);
  }
}
