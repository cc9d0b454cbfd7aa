package io.revops.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.revops.core.archfixture.marked.Marked;
import io.revops.core.archfixture.unmarked.Unmarked;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.io.File;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each {@link LibraryRule} reports every fixture that breaks it and passes fixtures that keep it; core's layering
 * rule ({@link CoreArchitectureTest}) too. {@link #everyRuleHasAViolatingFixture} fails when a rule is added
 * without fixtures.
 */
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

  static final class ImplicitLocalePrintf {
    void a(PrintStream out, double d) {
      out.printf("%.2f", d);
    }
  }

  static final class WritesFile {
    void a(Path p) throws Exception {
      Files.writeString(p, "x");
    }
  }

  static final class WritesFileStream {
    Object a(File f) throws Exception {
      return new FileOutputStream(f);
    }
  }

  static final class CopiesToFile {
    Object a(java.io.InputStream in, Path p) throws Exception {
      return Files.copy(in, p);
    }
  }

  static final class DeletesFile {
    boolean a(File f) {
      return f.delete();
    }
  }

  static final class PrintsToFile {
    Object a(String name) throws Exception {
      return new PrintStream(name, StandardCharsets.UTF_8);
    }
  }

  static final class ReadsFile {
    Object a(Path p, java.io.OutputStream out) throws Exception {
      return Files.readString(p).length() + Files.copy(p, out) + new PrintStream(out, true, StandardCharsets.UTF_8)
          .hashCode();
    }
  }

  static final class PrintsToConsole {
    void a() {
      System.out.println("x");
    }
  }

  static final class PrintsToStdErr {
    void a() {
      System.err.println("x");
    }
  }

  static final class PrintsStackTrace {
    void a(Exception e) {
      e.printStackTrace();
    }
  }

  static final class PrintsStackTraceToAStream {
    void a(Exception e, PrintStream out) {
      e.printStackTrace(out);
    }
  }

  static final class Exits {
    void a() {
      System.exit(2);
    }
  }

  static final class Halts {
    void a() {
      Runtime.getRuntime().halt(2);
    }
  }

  static final class StartsProcess {
    Object a() throws Exception {
      return new ProcessBuilder("ls").start();
    }
  }

  static final class UsesMetrics {
    int a() {
      return io.revops.metrics.LayerFixture.value();
    }
  }

  /** The fixtures that break each rule. */
  private static final Map<LibraryRule, List<Class<?>>> VIOLATORS = new EnumMap<>(Map.of(
      LibraryRule.NO_WALL_CLOCK, List.of(WallClock.class, WallClockDate.class, Millis.class, SystemClock.class),
      LibraryRule.NO_DEFAULT_ZONE_OR_LOCALE, List.of(DefaultZone.class, DefaultLocale.class),
      LibraryRule.NO_IMPLICIT_DEFAULT_LOCALE,
          List.of(ImplicitLocale.class, ImplicitLocaleFormat.class, ImplicitLocalePrintf.class),
      LibraryRule.NO_NETWORK, List.of(Network.class),
      LibraryRule.NO_THREADS, List.of(NewThread.class, Executor.class, ParallelStream.class),
      LibraryRule.NO_FILES_WRITTEN, List.of(WritesFile.class, WritesFileStream.class, CopiesToFile.class,
          DeletesFile.class, PrintsToFile.class),
      LibraryRule.NO_CONSOLE, List.of(PrintsToConsole.class, PrintsToStdErr.class, PrintsStackTrace.class),
      LibraryRule.NO_PROCESS_CONTROL, List.of(Exits.class, Halts.class, StartsProcess.class),
      LibraryRule.EVERY_PACKAGE_NULL_MARKED, List.of(Unmarked.class)));

  /** Fixtures that keep every rule. */
  private static final List<Class<?>> KEEP_ALL = List.of(InjectedClock.class, ExplicitLocale.class,
      SequentialStream.class, ReadsFile.class, PrintsStackTraceToAStream.class, Marked.class);

  // imported once: importing resolves the JDK classes they use, which is slow
  // (with the package-infos, which carry the packages' annotations)
  private static final JavaClasses FIXTURES = new ClassFileImporter().importClasses(Stream.of(
      VIOLATORS.values().stream().flatMap(List::stream), KEEP_ALL.stream(),
      Stream.of(UsesMetrics.class, packageInfo(ArchitectureRulesSelfTest.class), packageInfo(Marked.class)))
      .flatMap(s -> s).toArray(Class<?>[]::new));

  private static Class<?> packageInfo(Class<?> type) {
    try {
      return Class.forName(type.getPackageName() + ".package-info");
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("no package-info in " + type.getPackageName(), e);
    }
  }

  private static EvaluationResult check(ArchRule rule, Class<?> type) {
    return rule.evaluate(FIXTURES.that(JavaClass.Predicates.equivalentTo(type)));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(LibraryRule.class)
  void everyRuleHasAViolatingFixture(LibraryRule rule) {
    assertThat(VIOLATORS.get(rule)).as("fixtures breaking %s", rule).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(LibraryRule.class)
  void reportsEachFixtureThatBreaksIt(LibraryRule rule) {
    for (Class<?> type : VIOLATORS.getOrDefault(rule, List.of())) {
      assertThat(check(rule.rule(), type).hasViolation()).as("%s breaks %s", type.getSimpleName(), rule).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(LibraryRule.class)
  void passesTheFixturesThatKeepIt(LibraryRule rule) {
    for (Class<?> type : KEEP_ALL) {
      assertThat(check(rule.rule(), type).hasViolation()).as("%s keeps %s", type.getSimpleName(), rule).isFalse();
    }
    // a fixture breaking one rule keeps the others: the rules do not overlap
    VIOLATORS.forEach((other, types) -> {
      if (other != rule) {
        for (Class<?> type : types) {
          assertThat(check(rule.rule(), type).hasViolation()).as("%s keeps %s", type.getSimpleName(), rule)
              .isFalse();
        }
      }
    });
  }

  @Test
  void layers() {
    assertThat(check(CoreArchitectureTest.DEPENDS_ON_NO_HIGHER_LAYER, UsesMetrics.class).hasViolation()).isTrue();
    assertThat(check(CoreArchitectureTest.DEPENDS_ON_NO_HIGHER_LAYER, ExplicitLocale.class).hasViolation()).isFalse();
  }
}
