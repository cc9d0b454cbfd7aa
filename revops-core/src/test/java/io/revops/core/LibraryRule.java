package io.revops.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.NullMarked;

/**
 * The library-wide rules of revops, written once: every library module (core, metrics, sla, io, json, spark)
 * applies all of them through {@link SharedLibraryRules} (core's test-jar), and {@code ArchitectureRulesSelfTest}
 * proves that each one reports a class that breaks it and passes one that keeps it, so a typo cannot make a rule
 * vacuous. Rules that hold for one module only (its layering) live in that module's {@code *ArchitectureTest}.
 *
 * <p>Each rule is written against {@code io.revops..}. A module that must break one (revops-spark's example
 * job prints its result) names the class and the reason in {@link SharedLibraryRules#exemptions()}.
 */
public enum LibraryRule {

  /** Every "as of" is a parameter. */
  NO_WALL_CLOCK(noClasses()
      .that().resideInAPackage("io.revops..")
      .should().callCodeUnitWhere(Predicates.READS_WALL_CLOCK)
      .because("every \"as of\" is a parameter: results must be reproducible")),

  /** The machine's zone and locale must not change a result. */
  NO_DEFAULT_ZONE_OR_LOCALE(noClasses()
      .that().resideInAPackage("io.revops..")
      .should().callCodeUnitWhere(Predicates.READS_DEFAULT_ZONE_OR_LOCALE)
      .because("time zones and locales are parameters (Locale.ROOT for identifiers)")),

  /** The same, for the JDK methods that read the default locale behind the caller's back. */
  NO_IMPLICIT_DEFAULT_LOCALE(noClasses()
      .that().resideInAPackage("io.revops..")
      .should().callCodeUnitWhere(Predicates.USES_DEFAULT_LOCALE_IMPLICITLY)
      .because("\"TITLE\".toLowerCase() is \"tıtle\" in Turkish, String.format(\"%.2f\") prints 3,84 in Russian: "
          + "pass Locale.ROOT")),

  /** No network. */
  NO_NETWORK(noClasses()
      .that().resideInAPackage("io.revops..")
      .should().dependOnClassesThat().resideInAnyPackage("java.net..", "javax.net..")
      .because("an embedded SDK must not call the network")),

  /** No threads. */
  NO_THREADS(noClasses()
      .that().resideInAPackage("io.revops..")
      .should().accessTargetWhere(Predicates.STARTS_THREADS)
      .because("the library runs on its caller's thread: CRM plugins own their threads")),

  /** No file is created, written, moved or deleted; reading the files a caller names is allowed. */
  NO_FILES_WRITTEN(noClasses()
      .that().resideInAPackage("io.revops..")
      .should().accessTargetWhere(Predicates.WRITES_FILES)
      .because("the library writes to the streams its caller hands it, never to the file system")),

  /** Nothing printed: results, findings and errors go to the caller. */
  NO_CONSOLE(noClasses()
      .that().resideInAPackage("io.revops..")
      .should().accessTargetWhere(Predicates.USES_THE_CONSOLE)
      .because("an embedded SDK reports through return values and exceptions, not on its host's console")),

  /** The host's process is the host's. */
  NO_PROCESS_CONTROL(noClasses()
      .that().resideInAPackage("io.revops..")
      .should().accessTargetWhere(Predicates.CONTROLS_PROCESSES)
      .because("a library must not end its host's JVM or start processes")),

  /** jspecify: every package says that its types are non-null unless marked {@code @Nullable}. */
  EVERY_PACKAGE_NULL_MARKED(classes()
      .that().resideInAPackage("io.revops..")
      .should(Predicates.RESIDE_IN_A_NULL_MARKED_PACKAGE)
      .because("@NullMarked on every package-info tells callers and null checkers that null is never passed or "
          + "returned where a type is not @Nullable (it does not apply to subpackages)"));

  private final ArchRule rule;

