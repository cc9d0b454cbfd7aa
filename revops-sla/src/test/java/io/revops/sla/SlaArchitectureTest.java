package io.revops.sla;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The SLA depends on core only, and its production code reads no clock, default zone or network. */
class SlaArchitectureTest {
  private static final JavaClasses PRODUCTION = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.revops.sla");

  @Test
  void dependsOnNeitherMetricsNorExamples() {
    noClasses().that().resideInAPackage("io.revops.sla..")
        .should().dependOnClassesThat().resideInAnyPackage("io.revops.metrics..", "io.revops.examples..")
        .check(PRODUCTION);
  }

  @Test
  void readsNoWallClockNoDefaultZoneAndNoNetwork() {
    noClasses().that().resideInAPackage("io.revops.sla..")
        .should().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.LocalDateTime.class, "now")
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
  void theCalendarPackageDoesNotDependOnTheSla() {
    noClasses().that().resideInAPackage("io.revops.sla.calendar..")
        .should().dependOnClassesThat().resideInAnyPackage("io.revops.sla")
        .check(PRODUCTION);
  }

  /** Core's shared rules that the tests above do not spell out: no threads, no implicit default locale. */
  @Test
  void startsNoThreads() {
    io.revops.core.ArchitectureTest.NO_THREADS.check(PRODUCTION);
  }

  @Test
  void neverUsesTheDefaultLocaleImplicitly() {
    io.revops.core.ArchitectureTest.NO_IMPLICIT_DEFAULT_LOCALE.check(PRODUCTION);
  }
}
