package io.revops.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeeklyHoursTest {

  @Test
  void mondayToFridayHasNoWeekend() {
    WeeklyHours hours = WeeklyHours.mondayToFriday(LocalTime.of(9, 0), LocalTime.of(18, 0));
    assertThat(hours.on(DayOfWeek.WEDNESDAY)).containsExactly(LocalTimeRange.parse("09:00-18:00"));
    assertThat(hours.isWorkingDay(DayOfWeek.SATURDAY)).isFalse();
    assertThat(hours.on(DayOfWeek.SUNDAY)).isEmpty();
    assertThat(hours.perWeek()).isEqualTo(Duration.ofHours(45));
    assertThat(hours).hasToString("Mon-Fri 09:00-18:00");
  }

  @Test
  void severalRangesADayAreSortedAndMayTouch() {
    WeeklyHours hours =
        WeeklyHours.none()
            .withDay(DayOfWeek.MONDAY, LocalTimeRange.parse("14:00-18:00"),
                LocalTimeRange.parse("09:00-13:00"), LocalTimeRange.parse("13:00-14:00"));
    assertThat(hours.on(DayOfWeek.MONDAY))
        .extracting(Object::toString)
        .containsExactly("09:00-13:00", "13:00-14:00", "14:00-18:00");
  }

  @Test
  void overlappingRangesAreRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> WeeklyHours.of(Map.of(DayOfWeek.TUESDAY,
                List.of(LocalTimeRange.parse("09:00-13:00"), LocalTimeRange.parse("12:00-18:00")))))
        .withMessage("working hours on TUESDAY must not overlap: 09:00-13:00 and 12:00-18:00");
  }

  @Test
  void toStringGroupsDaysAndParseReadsItBack() {
    WeeklyHours hours =
        WeeklyHours.mondayToFriday(
                LocalTimeRange.parse("09:00-13:00"), LocalTimeRange.parse("14:00-18:00"))
            .withDay(DayOfWeek.SATURDAY, LocalTimeRange.parse("10:00-14:00"))
            .withDay(DayOfWeek.WEDNESDAY, LocalTimeRange.parse("12:00-24:00"));
    String text = "Mon-Tue 09:00-13:00,14:00-18:00; Wed 12:00-24:00; "
        + "Thu-Fri 09:00-13:00,14:00-18:00; Sat 10:00-14:00";
    assertThat(hours).hasToString(text);
    assertThat(WeeklyHours.parse(text)).isEqualTo(hours);
    assertThat(WeeklyHours.parse("closed")).isEqualTo(WeeklyHours.none());
    assertThat(WeeklyHours.none()).hasToString("closed");
    assertThat(WeeklyHours.everyDay(LocalTimeRange.allDay())).hasToString("Mon-Sun 00:00-24:00");
  }

  @Test
  void parseRejectsUnknownDaysAndRepeatedDays() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WeeklyHours.parse("Mo-Fr 09:00-18:00"))
        .withMessageContaining("Mo");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WeeklyHours.parse("Mon-Fri 09:00-18:00; Fri 10:00-12:00"))
        .withMessage("day given twice in weekly hours: FRIDAY");
  }
}
