package io.revops.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingsTest {
  @Test
  void quoteBoundsLongValuesAndNotesTheirLength() {
    assertThat(Quote.bounded("short")).isEqualTo("short");
    assertThat(Quote.bounded(null)).isEqualTo("null");
    String quoted = Quote.bounded("x".repeat(100_000));
    assertThat(quoted).startsWith("x".repeat(Quote.MAX_LENGTH)).endsWith("… (100000 chars)");
    assertThat(quoted.length()).isLessThan(Quote.MAX_LENGTH + 20);
  }

  @Test
  void quoteNeverSplitsASurrogatePair() {
    String text = "a".repeat(Quote.MAX_LENGTH - 1) + "😀" + "b";
    assertThat(Quote.bounded(text)).startsWith("a".repeat(Quote.MAX_LENGTH - 1) + "…");
  }

  @Test
  void findingReadsAsWhereValueAndRule() {
    Finding f = Finding.of("leads.csv", 17, "created_at", "31.02.2025", "a date in the pattern dd.MM.yyyy");
    assertThat(f).hasToString("leads.csv:17 field created_at value \"31.02.2025\": a date in the pattern dd.MM.yyyy");
    assertThat(Finding.ofSource("deals.csv", "not UTF-8 or Windows-1251"))
        .hasToString("deals.csv: not UTF-8 or Windows-1251");
    assertThat(Finding.of("a", 1, "f", "v".repeat(10_000), "rule").value().orElseThrow().length()).isLessThan(200);
    assertThatThrownBy(() -> Finding.of("a", -1, "", "", "r"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line must not be negative: -1");
  }

  @Test
  void noFieldAndNoValueAreEmptyNeverAnEmptyString() {
    Finding line = Finding.ofLine("leads.csv", 18, "a;b", "a row must have 3 values");
    assertThat(line.field()).isEmpty();
    assertThat(line.value()).hasValue("a;b");
    assertThat(line).hasToString("leads.csv:18 value \"a;b\": a row must have 3 values");
    // a column without a header name is no field; a missing or empty value is no value
    assertThat(Finding.of("leads.csv", 18, "", "x", "r")).isEqualTo(Finding.ofLine("leads.csv", 18, "x", "r"));
    assertThat(Finding.of("leads.csv", 18, "stage", null, "r").value()).isEmpty();
    assertThat(Finding.of("leads.csv", 18, "stage", "", "r"))
        .isEqualTo(Finding.of("leads.csv", 18, "stage", null, "r")).hasToString("leads.csv:18 field stage: r");
    assertThat(Finding.of("e.jsonl", 2, Optional.of("$.at"), "x", "r"))
        .isEqualTo(Finding.of("e.jsonl", 2, "$.at", "x", "r"));
    assertThat(Finding.ofSource("deals.csv", "r").field()).isEmpty();
    assertThat(Finding.ofSource("deals.csv", "r").value()).isEmpty();
    assertThatThrownBy(() -> new Finding("a", 1, Optional.of(""), Optional.empty(), "r"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("field must not be empty");
    assertThatThrownBy(() -> new Finding("a", 1, Optional.empty(), Optional.of(""), "r"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("value must not be empty");
  }

  @Test
  void findingsKeepEveryOneAndCountByRule() {
    Findings findings = Findings.create();
    for (int i = 1; i <= 1000; i++) {
      findings.accept(Finding.of("e.jsonl", i, "$.at", "x", i % 2 == 0 ? "an ISO-8601 instant" : "a known type"));
    }
    assertThat(findings.size()).isEqualTo(1000);
    assertThat(findings.all()).hasSize(1000);
    assertThat(findings.first(3)).extracting(Finding::line).containsExactly(1L, 2L, 3L);
    assertThat(findings.countsByRule()).containsEntry("an ISO-8601 instant", 500L).containsEntry("a known type", 500L);
  }
}
