package io.revops.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.batch.Finding;
import io.revops.examples.data.SampleCollector;
import io.revops.examples.data.SampleConfig;
import io.revops.examples.data.SampleDataGenerator;
import io.revops.examples.io.JsonlWriter;
import io.revops.metrics.revenue.RevenueRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader gives back what the JSON Lines writer wrote, and reports every bad row with field and rule. */
class JsonLinesReaderTest extends SparkSessions {
  @Test
  void readsWhatTheWriterWrote(@TempDir Path dir) throws IOException {
    SampleDataGenerator generator = SampleDataGenerator.of(SampleConfig.standard(8));
    SampleCollector c = SampleCollector.collect(generator);
    try (JsonlWriter w = JsonlWriter.create(dir, true)) {
      generator.generate(w);
    }
    JsonLinesReader reader = JsonLinesReader.of(spark);
    JsonLinesReader.Read<EventRow> events = reader.events(dir.toString());
    // rows may differ from EventRows.toRow only in an amount's written scale (2000000.00 vs 2000000)
    assertThat(events.rows().collectAsList()).extracting(EventRow::getId)
        .containsExactlyInAnyOrderElementsOf(c.events().stream().map(e -> e.id().value()).toList());
    assertThat(events.rows().count()).isEqualTo(c.events().size());
    assertThat(events.findings().count()).isZero();
    // every kind of event reads back to an equal domain event
    assertThat(events.rows().collectAsList().stream().map(r -> {
      try {
        return EventRows.toEvent(r);
      } catch (EventRows.BadRow e) {
        throw new AssertionError(e.rule(), e);
      }
    }).collect(java.util.stream.Collectors.toSet())).isEqualTo(new HashSet<>(c.events()));

    List<RevenueRecord> mrr = reader.mrr(dir.toString()).rows().collectAsList().stream().map(MrrRow::toRecord)
        .toList();
    assertThat(new HashSet<>(mrr)).isEqualTo(Set.copyOf(c.mrr().stream()
        .map(m -> RevenueRecord.of(m.customerId(), m.month(), m.mrr())).toList()));
    assertThat(reader.spend(dir.toString()).rows().count()).isEqualTo(c.spend().size());
    assertThat(reader.spend(dir.toString()).findings().count()).isZero();
  }

  @Test
  void reportsBadRowsAndKeepsTheGoodOnes(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("events.jsonl"), String.join("\n",
        "{\"type\":\"became_mql\",\"id\":\"L1/1\",\"leadId\":\"L1\",\"at\":\"2025-01-05T09:12:00Z\"}",
        "{\"type\":\"became_mql\",\"id\":\"L1/2\",\"leadId\":\"L1\",\"at\":\"5 Jan 2025\"}",
        "{\"type\":\"teleported\",\"id\":\"L1/3\",\"leadId\":\"L1\",\"at\":\"2025-01-05T09:12:00Z\"}",
        "{\"type\":\"rejected\",\"id\":\"L1/4\",\"leadId\":\"L1\",\"at\":\"2025-01-06T09:12:00Z\","
            + "\"reason\":{\"code\":\"no_budget\"}}",
        "{\"type\":\"rejected\",\"id\":\"L1/5\",\"leadId\":\"L1\",\"at\":\"2025-01-06T09:12:00Z\","
            + "\"reason\":{\"code\":\"other\"}}",
        "{\"type\":\"won\",\"id\":\"L1/6\",\"leadId\":\"L1\",\"at\":\"2025-02-06T09:12:00Z\","
            + "\"amount\":{\"amount\":2000000.50,\"currency\":\"RUB\"}}",
        "{\"type\":\"lost\",\"id\":\"L1/7\",\"leadId\":\"L1\",\"at\":\"2025-02-06T09:12:00Z\",\"reason\":\"price\"}",
        "{\"type\":\"won\",\"id\":\"L1/8\",\"leadId\":\"L1\",",
        ""), StandardCharsets.UTF_8);
    JsonLinesReader.Read<EventRow> read = JsonLinesReader.of(spark).events(dir.toString());
    assertThat(read.rows().collectAsList()).extracting(EventRow::getId)
        .containsExactlyInAnyOrder("L1/1", "L1/4", "L1/6", "L1/7");
    EventRow won = read.rows().filter("id = 'L1/6'").first();
    assertThat(won.getAmount()).isEqualTo("2000000.50");
    assertThat(read.rows().filter("id = 'L1/7'").first().getReason()).isEqualTo("price");
    assertThat(read.rows().filter("id = 'L1/4'").first().getReasonCode()).isEqualTo("no_budget");
    List<Finding> findings = read.findings().collectAsList().stream().map(FindingRow::toFinding).toList();
    assertThat(findings).hasSize(4);
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.source()).contains("events.jsonl").contains("L1/2");
      assertThat(f.field()).hasValue("$.at");
      assertThat(f.value()).hasValue("5 Jan 2025");
    });
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.field()).hasValue("$.type");
      assertThat(f.rule()).contains("became_mql");
    });
    assertThat(findings).anySatisfy(f -> assertThat(f.field()).hasValue("$.reason.text"));
    assertThat(findings).anySatisfy(f -> assertThat(f.rule()).isEqualTo("a JSON object on one line"));
  }
}
