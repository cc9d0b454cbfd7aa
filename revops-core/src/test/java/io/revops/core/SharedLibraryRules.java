package io.revops.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The shared library rules ({@link ArchitectureTest}; their self-test is {@code ArchitectureRulesSelfTest})
 * applied to another module's production classes: a module's test extends this class (from core's test-jar) and
 * names one of its production classes, whose code source — {@code target/classes} in a test run, the module's jar
 * in a verify run — is what is checked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SharedLibraryRules {
  private JavaClasses production;

  /** A production class of the module under test. */
  protected abstract Class<?> productionClass();

  @BeforeAll
  void importProductionClasses() throws Exception {
    Path classes = Path.of(productionClass().getProtectionDomain().getCodeSource().getLocation().toURI());
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
