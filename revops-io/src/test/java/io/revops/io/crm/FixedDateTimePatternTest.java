package io.revops.io.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The hand-parsed patterns read exactly what a strict DateTimeFormatter would. */
class FixedDateTimePatternTest {
  @Test
  void fixedWidthNumericPatternsParseStrictly() {
    FixedDateTimePattern ru = FixedDateTimePattern.compile("dd.MM.yyyy HH:mm:ss").orElseThrow();
    assertThat(ru.parse("05.03.2026 14:07:09")).isEqualTo(LocalDateTime.of(2026, 3, 5, 14, 7, 9));
    assertThat(ru.parse("31.02.2026 14:07:09")).isNull();
    assertThat(ru.parse("05.03.2026 24:00:00")).isNull();
    assertThat(ru.parse("5.03.2026 14:07:09")).isNull();
    assertThat(ru.parse("05-03-2026 14:07:09")).isNull();
    assertThat(ru.parse("05.03.2026 14:07:0x")).isNull();
    FixedDateTimePattern day = FixedDateTimePattern.compile("yyyy-MM-dd").orElseThrow();
    assertThat(day.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(day.parse("2025-02-29")).isNull();
  }

  @Test
  void otherPatternsAreLeftToDateTimeFormatter() {
    assertThat(FixedDateTimePattern.compile("d MMM yyyy")).isEmpty();
    assertThat(FixedDateTimePattern.compile("yyyy-MM-dd'T'HH:mm")).isEmpty();
    assertThat(FixedDateTimePattern.compile("HH:mm")).isEmpty();
    assertThat(FixedDateTimePattern.compile("dd.MM.yyyy HH")).isEmpty();
  }
}
