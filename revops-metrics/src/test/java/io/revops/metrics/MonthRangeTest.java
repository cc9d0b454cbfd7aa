package io.revops.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Month ranges: validation, quarters, previous period, text round trip. */
class MonthRangeTest {
  @Test
  void endBeforeStartIsRejected() {
    assertThatThrownBy(() -> MonthRange.of(YearMonth.of(2026, 3), YearMonth.of(2026, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end must not be before start: end=2026-01, start=2026-03");
  }

  @Test
  void quarters() {
    assertThat(MonthRange.ofQuarter(2026, 2)).hasToString("2026-04..2026-06");
    assertThat(MonthRange.ofQuarter(2026, 1).previous()).isEqualTo(MonthRange.ofQuarter(2025, 4));
    assertThat(MonthRange.ofQuarter(2026, 4).next()).isEqualTo(MonthRange.ofQuarter(2027, 1));
    assertThatThrownBy(() -> MonthRange.ofQuarter(2026, 5)).hasMessage("quarter must be in [1, 4]: 5");
  }

  @Test
  void containsItsEndsOnly() {
    MonthRange q = MonthRange.ofQuarter(2026, 1);
    assertThat(q.contains(YearMonth.of(2026, 1))).isTrue();
    assertThat(q.contains(YearMonth.of(2026, 3))).isTrue();
    assertThat(q.contains(YearMonth.of(2025, 12))).isFalse();
    assertThat(q.contains(YearMonth.of(2026, 4))).isFalse();
    assertThat(MonthRange.ofYear(2026).lengthInMonths()).isEqualTo(12);
  }

  @Test
  void parseReadsBackToString() {
    qt().withExamples(200)
        .forAll(integers().between(1990, 2100), integers().between(1, 12), integers().between(0, 40))
        .checkAssert((y, m, len) -> {
          MonthRange r = MonthRange.of(YearMonth.of(y, m), YearMonth.of(y, m).plusMonths(len));
          assertThat(MonthRange.parse(r.toString())).isEqualTo(r);
          assertThat(r.previous().next()).isEqualTo(r);
          assertThat(r.previous().lengthInMonths()).isEqualTo(r.lengthInMonths());
        });
  }

  @Test
  void parseRejectsGarbageNamingIt() {
    assertThatThrownBy(() -> MonthRange.parse("2026-13"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"2026-13\"");
    assertThatThrownBy(() -> MonthRange.parse("2026-03..2026-01"))
        .hasMessage("end must not be before start: end=2026-01, start=2026-03");
  }
}
