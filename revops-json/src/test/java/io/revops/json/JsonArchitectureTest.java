package io.revops.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.money.Rate;
import io.revops.metrics.MetricResult;
import io.revops.sla.SlaAgreement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Core, metrics and the SLA know nothing of Jackson: JSON lives in revops-json only, so a plugin with its own
 * Jackson version can use the domain. Checked on the compiled classes' constant pools, which name every class
 * a class refers to (annotations included).
 */
class JsonArchitectureTest {

  @Test
  void coreMetricsAndSlaDoNotReferToJackson() throws IOException, URISyntaxException {
    for (Class<?> anchor : List.of(Rate.class, MetricResult.class, SlaAgreement.class)) {
      Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      // target/classes in a test run, the module's jar in a verify run
      Path root = Files.isDirectory(location) ? location
          : java.nio.file.FileSystems.newFileSystem(location, (ClassLoader) null).getPath("/");
      List<Path> classes;
      try (Stream<Path> files = Files.walk(root)) {
        classes = files.filter(p -> p.toString().endsWith(".class")).toList();
      }
      assertThat(classes).as("compiled classes of " + root).hasSizeGreaterThan(10);
      List<String> offenders = classes.stream()
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> refersToJackson(root.resolve(p)))
          .toList();
      assertThat(offenders).as("classes of " + root + " that refer to Jackson").isEmpty();
    }
  }

  @Test
  void theCheckSeesJacksonWhereItIs() throws URISyntaxException {
    Path root = Path.of(RevOpsModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(refersToJackson(root.resolve("io/revops/json/RevOpsModule.class"))).isTrue();
  }

  private static boolean refersToJackson(Path classFile) {
    try {
      return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains("com/fasterxml/jackson");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
