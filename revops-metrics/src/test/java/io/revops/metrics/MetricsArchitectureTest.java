package io.revops.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the metrics module embeddable: it knows only revops-core, and never reads the clock, the zone or the network. */
class MetricsArchitectureTest {
  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() throws Exception {
    // import the module's own output directory only: scanning the whole classpath for the package is slow
    Path classes = Path.of(MetricResult.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPath(classes);
  }

  @Test
  void importsTheProductionClasses() {
    // guards the rules below against passing vacuously on an empty import
    assertThat(production.containPackage("io.revops.metrics.acquisition")).isTrue();
    assertThat(production.stream().count()).isGreaterThan(30);
  }

  @Test
  void dependsOnlyOnCoreAmongRevopsPackages() {
    noClasses().that().resideInAPackage("io.revops.metrics..")
        .should().dependOnClassesThat(DescribedPredicate.describe(
            "are revops classes outside io.revops.core and io.revops.metrics",
            (JavaClass c) -> c.getPackageName().startsWith("io.revops")
                && !c.getPackageName().equals("io.revops.core") && !c.getPackageName().startsWith("io.revops.core.")
                && !c.getPackageName().equals("io.revops.metrics") && !c.getPackageName().startsWith("io.revops.metrics.")))
        .check(production);
  }

  @Test
  void neverReadsTheWallClock() {
    noClasses().should().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.LocalDateTime.class, "now")
        .orShould().callMethod(java.time.ZonedDateTime.class, "now")
        .orShould().callMethod(java.time.YearMonth.class, "now")
        .orShould().callMethod(java.time.Clock.class, "systemUTC")
        .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
        .check(production);
  }

  @Test
  void neverReadsTheDefaultZoneOrLocale() {
    noClasses().should().callMethod(java.time.ZoneId.class, "systemDefault")
        .orShould().callMethod(java.util.TimeZone.class, "getDefault")
        .orShould().callMethod(java.util.Locale.class, "getDefault")
        .check(production);
  }

  @Test
  void neverTouchesTheNetwork() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("java.net..", "javax.net..", "java.net.http..")
        .check(production);
  }

  /** Core's shared rules that the tests above do not spell out: no threads, no implicit default locale. */
  @Test
  void startsNoThreads() {
    io.revops.core.ArchitectureTest.NO_THREADS.check(production);
  }

  @Test
  void neverUsesTheDefaultLocaleImplicitly() {
    io.revops.core.ArchitectureTest.NO_IMPLICIT_DEFAULT_LOCALE.check(production);
  }
}
