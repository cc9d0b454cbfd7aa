package io.revops.io;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps revops-io embeddable: core and metrics only, no clock, zone, locale, network, threads or written files. */
class IoArchitectureTest {
  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() throws Exception {
    Path classes = Path.of(CrmExports.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPath(classes);
  }

  @Test
  void importsTheProductionClasses() {
    assertThat(production.containPackage("io.revops.io.csv")).isTrue();
    assertThat(production.stream().count()).isGreaterThan(15);
  }

  @Test
  void dependsOnlyOnCoreAndMetricsAmongRevopsPackages() {
    noClasses().that().resideInAPackage("io.revops.io..")
        .should().dependOnClassesThat(DescribedPredicate.describe("are revops classes outside core, metrics and io",
            (JavaClass c) -> c.getPackageName().startsWith("io.revops.")
                && !c.getPackageName().startsWith("io.revops.core") && !c.getPackageName().startsWith("io.revops.metrics")
                && !c.getPackageName().startsWith("io.revops.io")))
        .orShould().dependOnClassesThat().resideInAPackage("io.revops.core.json..")
        .check(production);
  }

  @Test
  void neverReadsTheWallClockTheDefaultZoneOrLocaleNorWritesFiles() {
    noClasses().should().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(java.time.ZoneId.class, "systemDefault")
        .orShould().callMethod(java.util.Locale.class, "getDefault")
        .orShould().callMethod(java.nio.file.Files.class, "newOutputStream", Path.class,
            java.nio.file.OpenOption[].class)
        .orShould().callMethod(java.nio.file.Files.class, "write", Path.class, byte[].class,
            java.nio.file.OpenOption[].class)
        .orShould().dependOnClassesThat().resideInAnyPackage("java.net..", "javax.net..")
        .orShould().dependOnClassesThat().belongToAnyOf(Thread.class, java.util.concurrent.ExecutorService.class,
            java.io.FileOutputStream.class, java.io.FileWriter.class)
        .check(production);
  }
}
