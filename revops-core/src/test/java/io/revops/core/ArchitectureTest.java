package io.revops.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;

/**
 * The architecture rules of revops, checked on the production classes of this module.
 *
 * <p><b>Copy this class as it is into another module's tests</b> (changing only the package): every rule
 * is written against {@code io.revops..} and holds for every module. The rules:
 * <ol>
 *   <li>{@code io.revops.core..} knows nothing of metrics, SLA or examples (metrics and sla depend on core
 *       only);
 *   <li>no wall clock: every "as of" is a parameter, time comes from an injected {@code Clock} if at all;
 *   <li>no default time zone and no default locale: results must not change with the machine's settings;
 *   <li>no network ({@code java.net..});
 *   <li>no threads: the library is embedded in CRM plugins that own their threads.
 * </ol>
 * {@code ArchitectureRulesSelfTest} proves each rule catches a violation, so a typo cannot make one vacuous.
 */
@AnalyzeClasses(packages = "io.revops",
    importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
public class ArchitectureTest {

  /** Core is the bottom layer. */
  @ArchTest
  public static final ArchRule CORE_DEPENDS_ON_NO_HIGHER_LAYER = noClasses()
      .that().resideInAPackage("io.revops.core..")
      .should().dependOnClassesThat().resideInAnyPackage("io.revops.metrics..", "io.revops.sla..", "io.revops.examples..")
      .because("core knows nothing of metrics or SLA; metrics and sla depend on core only");

  /** {@code X.now()} and {@code X.now(ZoneId)} of java.time read the system clock; {@code now(Clock)} does not. */
  private static final DescribedPredicate<JavaCall<?>> READS_WALL_CLOCK = DescribedPredicate.describe(
      "read the wall clock (Instant.now(), LocalDate.now(), System.currentTimeMillis(), System.nanoTime(), "
          + "Clock.systemUTC(), Clock.systemDefaultZone(), ...)",
      call -> {
        AccessTarget.CodeUnitCallTarget target = call.getTarget();
        String owner = target.getOwner().getName();
        String name = target.getName();
        if (owner.startsWith("java.time.") && name.equals("now")) {
          List<JavaClass> params = target.getRawParameterTypes();
          return params.isEmpty() || !params.get(0).isEquivalentTo(java.time.Clock.class);
        }
        return owner.equals("java.lang.System") && Set.of("currentTimeMillis", "nanoTime").contains(name)
            || owner.equals("java.time.Clock")
                && Set.of("systemUTC", "systemDefaultZone", "system", "tickMillis", "tickSeconds", "tickMinutes")
                    .contains(name)
            || owner.equals("java.time.InstantSource") && name.equals("system");
      });

  /** Every "as of" is a parameter. */
  @ArchTest
  public static final ArchRule NO_WALL_CLOCK = noClasses()
      .that().resideInAPackage("io.revops..")
      .should().callCodeUnitWhere(READS_WALL_CLOCK)
      .because("every \"as of\" is a parameter: results must be reproducible");

  private static final DescribedPredicate<JavaCall<?>> READS_DEFAULT_ZONE_OR_LOCALE = DescribedPredicate.describe(
      "read the default time zone or locale (ZoneId.systemDefault(), TimeZone.getDefault(), Locale.getDefault())",
      call -> {
        String owner = call.getTarget().getOwner().getName();
        String name = call.getTarget().getName();
        return owner.equals("java.time.ZoneId") && name.equals("systemDefault")
            || owner.equals("java.util.TimeZone") && name.equals("getDefault")
            || owner.equals("java.util.Locale") && name.equals("getDefault");
      });

  /** The machine's zone and locale must not change a result. */
  @ArchTest
  public static final ArchRule NO_DEFAULT_ZONE_OR_LOCALE = noClasses()
      .that().resideInAPackage("io.revops..")
      .should().callCodeUnitWhere(READS_DEFAULT_ZONE_OR_LOCALE)
      .because("time zones and locales are parameters (Locale.ROOT for identifiers)");

  private static final DescribedPredicate<JavaCall<?>> USES_DEFAULT_LOCALE_IMPLICITLY = DescribedPredicate.describe(
      "use the default locale implicitly (String.toLowerCase(), String.toUpperCase(), String.format(String, ...), "
          + "String.formatted(...))",
      call -> {
        AccessTarget.CodeUnitCallTarget target = call.getTarget();
        if (!target.getOwner().getName().equals("java.lang.String")) {
          return false;
        }
        List<JavaClass> params = target.getRawParameterTypes();
        return switch (target.getName()) {
          case "toLowerCase", "toUpperCase" -> params.isEmpty();
          case "format" -> !params.isEmpty() && params.get(0).isEquivalentTo(String.class);
          case "formatted" -> true;
          default -> false;
        };
      });

  /** The same, for the JDK methods that read the default locale behind the caller's back. */
  @ArchTest
  public static final ArchRule NO_IMPLICIT_DEFAULT_LOCALE = noClasses()
      .that().resideInAPackage("io.revops..")
      .should().callCodeUnitWhere(USES_DEFAULT_LOCALE_IMPLICITLY)
      .because("\"TITLE\".toLowerCase() is \"tıtle\" in Turkish, String.format(\"%.2f\") prints 3,84 in Russian: "
          + "pass Locale.ROOT");

  /** No network. */
  @ArchTest
  public static final ArchRule NO_NETWORK = noClasses()
      .that().resideInAPackage("io.revops..")
      .should().dependOnClassesThat().resideInAnyPackage("java.net..", "javax.net..")
      .because("an embedded SDK must not call the network");

  private static final DescribedPredicate<JavaAccess<?>> STARTS_THREADS = DescribedPredicate.describe(
      "start threads (new Thread, Thread.start(), Executors, ForkJoinPool, Timer, CompletableFuture.*Async, "
          + "parallelStream())",
      access -> {
        JavaClass owner = access.getTarget().getOwner();
        String name = access.getTarget().getName();
        return owner.isAssignableTo(Thread.class) && (name.equals("<init>") || name.equals("start"))
            || owner.isEquivalentTo(java.util.concurrent.Executors.class)
            || owner.isAssignableTo(java.util.concurrent.ForkJoinPool.class)
            || owner.isAssignableTo(java.util.Timer.class) && name.equals("<init>")
            || owner.isEquivalentTo(java.util.concurrent.CompletableFuture.class) && name.endsWith("Async")
            || name.equals("parallelStream") || name.equals("parallel") && owner.getPackageName().equals("java.util.stream");
      });

  /** No threads. */
  @ArchTest
  public static final ArchRule NO_THREADS = noClasses()
      .that().resideInAPackage("io.revops..")
      .should().accessTargetWhere(STARTS_THREADS)
      .because("the library runs on its caller's thread: CRM plugins own their threads");
}
