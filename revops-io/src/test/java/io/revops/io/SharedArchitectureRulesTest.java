package io.revops.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.revops.core.ArchitectureTest;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * revops-core's shared library rules ({@link ArchitectureTest}, from core's test-jar; their self-test is core's
 * {@code ArchitectureRulesSelfTest}) applied to this module's production classes.
 */
class SharedArchitectureRulesTest {
  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() throws Exception {
    // target/classes in a test run, the module's jar in a verify run
    Path classes = Path.of(CrmExports.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPath(classes);
  }

  @Test
  void importsTheProductionClasses() {
    assertThat(production.stream().count()).isGreaterThan(10);
  }

  @Test
  void readsNoWallClock() {
    ArchitectureTest.NO_WALL_CLOCK.check(production);
  }

  @Test
  void readsNoDefaultZoneOrLocale() {
    ArchitectureTest.NO_DEFAULT_ZONE_OR_LOCALE.check(production);
  }

  @Test
  void neverUsesTheDefaultLocaleImplicitly() {
    ArchitectureTest.NO_IMPLICIT_DEFAULT_LOCALE.check(production);
  }

  @Test
  void callsNoNetwork() {
    ArchitectureTest.NO_NETWORK.check(production);
  }

  @Test
  void startsNoThreads() {
    ArchitectureTest.NO_THREADS.check(production);
  }
}
