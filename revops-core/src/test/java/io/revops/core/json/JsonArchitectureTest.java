package io.revops.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.money.Rate;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core value types know nothing of Jackson: JSON lives in this package only. Checked on the compiled
 * classes' constant pools, which name every class a class refers to (annotations included).
 */
class JsonArchitectureTest {
  @Test
  void onlyTheJsonPackageRefersToJackson() throws IOException, URISyntaxException {
    Path root = Path.of(Rate.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path core = root.resolve("io/revops/core");
    List<Path> classes;
    try (Stream<Path> files = Files.walk(core)) {
      classes = files.filter(p -> p.toString().endsWith(".class")).toList();
    }
    assertThat(classes).as("compiled core classes").hasSizeGreaterThan(30);
    List<String> offenders = classes.stream()
        .filter(p -> !core.relativize(p).startsWith("json"))
        .filter(JsonArchitectureTest::refersToJackson)
        .map(p -> core.relativize(p).toString())
        .toList();
    assertThat(offenders).isEmpty();
    assertThat(refersToJackson(core.resolve("json/RevOpsModule.class"))).as("the check sees Jackson where it is").isTrue();
  }

  private static boolean refersToJackson(Path classFile) {
    try {
      return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains("com/fasterxml/jackson");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
