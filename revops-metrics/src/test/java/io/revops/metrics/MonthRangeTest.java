package io.revops.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
  void theTrailingYearEndsWithTheMonthBeforeAnExclusiveAsOf() {
    ZoneId moscow = ZoneId.of("Europe/Moscow");
    // midnight on 1 April in Moscow is still 31 March in UTC: the "as of" is exclusive, so the year ends with March
    Instant april = Instant.parse("2026-03-31T21:00:00Z");
    assertThat(MonthRange.trailingYear(april, moscow)).hasToString("2025-04..2026-03");
    assertThat(MonthRange.trailingYear(april.plusNanos(1), moscow)).hasToString("2025-05..2026-04");
    assertThat(MonthRange.trailingYear(april, ZoneOffset.UTC)).hasToString("2025-04..2026-03");
    assertThat(MonthRange.trailingYear(april.plusSeconds(3 * 3600), ZoneOffset.UTC)).hasToString("2025-04..2026-03");
    assertThat(MonthRange.trailingYear(april.plusSeconds(3 * 3600 + 1), ZoneOffset.UTC)).hasToString("2025-05..2026-04");
    qt().forAll(integers().between(-1_000_000, 1_000_000)).checkAssert(hours -> {
      MonthRange y = MonthRange.trailingYear(april.plusSeconds(3600L * hours), moscow);
      assertThat(y.lengthInMonths()).isEqualTo(12);
      assertThat(y.end()).isEqualTo(YearMonth.from(april.plusSeconds(3600L * hours).minusNanos(1).atZone(moscow)));
    });
    assertThatThrownBy(() -> MonthRange.trailingYear(null, moscow)).hasMessage("asOf");
    assertThatThrownBy(() -> MonthRange.trailingYear(Instant.MIN, moscow)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("asOf must lie in a year that has a year before it: ");
    assertThatThrownBy(() -> MonthRange.trailingYear(Instant.MAX, moscow)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("asOf must lie in a year that has a year before it: ");
    assertThatThrownBy(() -> MonthRange.trailingYear(april, null)).hasMessage("zone");
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
