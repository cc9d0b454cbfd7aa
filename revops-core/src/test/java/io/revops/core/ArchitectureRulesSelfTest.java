package io.revops.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Each rule of {@link ArchitectureTest} reports a class that breaks it and passes one that does not. */
class ArchitectureRulesSelfTest {

  static final class WallClock {
    Object a() {
      return Instant.now();
    }
  }

  static final class WallClockDate {
    Object a() {
      return LocalDate.now(ZoneId.of("Europe/Moscow"));
    }
  }

  static final class Millis {
    long a() {
      return System.currentTimeMillis();
    }
  }

  static final class SystemClock {
    Object a() {
      return Clock.systemUTC();
    }
  }

  static final class InjectedClock {
    Object a(Clock clock) {
      return Instant.now(clock).plusMillis(LocalDate.now(clock).getDayOfMonth());
    }
  }

  static final class DefaultZone {
    Object a() {
      return ZoneId.systemDefault();
    }
  }

  static final class DefaultLocale {
    Object a() {
      return Locale.getDefault();
    }
  }

  static final class ImplicitLocale {
    Object a(String s) {
      return s.toLowerCase();
    }
  }

  static final class ImplicitLocaleFormat {
    Object a(double d) {
      return String.format("%.2f", d);
    }
  }

  static final class ExplicitLocale {
    Object a(String s, double d) {
      return s.toLowerCase(Locale.ROOT) + String.format(Locale.ROOT, "%.2f", d);
    }
  }

  static final class Network {
    Object a() throws Exception {
      return new java.net.URI("https://example.org").toURL();
    }
  }

  static final class NewThread {
    Object a() {
      return new Thread(() -> { });
    }
  }

  static final class Executor {
    Object a() {
      return Executors.newSingleThreadExecutor();
    }
  }

  static final class ParallelStream {
    Object a(List<String> l) {
      return l.parallelStream().count();
    }
  }

  static final class SequentialStream {
    Object a(List<String> l) {
      return l.stream().count();
    }
  }

  static final class UsesMetrics {
    int a() {
      return io.revops.metrics.LayerFixture.value();
    }
  }

  // imported once: importing resolves the JDK classes they use, which is slow
  private static final JavaClasses FIXTURES = new ClassFileImporter().importClasses(WallClock.class,
      WallClockDate.class, Millis.class, SystemClock.class, InjectedClock.class, DefaultZone.class, DefaultLocale.class,
      ImplicitLocale.class, ImplicitLocaleFormat.class, ExplicitLocale.class, Network.class, NewThread.class,
      Executor.class, ParallelStream.class, SequentialStream.class, UsesMetrics.class);

  private static EvaluationResult check(ArchRule rule, Class<?> type) {
    return rule.evaluate(FIXTURES.that(JavaClass.Predicates.equivalentTo(type)));
  }

  private static void assertViolates(ArchRule rule, Class<?>... types) {
    for (Class<?> type : types) {
      assertThat(check(rule, type).hasViolation()).as("%s breaks %s", type.getSimpleName(), rule).isTrue();
    }
  }

  private static void assertAllows(ArchRule rule, Class<?>... types) {
    for (Class<?> type : types) {
      assertThat(check(rule, type).hasViolation()).as("%s keeps %s", type.getSimpleName(), rule).isFalse();
    }
  }

  @Test
  void wallClock() {
    assertViolates(ArchitectureTest.NO_WALL_CLOCK, WallClock.class, WallClockDate.class, Millis.class, SystemClock.class);
    assertAllows(ArchitectureTest.NO_WALL_CLOCK, InjectedClock.class, ExplicitLocale.class);
  }

  @Test
  void defaultZoneAndLocale() {
    assertViolates(ArchitectureTest.NO_DEFAULT_ZONE_OR_LOCALE, DefaultZone.class, DefaultLocale.class);
    assertAllows(ArchitectureTest.NO_DEFAULT_ZONE_OR_LOCALE, ExplicitLocale.class, InjectedClock.class);
  }

  @Test
  void implicitDefaultLocale() {
    assertViolates(ArchitectureTest.NO_IMPLICIT_DEFAULT_LOCALE, ImplicitLocale.class, ImplicitLocaleFormat.class);
    assertAllows(ArchitectureTest.NO_IMPLICIT_DEFAULT_LOCALE, ExplicitLocale.class);
  }

  @Test
  void network() {
    assertViolates(ArchitectureTest.NO_NETWORK, Network.class);
    assertAllows(ArchitectureTest.NO_NETWORK, ExplicitLocale.class);
  }

  @Test
  void threads() {
    assertViolates(ArchitectureTest.NO_THREADS, NewThread.class, Executor.class, ParallelStream.class);
    assertAllows(ArchitectureTest.NO_THREADS, SequentialStream.class, ExplicitLocale.class);
  }

  @Test
  void layers() {
    assertViolates(ArchitectureTest.CORE_DEPENDS_ON_NO_HIGHER_LAYER, UsesMetrics.class);
    assertAllows(ArchitectureTest.CORE_DEPENDS_ON_NO_HIGHER_LAYER, ExplicitLocale.class);
  }
}
