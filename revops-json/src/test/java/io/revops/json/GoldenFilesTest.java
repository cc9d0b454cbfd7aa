package io.revops.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.revops.json.GoldenDocuments.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: every document type revops-json writes, from the fixed inputs of {@link GoldenDocuments},
 * compared character for character with {@code src/test/resources/golden/<name>.json}; each file is then read
 * back and compared, as a value, with its input (the types the module only writes are compared as text).
 *
 * <p>A failure here means the JSON dialect changed. If the change is intended, regenerate the files with
 * <pre>{@code ./mvnw -B -pl revops-json -am test -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true}</pre>
 * review the diff, and record the change in CHANGELOG. With {@code -Dgolden.update=true} this test writes the
 * files instead of comparing them (and still checks the round trip).
 *
 * <p>The canonical text is {@link RevOpsJson#mapper()}'s output, indented by two spaces, {@code "\n"} line
 * ends and a final newline. The SLA report's {@code "tzdbVersion"} depends on the JDK running the test, so it
 * is compared as {@value #TZDB_PLACEHOLDER}.
 */
class GoldenFilesTest {
  static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");
  static final String TZDB_PLACEHOLDER = "(tzdb)";
  private static final Pattern TZDB = Pattern.compile("(\"tzdbVersion\" : \")[^\"]*(\")");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private final ObjectMapper mapper = RevOpsJson.mapper();

  static List<Golden> documents() {
    return GoldenDocuments.all();
  }

  /** The canonical text of a value, as the golden files hold it. */
  static String canonical(ObjectMapper mapper, Object value) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    ObjectWriter writer = mapper.writer(new DefaultPrettyPrinter().withObjectIndenter(indenter)
        .withArrayIndenter(indenter));
    return TZDB.matcher(writer.writeValueAsString(value)).replaceAll("$1" + TZDB_PLACEHOLDER + "$2") + "\n";
  }

  static String golden(String name) throws IOException {
    return Files.readString(DIRECTORY.resolve(name + ".json"), StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void theWrittenTextIsTheGoldenFile(Golden g) throws IOException {
    String written = canonical(mapper, g.value());
    Path file = DIRECTORY.resolve(g.name() + ".json");
    if (UPDATE) {
      Files.createDirectories(DIRECTORY);
      Files.writeString(file, written, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file %s (regenerate with -Dgolden.update=true)", file).exists();
    assertThat(written).as("%s differs from its golden file; if intended, regenerate with -Dgolden.update=true", g)
        .isEqualTo(golden(g.name()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void theGoldenFileReadsBackAsItsValue(Golden g) throws IOException {
    if (g.readAs() == null) {
      // written only: the text comparison is the whole contract; check the file is at least well-formed JSON
      assertThat(mapper.readTree(golden(g.name())).isObject()).isTrue();
      return;
    }
    Object back = mapper.readValue(golden(g.name()), mapper.constructType(g.readAs()));
    assertThat(back).as("%s read back", g).isEqualTo(g.value());
    assertThat(canonical(mapper, back)).isEqualTo(golden(g.name()));
  }

  @org.junit.jupiter.api.Test
  void aWhatIfIsWrittenAsItsSummary() throws IOException {
    io.revops.sla.WhatIf w = GoldenDocuments.whatIf();
    assertThat(canonical(mapper, w)).isEqualTo(golden("what-if"));
    io.revops.sla.WhatIfSummary back = mapper.readValue(golden("what-if"), io.revops.sla.WhatIfSummary.class);
    assertThat(back.changes()).hasSameSizeAs(w.changes()).isNotEmpty();
    assertThat(back.changes()).anySatisfy(c -> assertThat(c.before()).isPresent().get()
        .satisfies(v -> assertThat(c.after()).isPresent()));
    assertThat(back.changes()).anySatisfy(c -> assertThat(c.after()).isEmpty());
    assertThat(back.quotaChanges()).hasSameSizeAs(w.quotaChanges()).isNotEmpty();
  }

  @org.junit.jupiter.api.Test
  void everyGoldenFileHasADocument() throws IOException {
    List<String> names = documents().stream().map(g -> g.name() + ".json").toList();
    try (var files = Files.list(DIRECTORY)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .as("golden files without a document in GoldenDocuments").containsExactlyInAnyOrderElementsOf(names);
    }
  }
}
