package io.revops.examples.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revops.core.batch.Finding;
import io.revops.examples.data.SampleConfig;
import io.revops.examples.data.SampleDataGenerator;
import io.revops.examples.io.JsonlWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectedRowsTest {
  @Test
  void everyRejectedRowIsWrittenOnceNotOnlyTheFirstFifty(@TempDir Path tmp) throws IOException {
    // issue 12: "only 50 of 529 bad rows are listed with file and line"
    Path data = tmp.resolve("data");
    Path out = tmp.resolve("out");
    try (JsonlWriter w = JsonlWriter.create(data, false)) {
      SampleDataGenerator.of(SampleConfig.standard(20)).generate(w);
    }
    StringBuilder bad = new StringBuilder();
    for (int i = 0; i < 600; i++) {
      bad.append(i % 2 == 0 ? "garbage " + i : "{\"type\":\"nope\"}").append('\n');
    }
    Path events = data.resolve("events.jsonl");
    long goodLines = Files.lines(events).count();
    Files.writeString(events, bad, StandardCharsets.UTF_8, StandardOpenOption.APPEND);

    HealthCheckTest.Run r = HealthCheckTest.run("--data", data.toString(), "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("wrote every rejected row (600) to " + out.toAbsolutePath().normalize()
        .resolve("rejected-rows.csv") + "; the report lists the first 50");
    List<String> lines = Files.readAllLines(out.resolve("rejected-rows.csv"), StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("file,line,field,value,rule");
    assertThat(lines).hasSize(601);
    for (int i = 0; i < 600; i++) {
      assertThat(lines.get(1 + i)).startsWith("events.jsonl," + (goodLines + 1 + i) + ",");
    }
    assertThat(lines.get(1)).contains("garbage 0");
    JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertThat(json.at("/input/rowsRejected").asLong()).isEqualTo(600);
    assertThat(json.at("/input/errors").size()).isEqualTo(50);
    assertThat(json.at("/input/errorsListed").asLong()).isEqualTo(50);
    assertThat(json.at("/input/everyRejectedRowIn").asText()).isEqualTo("rejected-rows.csv");
    assertThat(Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8))
        .contains("The first 50 of 600 rejected rows; every one is listed in rejected-rows.csv beside this report.");
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("report.json", "report.html", "rejected-rows.csv");
    }
  }

  @Test
  void cellsAreQuotedAsRfc4180Says(@TempDir Path out) throws IOException {
    RejectedRows.write(out, List.of(Finding.of("a,b.csv", 3, "name", "say \"hi\"\nthere", "must be short")));
    assertThat(Files.readString(out.resolve("rejected-rows.csv")))
        .isEqualTo("file,line,field,value,rule\n\"a,b.csv\",3,name,\"say \"\"hi\"\"\nthere\",must be short\n");
  }
}
