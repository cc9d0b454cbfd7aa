package io.revops.examples.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.batch.Finding;
import io.revops.core.history.LeadEvent;
import io.revops.core.lead.Lead;
import io.revops.examples.data.MrrRecord;
import io.revops.examples.data.OrderRecord;
import io.revops.examples.data.SampleConfig;
import io.revops.examples.data.SampleCollector;
import io.revops.examples.data.SampleDataGenerator;
import io.revops.examples.data.SpendRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReaderTest {
  @TempDir
  Path dir;

  @Test
  void whatTheWriterWritesTheReaderReadsBack() throws IOException {
    SampleConfig config = SampleConfig.standard(20);
    SampleCollector expected = SampleCollector.collect(SampleDataGenerator.of(config));
    for (boolean gzip : new boolean[] {true, false}) {
      Path out = dir.resolve(gzip ? "gz" : "plain");
      try (JsonlWriter w = JsonlWriter.create(out, gzip)) {
        SampleDataGenerator.of(config).generate(w);
        assertThat(w.eventsWritten()).isEqualTo(expected.events().size());
      }
      assertThat(Files.exists(out.resolve(gzip ? "events.jsonl.gz" : "events.jsonl"))).isTrue();
      List<Lead> leads = new ArrayList<>();
      List<LeadEvent> events = new ArrayList<>();
      List<SpendRecord> spend = new ArrayList<>();
      List<MrrRecord> mrr = new ArrayList<>();
      List<OrderRecord> orders = new ArrayList<>();
      List<Finding> errors = new ArrayList<>();
      JsonlReader reader = JsonlReader.fromDirectory(out);
      reader.leads(leads::add, errors::add);
      reader.events(events::add, errors::add);
      reader.spend(spend::add, errors::add);
      reader.mrr(mrr::add, errors::add);
      reader.orders(orders::add, errors::add);
      assertThat(errors).isEmpty();
      assertThat(leads).isEqualTo(expected.leads());
      assertThat(events).isEqualTo(expected.events());
      assertThat(spend).isEqualTo(expected.spend());
      assertThat(mrr).isEqualTo(expected.mrr());
      assertThat(orders).isNotEmpty().isEqualTo(expected.orders());
    }
  }

  @Test
  void badLinesAreReportedWithFileLinePathValueAndRuleAndTheRestIsRead() throws IOException {
    Files.writeString(dir.resolve("leads.jsonl"), """
        {"id":"L1","source":"webinar"}
        {"id":"L2","company":{"name":"Acme","employees":-5}}
        not json
        {"id":"L3"}
        """);
    Files.writeString(dir.resolve("events.jsonl"), """
        {"type":"created","id":"L1/1","leadId":"L1","at":"2026-01-05T10:00:00Z","source":"webinar"}
        {"type":"became_mql","id":"L1/2","leadId":"L1","at":"yesterday"}

        {"type":"teleported","id":"L1/3","leadId":"L1","at":"2026-01-05T10:00:00Z"}
        """);
    Files.writeString(dir.resolve("spend.jsonl"), """
        {"month":"2026-01","channel":"webinar","department":"marketing","paid":true,"amount":{"amount":100,"currency":"RUB"}}
        {"month":"January","channel":"webinar","department":"marketing","paid":true,"amount":{"amount":100,"currency":"RUB"}}
        {"month":"2026-02","channel":"webinar","department":"finance","paid":true,"amount":{"amount":100,"currency":"RUB"}}
        {"month":"2026-02","channel":"webinar","department":"sales","paid":true,"amount":{"amount":-1,"currency":"RUB"}}
        """);
    Files.writeString(dir.resolve("mrr.jsonl"), """
        {"customer":"L1","month":"2026-02","mrr":{"amount":100,"currency":"XYZ"}}
        {"customer":"L1","month":"2026-03","mrr":{"amount":100,"currency":"RUB"}}
        """);
    Files.writeString(dir.resolve("orders.jsonl"), """
        {"customer":"L1","date":"2026-02-03","amount":{"amount":0,"currency":"RUB"}}
        {"customer":"L1","date":"2026-02-30","amount":{"amount":100,"currency":"RUB"}}
        {"customer":"L1","date":"2026-03-04","amount":{"amount":100,"currency":"RUB"}}
        """);
    JsonlReader reader = JsonlReader.fromDirectory(dir);
    List<Object> values = new ArrayList<>();
    List<Finding> errors = new ArrayList<>();
    assertThat(reader.leads(values::add, errors::add)).isEqualTo(4);
    assertThat(reader.events(values::add, errors::add)).isEqualTo(3);
    assertThat(reader.spend(values::add, errors::add)).isEqualTo(4);
    assertThat(reader.mrr(values::add, errors::add)).isEqualTo(2);
    assertThat(reader.orders(values::add, errors::add)).isEqualTo(3);
    assertThat(values).hasSize(2 + 1 + 1 + 1 + 1);
    assertThat(errors).extracting(Finding::source, Finding::line, Finding::field, Finding::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("leads.jsonl", 2L, Optional.of("$.company.employees"),
                Optional.of("-5")),
            org.assertj.core.groups.Tuple.tuple("leads.jsonl", 3L, Optional.of("$"), Optional.of("not json")),
            org.assertj.core.groups.Tuple.tuple("events.jsonl", 2L, Optional.of("$.at"), Optional.of("yesterday")),
            org.assertj.core.groups.Tuple.tuple("events.jsonl", 4L, Optional.of("$.type"), Optional.of("teleported")),
            org.assertj.core.groups.Tuple.tuple("spend.jsonl", 2L, Optional.of("$.month"), Optional.of("January")),
            org.assertj.core.groups.Tuple.tuple("spend.jsonl", 3L, Optional.of("$.department"), Optional.of("finance")),
            org.assertj.core.groups.Tuple.tuple("spend.jsonl", 4L, Optional.of("$.amount.amount"), Optional.of("-1")),
            org.assertj.core.groups.Tuple.tuple("mrr.jsonl", 1L, Optional.of("$.mrr.currency"), Optional.of("XYZ")),
            org.assertj.core.groups.Tuple.tuple("orders.jsonl", 1L, Optional.of("$.amount"), Optional.empty()),
            org.assertj.core.groups.Tuple.tuple("orders.jsonl", 2L, Optional.of("$.date"), Optional.of("2026-02-30")));
    assertThat(errors).allSatisfy(e -> assertThat(e.rule()).isNotBlank());
    assertThat(errors.get(2).rule()).contains("ISO-8601");
  }

  @Test
  void spendWithoutAChannelHasNoneNotAnEmptyOneAndReadsBack() throws IOException {
    java.time.YearMonth jan = java.time.YearMonth.of(2026, 1);
    javax.money.MonetaryAmount rub = io.revops.core.money.Amounts.of(100, "RUB");
    SpendRecord none = new SpendRecord(jan, java.util.Optional.empty(), "sales", false, rub);
    assertThat(none.channel()).isEqualTo(java.util.Optional.empty());
    assertThat(JsonlSchema.spendToJson(none).has("channel")).isFalse();
    assertThatThrownBy(() -> new SpendRecord(jan, "", "sales", false, rub))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("channel must not be blank: \"\"");
    assertThatThrownBy(() -> new SpendRecord(jan, java.util.Optional.empty(), "sales", true, rub))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("paid spend names its channel: 2026-01 sales");
    Files.writeString(dir.resolve("leads.jsonl"), "");
    Files.writeString(dir.resolve("events.jsonl"), "");
    Files.writeString(dir.resolve("spend.jsonl"), JsonlSchema.spendToJson(none) + "\n"
        + "{\"month\":\"2026-01\",\"department\":\"marketing\",\"paid\":true,"
        + "\"amount\":{\"amount\":5,\"currency\":\"RUB\"}}\n");
    List<SpendRecord> spend = new ArrayList<>();
    List<Finding> errors = new ArrayList<>();
    JsonlReader.fromDirectory(dir).spend(spend::add, errors::add);
    assertThat(spend).containsExactly(none);
    assertThat(errors).extracting(Finding::line, Finding::field).containsExactly(
        org.assertj.core.groups.Tuple.tuple(2L, Optional.of("$")));
    assertThat(errors.get(0).rule()).contains("paid spend names its channel");
  }

  @Test
  void aMissingFolderOrEventsFileCannotBeRead() throws IOException {
    assertThatThrownBy(() -> JsonlReader.fromDirectory(dir.resolve("nope"))).isInstanceOf(NoSuchFileException.class);
    Files.writeString(dir.resolve("leads.jsonl"), "");
    assertThatThrownBy(() -> JsonlReader.fromDirectory(dir)).isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("events.jsonl");
  }

  @Test
  void theBundledSampleIsWhatTheGeneratorProducesForItsConfiguration() throws IOException {
    try (JsonlWriter w = JsonlWriter.create(dir, true)) {
      SampleDataGenerator.of(SampleConfig.bundled()).generate(w);
    }
    for (String file : List.of(JsonlSchema.LEADS, JsonlSchema.EVENTS, JsonlSchema.SPEND, JsonlSchema.MRR,
        JsonlSchema.ORDERS)) {
      String regenerated;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(file + ".gz")))) {
        regenerated = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      String bundled;
      try (InputStream raw = JsonlReader.class.getResourceAsStream(JsonlReader.SAMPLE_RESOURCE + file + ".gz")) {
        assertThat(raw).as("bundled %s", file).isNotNull();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        new GZIPInputStream(raw).transferTo(buffer);
        bundled = buffer.toString(StandardCharsets.UTF_8);
      }
      assertThat(bundled).as("%s: regenerate with GenerateSample --out "
          + "revops-examples/src/main/resources/io/revops/examples/sample", file).isEqualTo(regenerated);
    }
  }
}
