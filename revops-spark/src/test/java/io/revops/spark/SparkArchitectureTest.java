package io.revops.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * revops-spark's library code reads no wall clock, default zone or locale and opens no network connection
 * itself (Spark does, on the cluster); only the example job's {@code main} may print and time itself. It does
 * not depend on the examples.
 */
class SparkArchitectureTest {
  private static final JavaClasses PRODUCTION = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.revops.spark");

  @Test
  void readsNoWallClockNoDefaultZoneAndNoNetwork() {
    noClasses().that().resideInAPackage("io.revops.spark..")
        .should().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.ZonedDateTime.class, "now")
        .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
        .orShould().callMethod(java.time.Clock.class, "systemUTC")
        .orShould().callMethod(java.time.ZoneId.class, "systemDefault")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(java.util.Locale.class, "getDefault")
        .orShould().dependOnClassesThat().resideInAPackage("java.net..")
        .check(PRODUCTION);
  }

  @Test
  void onlyTheExampleJobTimesItself() {
    noClasses().that().resideInAPackage("io.revops.spark..").and().doNotHaveSimpleName("RevOpsSparkJob")
        .should().callMethod(System.class, "nanoTime")
        .orShould().accessField(System.class, "out")
        .check(PRODUCTION);
  }

  @Test
  void doesNotDependOnTheExamples() {
    noClasses().that().resideInAPackage("io.revops.spark..")
        .should().dependOnClassesThat().resideInAnyPackage("io.revops.examples..")
        .check(PRODUCTION);
  }
}
