package io.revops.io;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import io.revops.core.SharedLibraryRules;
import org.junit.jupiter.api.Test;

/**
 * revops-io's own layering: it knows revops-core and revops-metrics only. The library-wide rules (no files
 * written among them) are core's {@code LibraryRule}, applied here by {@code SharedArchitectureRulesTest}.
 */
class IoArchitectureTest {
  private static final JavaClasses PRODUCTION = SharedLibraryRules.productionClassesOf(CrmExports.class);

  /** io reads CRM exports into core's and metrics' types, and knows no other revops module. */
  static final ArchRule DEPENDS_ON_CORE_AND_METRICS_ONLY = noClasses()
      .that().resideInAPackage("io.revops.io..")
      .should().dependOnClassesThat(resideInAPackage("io.revops..")
          .and(not(resideInAnyPackage("io.revops.core..", "io.revops.metrics..", "io.revops.io.."))))
      .because("revops-io sits on core and metrics only");

  @Test
  void dependsOnCoreAndMetricsOnly() {
    DEPENDS_ON_CORE_AND_METRICS_ONLY.check(PRODUCTION);
  }
}
