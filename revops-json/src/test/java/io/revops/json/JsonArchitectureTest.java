package io.revops.json;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import io.revops.core.SharedLibraryRules;
import org.junit.jupiter.api.Test;

/**
 * revops-json's own layering: it writes and reads the domain of core, metrics and the SLA, and knows no other
 * revops module. That core, metrics and the SLA know nothing of Jackson is checked in their own
 * {@code *ArchitectureTest}; the library-wide rules are core's {@code LibraryRule}, applied here by
 * {@code SharedArchitectureRulesTest}.
 */
class JsonArchitectureTest {
  private static final JavaClasses PRODUCTION = SharedLibraryRules.productionClassesOf(RevOpsModule.class);

  /** JSON sits on the domain modules, below io, the examples and Spark. */
  static final ArchRule DEPENDS_ON_CORE_METRICS_AND_SLA_ONLY = noClasses()
      .that().resideInAPackage("io.revops.json..")
      .should().dependOnClassesThat(resideInAPackage("io.revops..").and(not(resideInAnyPackage(
          "io.revops.core..", "io.revops.metrics..", "io.revops.sla..", "io.revops.json.."))))
      .because("revops-json sits on core, metrics and the SLA only");

  @Test
  void dependsOnCoreMetricsAndSlaOnly() {
    DEPENDS_ON_CORE_METRICS_AND_SLA_ONLY.check(PRODUCTION);
  }
}