  LibraryRule(ArchRule rule) {
    this.rule = rule;
  }

  /** The ArchUnit rule. */
  public ArchRule rule() {
    return rule;
  }

  /** The predicates the rules are written with (a nested class: an enum's constants cannot see its static fields). */
  private static final class Predicates {
    private Predicates() {}

    private static boolean ownerIs(AccessTarget target, String owner, Set<String> names) {
      return target.getOwner().getName().equals(owner) && names.contains(target.getName());
    }

    private static boolean firstParameterIs(AccessTarget target, Class<?>... types) {
      if (!(target instanceof AccessTarget.CodeUnitAccessTarget codeUnit)) {
        return false;
      }
      List<JavaClass> params = codeUnit.getRawParameterTypes();
      return !params.isEmpty() && List.of(types).stream().anyMatch(params.get(0)::isEquivalentTo);
    }

    /** {@code X.now()} and {@code X.now(ZoneId)} of java.time read the system clock; {@code now(Clock)} does not. */
    static final DescribedPredicate<JavaCall<?>> READS_WALL_CLOCK = DescribedPredicate.describe(
        "read the wall clock (Instant.now(), LocalDate.now(), System.currentTimeMillis(), System.nanoTime(), "
            + "Clock.systemUTC(), Clock.systemDefaultZone(), ...)",
        call -> {
          AccessTarget.CodeUnitCallTarget target = call.getTarget();
          if (target.getOwner().getName().startsWith("java.time.") && target.getName().equals("now")) {
            return !firstParameterIs(target, java.time.Clock.class);
          }
          return ownerIs(target, "java.lang.System", Set.of("currentTimeMillis", "nanoTime"))
              || ownerIs(target, "java.time.Clock",
                  Set.of("systemUTC", "systemDefaultZone", "system", "tickMillis", "tickSeconds", "tickMinutes"))
              || ownerIs(target, "java.time.InstantSource", Set.of("system"));
        });

    static final DescribedPredicate<JavaCall<?>> READS_DEFAULT_ZONE_OR_LOCALE = DescribedPredicate.describe(
        "read the default time zone or locale (ZoneId.systemDefault(), TimeZone.getDefault(), Locale.getDefault())",
        call -> ownerIs(call.getTarget(), "java.time.ZoneId", Set.of("systemDefault"))
            || ownerIs(call.getTarget(), "java.util.TimeZone", Set.of("getDefault"))
            || ownerIs(call.getTarget(), "java.util.Locale", Set.of("getDefault")));

    static final DescribedPredicate<JavaCall<?>> USES_DEFAULT_LOCALE_IMPLICITLY = DescribedPredicate.describe(
        "use the default locale implicitly (String.toLowerCase(), String.toUpperCase(), String.format(String, ...), "
            + "String.formatted(...), PrintStream/PrintWriter printf(String, ...) and format(String, ...))",
        call -> {
          AccessTarget.CodeUnitCallTarget target = call.getTarget();
          String owner = target.getOwner().getName();
          if (owner.equals("java.io.PrintStream") || owner.equals("java.io.PrintWriter")) {
            return Set.of("printf", "format").contains(target.getName()) && firstParameterIs(target, String.class);
          }
          if (!owner.equals("java.lang.String")) {
            return false;
          }
          return switch (target.getName()) {
            case "toLowerCase", "toUpperCase" -> target.getRawParameterTypes().isEmpty();
            case "format" -> firstParameterIs(target, String.class);
            case "formatted" -> true;
            default -> false;
          };
        });

    static final DescribedPredicate<JavaAccess<?>> STARTS_THREADS = DescribedPredicate.describe(
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
              || name.equals("parallelStream")
              || name.equals("parallel") && owner.getPackageName().equals("java.util.stream");
        });

