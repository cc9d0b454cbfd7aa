package io.revops.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A consumer with its own {@code module-info.java} ({@code src/test/consumer}) requiring {@code io.revops.core},
 * {@code .metrics}, {@code .sla} and {@code .json}, compiled with {@code --release 17} and launched with
 * {@code --module-path} in a fresh JVM of the running JDK, with exactly the flags of the README's recipe
 * ("On the module path"). Without the recipe's flags the launch fails, as the README says.
 */
class ModulePathConsumerTest {
  /** The README's recipe: Moneta (whose descriptor requires the excluded okhttp3) on the class path. */
  static final List<String> RECIPE = List.of(
      "--add-modules", "ALL-MODULE-PATH",
      "--add-reads", "com.fasterxml.jackson.datatype.moneta=ALL-UNNAMED",
      "--add-exports", "de.focus_shift.jollyday.core/de.focus_shift.jollyday.core.impl=io.revops.sla",
      "--add-exports", "de.focus_shift.jollyday.jaxb/de.focus_shift.jollyday.jaxb=io.revops.sla,de.focus_shift.jollyday.core");

  static String modulePath;
  static String classPath;
  static Path compiled;

  @BeforeAll
  static void compileTheConsumer() throws IOException {
    List<String> jars = Arrays.asList(
        Files.readString(Paths.get(System.getProperty("consumer.path.file")), StandardCharsets.UTF_8).trim()
            .split(java.io.File.pathSeparator));
    assertThat(jars).allMatch(j -> j.endsWith(".jar"), "jars, not class directories");
    List<String> onClassPath = jars.stream().filter(ModulePathConsumerTest::classPathOnly).collect(Collectors.toList());
    assertThat(onClassPath).hasSize(2);
    List<String> onModulePath = new ArrayList<>(jars);
    onModulePath.removeAll(onClassPath);
    modulePath = String.join(java.io.File.pathSeparator, onModulePath);
    classPath = String.join(java.io.File.pathSeparator, onClassPath);

    Path work = Paths.get(System.getProperty("consumer.work"));
    compiled = work.resolve("classes");
    Files.createDirectories(compiled);
    Path sources = Paths.get(System.getProperty("consumer.sources"));
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    java.io.StringWriter out = new java.io.StringWriter();
    int rc = javac.run(new java.io.PrintWriter(out), new java.io.PrintWriter(out),
        "--release", "17", "-d", compiled.toString(), "--module-source-path", sources.toString(),
        "--module", "revops.consumer", "--module-path", modulePath);
    assertThat(rc).as("javac: %s", out).isZero();
  }

  /** moneta-core's descriptor requires okhttp3 (excluded by revops); jakarta.annotation is read by Moneta only. */
  private static boolean classPathOnly(String jar) {
    String name = Paths.get(jar).getFileName().toString();
    return name.startsWith("moneta-core-") || name.startsWith("jakarta.annotation-api-");
  }

  @Test
  void runsOnTheModulePathWithTheRecipe() throws Exception {
    Run run = launch(RECIPE);
    assertThat(run.rc).as(run.err).isZero();
    assertThat(run.out).contains(
        "modules [", "revops,", "revops-qualification", "revops-sla",
        "cac CAC = 500 000,00 RUB",
        "criterion true", "sla true",
        "ru DAY_OFF (RU production calendar 2026",
        "de DAY_OFF (jollyday DE public holidays: German Unity Day)");
    assertThat(run.out).contains("named io.revops.sla");
  }

  @Test
  void withoutTheJollydayExportsOnlyJollydaysHolidaysFail() throws Exception {
    Run run = launch(RECIPE.subList(0, 4));
    assertThat(run.rc).isNotZero();
    assertThat(run.out).contains("sla true", "ru DAY_OFF").doesNotContain("de DAY_OFF");
    assertThat(run.err).contains("does not export de.focus_shift.jollyday.core.impl to module io.revops.sla");
  }

  private static Run launch(List<String> flags) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Duser.language=en");
    cmd.add("-Djava.util.logging.config.file=" + System.getProperty("java.util.logging.config.file", ""));
    cmd.addAll(List.of("--module-path", compiled.resolve("revops.consumer") + java.io.File.pathSeparator + modulePath));
    cmd.addAll(List.of("--class-path", classPath));
    cmd.addAll(flags);
    cmd.addAll(List.of("-m", "revops.consumer/io.example.consumer.Main"));
    Path dir = compiled.getParent();
    Path outFile = dir.resolve("out-" + flags.size() + ".txt");
    Path errFile = dir.resolve("err-" + flags.size() + ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the consumer ends within 120 s").isTrue();
    return new Run(p.exitValue(), Files.readString(outFile), Files.readString(errFile));
  }

  private record Run(int rc, String out, String err) {}
}
