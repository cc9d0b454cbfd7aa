package io.revops.examples.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.examples.data.SampleConfig;
import io.revops.examples.data.SampleDataGenerator;
import io.revops.examples.io.JsonlReader;
import io.revops.examples.io.JsonlSchema;
import io.revops.examples.io.JsonlWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The streaming health check gives the report of the same data held in memory, whatever the order of the rows:
 * grouped (one pass), leads out of order (the window), events not grouped (the spill), and with a rejected
 * row carrying the latest timestamp (the "as of" checked and the pass run again).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamingHealthCheckTest {
  Path tmp;
  Path grouped;
  List<String> leadLines;
  List<String> eventLines;
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  long[] nanos = {0};

  @BeforeAll
  void writeTheData() throws IOException {
    tmp = Files.createTempDirectory("streaming-health-check-test");
    grouped = tmp.resolve("grouped");
    try (JsonlWriter w = JsonlWriter.create(grouped, false)) {
      SampleDataGenerator.of(SampleConfig.standard(25)).generate(w);
    }
    leadLines = Files.readAllLines(grouped.resolve(JsonlSchema.LEADS));
    eventLines = Files.readAllLines(grouped.resolve(JsonlSchema.EVENTS));
  }

  @AfterAll
  void deleteTheFiles() throws IOException {
    try (Stream<Path> files = Files.walk(tmp)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** A data folder with these leads and events and the generated spend and MRR. */
  Path folder(String name, List<String> leads, List<String> events) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    Files.write(dir.resolve(JsonlSchema.LEADS), leads);
    Files.write(dir.resolve(JsonlSchema.EVENTS), events);
    Files.copy(grouped.resolve(JsonlSchema.SPEND), dir.resolve(JsonlSchema.SPEND));
    Files.copy(grouped.resolve(JsonlSchema.MRR), dir.resolve(JsonlSchema.MRR));
    return dir;
  }

  static String inMemory(Path dir, HealthOptions options) throws IOException {
    return HealthJson.write(HealthReport.evaluate(HealthInput.read(JsonlReader.fromDirectory(dir), n -> { }),
        options));
  }

  String streamed(Path dir, HealthOptions options, int window) throws IOException {
    Progress progress = Progress.to(new PrintStream(err, true, StandardCharsets.UTF_8), () -> nanos[0] += 1_000, 100);
    Optional<HealthReport> report = StreamingHealthCheck.of(progress, window).run(HealthSource.of(dir), options,
        rejected -> { });
    assertThat(report).isPresent();
    return HealthJson.write(report.get());
  }

  String stderr() {
    String s = err.toString(StandardCharsets.UTF_8);
    err.reset();
    return s;
  }

  @Test
  void groupedInputInOnePassGivesTheInMemoryReport() throws IOException {
    HealthOptions options = HealthOptions.defaults();
    assertThat(streamed(grouped, options, StreamingHealthCheck.WINDOW)).isEqualTo(inMemory(grouped, options));
    String progress = stderr();
    assertThat(progress).contains("reading, grouping and evaluating events: 100 rows read (")
        .doesNotContain("spilling");
  }

  @Test
  void anExplicitAsOfInsideTheDataGivesTheInMemoryReport() throws IOException {
    HealthOptions options = HealthOptions.defaults().withAsOf(Instant.parse("2026-03-15T12:00:00Z"));
    assertThat(streamed(grouped, options, StreamingHealthCheck.WINDOW)).isEqualTo(inMemory(grouped, options));
  }

  @Test
  void leadsOutOfOrderWaitInTheWindowOrSpill() throws IOException {
    List<String> reversed = new ArrayList<>(leadLines);
    Collections.reverse(reversed);
    Path dir = folder("leads-reversed", reversed, eventLines);
    HealthOptions options = HealthOptions.defaults();
    String expected = inMemory(dir, options);
    assertThat(streamed(dir, options, leadLines.size())).isEqualTo(expected);
    assertThat(stderr()).doesNotContain("spilling");
    assertThat(streamed(dir, options, 10)).isEqualTo(expected);
    assertThat(stderr()).contains("more than 10 leads read before their events").contains("spilling events to");
  }

  @Test
  void eventsNotGroupedByLeadAreSpilledAndGiveTheInMemoryReport() throws IOException {
    List<String> shuffled = new ArrayList<>(eventLines);
    Collections.shuffle(shuffled, new Random(7));
    List<String> leads = new ArrayList<>(leadLines);
    leads.add(leadLines.get(3).replace("\"contact\":{", "\"contact\":{\"bogus\":1,")); // a later duplicate row
    Path dir = folder("shuffled", leads, shuffled);
    HealthOptions options = HealthOptions.defaults();
    assertThat(streamed(dir, options, StreamingHealthCheck.WINDOW)).isEqualTo(inMemory(dir, options));
    assertThat(stderr()).contains("spilling events to 1 partitions").contains("evaluating 1 partitions");
    try (Stream<Path> left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      assertThat(left.filter(p -> p.getFileName().toString().startsWith("revops-health-check-"))).isEmpty();
    }
  }

  @Test
  void duplicatedMrrRowsAreListedAndCountedOnce() throws IOException {
    Path dir = folder("duplicate-mrr", leadLines, eventLines);
    List<String> mrr = new ArrayList<>(Files.readAllLines(dir.resolve(JsonlSchema.MRR)));
    assertThat(mrr).hasSizeGreaterThan(20);
    mrr.add(mrr.get(3));
    mrr.add(mrr.get(17));
    mrr.add(0, mrr.get(17));
    Files.write(dir.resolve(JsonlSchema.MRR), mrr);
    HealthOptions options = HealthOptions.defaults();
    HealthReport once = HealthReport.evaluate(HealthInput.read(JsonlReader.fromDirectory(grouped), n -> { }), options);
    HealthReport twice = HealthReport.evaluate(HealthInput.read(JsonlReader.fromDirectory(dir), n -> { }), options);
    assertThat(once.duplicateMrrRecords()).isEmpty();
    assertThat(twice.duplicateMrrRecords()).hasSize(2)
        .anySatisfy(d -> assertThat(d.copies()).isEqualTo(3))
        .anySatisfy(d -> assertThat(d.copies()).isEqualTo(2));
    assertThat(twice.nrr().toString()).isEqualTo(once.nrr().toString());
    assertThat(twice.movements().toString()).isEqualTo(once.movements().toString());
    String json = HealthJson.write(twice);
    assertThat(json).contains("\"duplicateMrrRecords\" : [ {").contains("\"copies\" : 3").contains("\"copies\" : 2");
    assertThat(HealthText.summary(twice)).contains("MRR records given more than once, each counted once: 2");
    assertThat(streamed(dir, options, StreamingHealthCheck.WINDOW)).isEqualTo(json);
  }

  @Test
  void aRejectedRowWithTheLatestTimestampDoesNotMoveTheAsOf() throws IOException {
    List<String> events = new ArrayList<>(eventLines);
    events.add(5, "{\"type\":\"became_mql\",\"id\":\"X/1\",\"leadId\":\"L3\",\"at\":\"2031-01-01T00:00:00Z\","
        + "\"bogus\":");
    events.add(9, "{\"type\":\"no_such_type\",\"id\":\"X/2\",\"leadId\":\"L4\",\"at\":\"2032-01-01T00:00:00Z\"}");
    Path dir = folder("bad-latest", leadLines, events);
    HealthOptions options = HealthOptions.defaults();
    String expected = inMemory(dir, options);
    assertThat(expected).contains("\"rowsRejected\" : 2");
    assertThat(streamed(dir, options, StreamingHealthCheck.WINDOW)).isEqualTo(expected);
    assertThat(stderr()).contains("latest 2032-01-01T00:00:00Z")
        .contains("evaluating again with the range of the events read");
  }

  @Test
  void anImplausibleTimestampIsAnAnomalyAndDoesNotMoveTheDefaultAsOf() throws IOException {
    List<String> events = new ArrayList<>(eventLines);
    int at = 0;
    while (!events.get(at).contains("\"leadId\":\"L3\"")) {
      at++;
    }
    // one event of L3, on L3's rows (the input stays grouped), ninety-eight thousand years late
    events.add(at + 1, "{\"type\":\"became_mql\",\"id\":\"X/1\",\"leadId\":\"L3\","
        + "\"at\":\"+100000-01-01T00:00:00Z\"}");
    Path dir = folder("implausible", leadLines, events);
    HealthOptions options = HealthOptions.defaults();
    HealthReport base = HealthReport.evaluate(HealthInput.read(JsonlReader.fromDirectory(grouped), n -> { }), options);
    HealthInput input = HealthInput.read(JsonlReader.fromDirectory(dir), n -> { });
    HealthReport report = HealthReport.evaluate(input, options);
    assertThat(report.asOf()).isEqualTo(base.asOf()).isBefore(Instant.parse("3000-01-01T00:00:00Z"));
    assertThat(HealthReport.endOfData(input)).isEqualTo(base.asOf());
    boolean hadAnomalies = HealthInput.read(JsonlReader.fromDirectory(grouped), n -> { }).histories().stream()
        .filter(h -> h.leadId().value().equals("L3")).findFirst().orElseThrow().hasAnomalies();
    assertThat(report.historiesWithAnomalies()).isEqualTo(base.historiesWithAnomalies() + (hadAnomalies ? 0 : 1));
    String streamed = streamed(dir, options, StreamingHealthCheck.WINDOW);
    assertThat(streamed).isEqualTo(HealthJson.write(report)).doesNotContain("+100000");
    assertThat(stderr()).doesNotContain("evaluating again");
  }

  @Test
  void noGoodEventMeansNoReport() throws IOException {
    Path dir = folder("no-events", leadLines, List.of("{\"type\":\"created\"}", "not json"));
    long[] rejected = {-1};
    Progress progress = Progress.to(new PrintStream(err, true, StandardCharsets.UTF_8), () -> 0, 100);
    assertThat(StreamingHealthCheck.of(progress).run(HealthSource.of(dir), HealthOptions.defaults(),
        n -> rejected[0] = n)).isEmpty();
    assertThat(rejected[0]).isEqualTo(2);
    stderr();
  }

  @Test
  void eventScanReadsTheLatestTimestampAndTheGroupingAsText() throws IOException {
    EventScan scan = HealthSource.of(grouped).scanEvents();
    assertThat(scan.grouped()).isTrue();
    assertThat(scan.rows()).isEqualTo(eventLines.size());
    List<String> shuffled = new ArrayList<>(eventLines);
    Collections.shuffle(shuffled, new Random(3));
    EventScan notGrouped = HealthSource.of(folder("scan-shuffled", leadLines, shuffled)).scanEvents();
    assertThat(notGrouped.grouped()).isFalse();
    assertThat(notGrouped.latest()).isEqualTo(scan.latest());
    // the parsing default (the one the bundled sample uses) agrees with the text scan
    EventScan parsed = new JsonlSource(JsonlReader.fromDirectory(grouped), null).scanEvents();
    assertThat(parsed).isEqualTo(scan);
  }

  @Test
  void leadIdSetNeverForgetsAnIdAndRarelyInventsOne() {
    LeadIdSet set = new LeadIdSet();
    for (int i = 0; i < 200_000; i += 2) {
      set.add("L" + i);
    }
    set.add("L0");
    assertThat(set.size()).isEqualTo(100_000);
    long missing = 0;
    long invented = 0;
    for (int i = 0; i < 200_000; i++) {
      boolean in = set.contains("L" + i);
      if (i % 2 == 0 && !in) {
        missing++;
      } else if (i % 2 == 1 && in) {
        invented++;
      }
    }
    assertThat(missing).isZero();
    assertThat(invented).isZero();
  }
}
