package io.revops.sla;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import io.revops.core.SharedLibraryRules;
import org.junit.jupiter.api.Test;

/**
 * revops-sla's own layering: it knows revops-core only, no Jackson, and its calendar package knows nothing of the
 * SLA. The library-wide rules are core's {@code LibraryRule}, applied here by {@code SharedArchitectureRulesTest}.
 */
class SlaArchitectureTest {
  private static final JavaClasses PRODUCTION = SharedLibraryRules.productionClassesOf(SlaAgreement.class);

  /** The SLA depends on core only (not on metrics, JSON, io or the examples). */
  static final ArchRule DEPENDS_ON_CORE_ONLY = noClasses()
      .that().resideInAPackage("io.revops.sla..")
      .should().dependOnClassesThat(resideInAPackage("io.revops..")
          .and(not(resideInAnyPackage("io.revops.core..", "io.revops.sla.."))))
      .because("the SLA sits on core only");

  /** JSON lives in revops-json only, so a plugin with its own Jackson version can use the domain. */
  static final ArchRule KNOWS_NO_JACKSON = noClasses()
      .that().resideInAPackage("io.revops.sla..")
      .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
      .because("JSON lives in revops-json only");

  /** The working calendar is usable without the SLA. */
  static final ArchRule CALENDAR_KNOWS_NO_SLA = noClasses()
      .that().resideInAPackage("io.revops.sla.calendar..")
      .should().dependOnClassesThat().resideInAnyPackage("io.revops.sla")
      .because("the working calendar is a layer below the SLA");

  @Test
  void dependsOnCoreOnly() {
    DEPENDS_ON_CORE_ONLY.check(PRODUCTION);
  }

  @Test
  void knowsNoJackson() {
    KNOWS_NO_JACKSON.check(PRODUCTION);
  }

  @Test
  void theCalendarPackageDoesNotDependOnTheSla() {
    CALENDAR_KNOWS_NO_SLA.check(PRODUCTION);
  }
}