    private static final Set<String> FILES_WRITES = Set.of("write", "writeString", "newOutputStream",
        "newBufferedWriter", "createFile", "createDirectory", "createDirectories", "createTempFile",
        "createTempDirectory", "createLink", "createSymbolicLink", "delete", "deleteIfExists", "move", "setAttribute",
        "setLastModifiedTime", "setOwner", "setPosixFilePermissions");
    private static final Set<String> FILE_WRITES = Set.of("createNewFile", "createTempFile", "delete",
        "deleteOnExit", "mkdir", "mkdirs", "renameTo", "setLastModified", "setReadOnly", "setWritable", "setReadable",
        "setExecutable");

    static final DescribedPredicate<JavaAccess<?>> WRITES_FILES = DescribedPredicate.describe(
        "write, create, move or delete files (Files.write*, newOutputStream, newBufferedWriter, create*, copy to a "
            + "Path, move, delete; File.createNewFile, mkdir(s), delete, renameTo; new FileOutputStream, FileWriter, "
            + "RandomAccessFile; new PrintStream/PrintWriter of a file name or File)",
        access -> {
          AccessTarget target = access.getTarget();
          String owner = target.getOwner().getName();
          boolean constructor = target.getName().equals("<init>");
          if (owner.equals("java.nio.file.Files")) {
            return FILES_WRITES.contains(target.getName()) || target.getName().equals("copy")
                && target instanceof AccessTarget.CodeUnitAccessTarget codeUnit
                && codeUnit.getRawParameterTypes().size() > 1
                && codeUnit.getRawParameterTypes().get(1).isEquivalentTo(java.nio.file.Path.class);
          }
          return owner.equals("java.io.File") && FILE_WRITES.contains(target.getName())
              || constructor && Set.of("java.io.FileOutputStream", "java.io.FileWriter", "java.io.RandomAccessFile")
                  .contains(owner)
              || constructor && Set.of("java.io.PrintStream", "java.io.PrintWriter").contains(owner)
                  && firstParameterIs(target, String.class, java.io.File.class);
        });

    static final DescribedPredicate<JavaAccess<?>> USES_THE_CONSOLE = DescribedPredicate.describe(
        "use the console (System.out, System.err, System.in, System.console(), Throwable.printStackTrace())",
        access -> {
          AccessTarget target = access.getTarget();
          return access instanceof JavaFieldAccess && ownerIs(target, "java.lang.System", Set.of("out", "err", "in"))
              || ownerIs(target, "java.lang.System", Set.of("console"))
              || target.getName().equals("printStackTrace") && target.getOwner().isAssignableTo(Throwable.class)
                  && target instanceof AccessTarget.CodeUnitAccessTarget codeUnit
                  && codeUnit.getRawParameterTypes().isEmpty();
        });

    static final DescribedPredicate<JavaAccess<?>> CONTROLS_PROCESSES = DescribedPredicate.describe(
        "end the JVM or start processes (System.exit, Runtime.exit, Runtime.halt, Runtime.exec, new ProcessBuilder)",
        access -> ownerIs(access.getTarget(), "java.lang.System", Set.of("exit"))
            || ownerIs(access.getTarget(), "java.lang.Runtime", Set.of("exit", "halt", "exec"))
            || ownerIs(access.getTarget(), "java.lang.ProcessBuilder", Set.of("<init>", "start")));

    /** The package's own package-info, not an enclosing package's nor the class's (jspecify is not inherited). */
    static final ArchCondition<JavaClass> RESIDE_IN_A_NULL_MARKED_PACKAGE =
        new ArchCondition<>("reside in a package whose package-info is annotated @NullMarked") {
          @Override
          public void check(JavaClass item, ConditionEvents events) {
            boolean marked = item.getPackage().isAnnotatedWith(NullMarked.class);
            events.add(new SimpleConditionEvent(item, marked, item.getName() + (marked ? " resides" : " does not reside")
                + " in a package annotated @NullMarked (" + item.getPackageName() + "/package-info.java)"));
          }
        };
  }
}
