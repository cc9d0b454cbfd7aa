package io.revops.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class LocalTimeRangeTest {

  @Test
  void endOfDayMayBeWrittenAsMaxOrMidnightAndReadsAs2400() {
    LocalTimeRange viaMax = LocalTimeRange.of(LocalTime.of(18, 0), LocalTime.MAX);
    LocalTimeRange viaMidnight = LocalTimeRange.of(LocalTime.of(18, 0), LocalTime.MIDNIGHT);
    assertThat(viaMax).isEqualTo(viaMidnight);
    assertThat(viaMax.isEndOfDay()).isTrue();
    assertThat(viaMax.end()).isEqualTo(LocalTime.MAX);
    assertThat(viaMax.duration()).isEqualTo(Duration.ofHours(6));
    assertThat(viaMax).hasToString("18:00-24:00");
    assertThat(LocalTimeRange.allDay().duration()).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void parseReadsToStringBack() {
    for (String text : new String[] {"09:00-18:00", "00:00-24:00", "09:30:15-10:00"}) {
      assertThat(LocalTimeRange.parse(text)).hasToString(text);
    }
    assertThat(LocalTimeRange.parse("09:00-18:00"))
        .isEqualTo(LocalTimeRange.of(LocalTime.of(9, 0), LocalTime.of(18, 0)));
  }

  @Test
  void startMustBeBeforeEnd() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LocalTimeRange.of(LocalTime.of(18, 0), LocalTime.of(9, 0)))
        .withMessage("time range start must be before its end: 18:00-09:00");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LocalTimeRange.of(LocalTime.of(9, 0), LocalTime.of(9, 0)));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LocalTimeRange.parse("9-18"))
        .withMessageContaining("09:00-18:00");
  }

  @Test
  void touchingRangesDoNotOverlap() {
    LocalTimeRange morning = LocalTimeRange.parse("09:00-13:00");
    assertThat(morning.overlaps(LocalTimeRange.parse("13:00-18:00"))).isFalse();
    assertThat(morning.overlaps(LocalTimeRange.parse("12:59-18:00"))).isTrue();
  }
}
