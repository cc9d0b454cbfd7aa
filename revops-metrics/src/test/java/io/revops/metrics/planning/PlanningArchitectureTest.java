package io.revops.metrics.planning;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class PlanningArchitectureTest {
  private static final JavaClasses PLANNING = importPlanning();

  // Dependencies are checked by name: resolving every JDK class they point to only costs time.
  private static JavaClasses importPlanning() {
    ArchConfiguration config = ArchConfiguration.get();
    boolean resolve = config.resolveMissingDependenciesFromClassPath();
    config.setResolveMissingDependenciesFromClassPath(false);
    try {
      return new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.revops.metrics.planning");
    } finally {
      config.setResolveMissingDependenciesFromClassPath(resolve);
    }
  }

  @Test
  void dependsOnCoreTheMetricsBaseAndTheCacAndLtvItReusesOnly() {
    classes().that().resideInAPackage("io.revops.metrics.planning..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "io.revops.metrics.planning..", "io.revops.metrics", "io.revops.metrics.acquisition",
            "io.revops.metrics.value", "io.revops.core..",
            "java..", "javax.money..", "com.google.common..", "org.javamoney..")
        .check(PLANNING);
  }

  @Test
  void readsNoWallClock() {
    noClasses().should().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.ZoneId.class, "systemDefault")
        .orShould().callMethod(java.util.Locale.class, "getDefault")
        .check(PLANNING);
  }
}
