package io.revops.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.junit.jupiter.api.Test;

class IsoWeekTest {
  @Test
  void fromAgreesWithJavaTimesIsoFieldsOnEveryKindOfDate() {
    // from year 1 to 9999: every weekday at every year boundary comes up many times
    qt().withExamples(20_000).forAll(longs().between(LocalDate.of(1, 1, 1).toEpochDay(),
        LocalDate.of(9999, 12, 31).toEpochDay())).checkAssert(day -> {
          LocalDate d = LocalDate.ofEpochDay(day);
          IsoWeek w = IsoWeek.from(d);
          assertThat(w.year()).as("%s", d).isEqualTo(d.get(IsoFields.WEEK_BASED_YEAR));
          assertThat(w.week()).as("%s", d).isEqualTo(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        });
  }

  @Test
  void yearBoundaries() {
    assertThat(IsoWeek.from(LocalDate.of(2026, 12, 31))).isEqualTo(IsoWeek.of(2026, 53));
    assertThat(IsoWeek.from(LocalDate.of(2027, 1, 3))).isEqualTo(IsoWeek.of(2026, 53));
    assertThat(IsoWeek.from(LocalDate.of(2027, 1, 4))).isEqualTo(IsoWeek.of(2027, 1));
    assertThat(IsoWeek.from(LocalDate.of(2024, 12, 30))).isEqualTo(IsoWeek.of(2025, 1));
    assertThat(IsoWeek.from(LocalDate.of(2026, 11, 23))).hasToString("2026-W48");
  }

  @Test
  void weeksOutsideTheSupportedYearsAreRejected() {
    assertThatThrownBy(() -> IsoWeek.from(LocalDate.of(10000, 1, 10))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("week-based year must be in [1, 9999]: 10000");
    assertThatThrownBy(() -> IsoWeek.from(LocalDate.of(0, 6, 1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("week-based year must be in [1, 9999]: 0");
    assertThatThrownBy(() -> IsoWeek.of(2025, 53)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("week of 2025 must be in [1, 52]: 53");
  }

  @Test
  void parseRejectsOtherShapesNamingTheText() {
    assertThat(IsoWeek.parse("2026-W48")).isEqualTo(IsoWeek.of(2026, 48));
    // #12: an IllegalArgumentException (it was a DateTimeParseException), quoting the text bounded
    assertThatThrownBy(() -> IsoWeek.parse("2026-48")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text must be an ISO week like 2026-W48: \"2026-48\"");
    assertThatThrownBy(() -> IsoWeek.parse("x".repeat(100_000))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("(100000 chars)\"");
  }
}
