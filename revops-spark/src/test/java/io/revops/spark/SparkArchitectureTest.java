package io.revops.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import io.revops.core.SharedLibraryRules;
import org.junit.jupiter.api.Test;

/**
 * revops-spark's own layering: it builds on the library modules, never on the examples. The library-wide rules
 * are core's {@code LibraryRule}, applied here by {@code SharedArchitectureRulesTest} (with the example job's
 * reasoned exemptions).
 */
class SparkArchitectureTest {
  private static final JavaClasses PRODUCTION = SharedLibraryRules.productionClassesOf(RevOpsAggregators.class);

  /** The examples are an application of the library, not a part of it. */
  static final ArchRule DEPENDS_ON_NO_EXAMPLES = noClasses()
      .that().resideInAPackage("io.revops.spark..")
      .should().dependOnClassesThat().resideInAnyPackage("io.revops.examples..", "io.revops.benchmarks..")
      .because("revops-spark is a library module: the examples and benchmarks sit above it");

  @Test
  void doesNotDependOnTheExamples() {
    DEPENDS_ON_NO_EXAMPLES.check(PRODUCTION);
  }
}
