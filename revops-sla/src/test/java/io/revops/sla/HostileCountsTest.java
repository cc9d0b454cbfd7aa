package io.revops.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.sla.calendar.LocalTimeRange;
import io.revops.sla.calendar.WeeklyHours;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SLA findings of #12 about counts and working hours. */
class HostileCountsTest {
  @Test
  void conversionCountsWhoseSumWouldWrapAreRefused() {
    // the sum wrapped and the cohort was accepted
    assertThatThrownBy(() -> ConversionCounts.of(1000, Long.MAX_VALUE, 333))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sqls + rejected must not exceed 9223372036854775807: 9223372036854775807 + 333 overflows");
    assertThatThrownBy(() -> ConversionCounts.of(-1, 0, 0)).hasMessage("mqls must not be negative: -1");
    ConversionCounts big = ConversionCounts.of(Long.MAX_VALUE, 0, 0);
    assertThatThrownBy(() -> big.plus(ConversionCounts.of(1, 0, 0))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("mqls must not exceed");
  }

  @Test
  void statusCountsWhoseTotalWouldGoNegativeAreRefused() {
    assertThatThrownBy(() -> StatusCounts.of(Long.MAX_VALUE, 1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("total must not exceed 9223372036854775807: the sum of [9223372036854775807, 1, 0, 0, 0] overflows");
    StatusCounts nearly = StatusCounts.of(Long.MAX_VALUE - 1, 0, 0, 0, 0);
    assertThat(nearly.plus(VerdictStatus.MET).total()).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> nearly.plus(VerdictStatus.PENDING).plus(VerdictStatus.PENDING))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("total must not exceed");
    assertThatThrownBy(() -> StatusCounts.of(0, 0, -2, 0, 0)).hasMessage("pending must not be negative: -2");
  }

  @Test
  void aDayMappedToNullIsRefusedNotReadAsClosed() {
    Map<DayOfWeek, List<LocalTimeRange>> hours = new EnumMap<>(DayOfWeek.class);
    hours.put(DayOfWeek.MONDAY, null);
    assertThatThrownBy(() -> WeeklyHours.of(hours)).isInstanceOf(NullPointerException.class)
        .hasMessage("hours must not map MONDAY to null");
    hours.put(DayOfWeek.MONDAY, List.of());
    assertThat(WeeklyHours.of(hours)).isEqualTo(WeeklyHours.none());
  }
}
