package io.revops.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Calendar answers depend only on their inputs: no wall clock, no default zone or locale. */
class CalendarPackageRulesTest {
  /** Imports only this package's compiled classes, without scanning or resolving the jars. */
  private static JavaClasses mainClasses() throws URISyntaxException {
    Path root = Path.of(
        WorkingCalendar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ArchConfiguration config = ArchConfiguration.get();
    boolean resolve = config.resolveMissingDependenciesFromClassPath();
    config.setResolveMissingDependenciesFromClassPath(false);
    try {
      return new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPath(root.resolve("io/revops/sla/calendar"));
    } finally {
      config.setResolveMissingDependenciesFromClassPath(resolve);
    }
  }

  @Test
  void readsNoClockNoDefaultZoneNoDefaultLocale() throws URISyntaxException {
    JavaClasses main = mainClasses();
    assertThat(main.contain(WorkingCalendar.class)).isTrue();
    noClasses()
        .should().callMethod(Instant.class, "now")
        .orShould().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(Clock.class, "systemDefaultZone")
        .orShould().callMethod(Clock.class, "systemUTC")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(ZoneId.class, "systemDefault")
        .orShould().callMethod(Locale.class, "getDefault")
        .orShould().callMethod(String.class, "toLowerCase")
        .orShould().callMethod(String.class, "toUpperCase")
        .check(main);
  }
}
