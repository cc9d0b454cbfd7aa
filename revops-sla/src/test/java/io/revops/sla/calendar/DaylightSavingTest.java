package io.revops.sla.calendar;

import static io.revops.sla.calendar.Calendars.NEW_YORK;
import static io.revops.sla.calendar.Calendars.NINE_TO_SIX;
import static io.revops.sla.calendar.Calendars.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** New York springs forward on 2026-03-08 at 02:00 and falls back on 2026-11-01 at 02:00. */
class DaylightSavingTest {
  private final BusinessCalendar always = BusinessCalendar.always(NEW_YORK);
  private final WorkingCalendar allDay =
      WorkingCalendar.of(NEW_YORK, WeeklyHours.everyDay(LocalTimeRange.allDay()));
  private final WorkingCalendar nineToSix = WorkingCalendar.of(NEW_YORK, NINE_TO_SIX);

  private static Instant ny(String local) {
    return at(local, NEW_YORK);
  }

  @Test
  void twentyFourSevenCountsRealElapsedTimeAcrossSpringForward() {
    Instant one = ny("2026-03-08T01:00");
    Instant four = ny("2026-03-08T04:00");
    assertThat(always.between(one, four)).isEqualTo(Duration.ofHours(2));
    assertThat(allDay.between(one, four)).isEqualTo(Duration.ofHours(2));
    assertThat(allDay.add(one, Duration.ofHours(2))).isEqualTo(four);
    assertThat(allDay.between(ny("2026-03-08T00:00"), ny("2026-03-09T00:00")))
        .isEqualTo(Duration.ofHours(23));
  }

  @Test
  void twentyFourSevenCountsRealElapsedTimeAcrossFallBack() {
    assertThat(allDay.between(ny("2026-11-01T00:00"), ny("2026-11-01T03:00")))
        .isEqualTo(Duration.ofHours(4));
    assertThat(allDay.between(ny("2026-11-01T00:00"), ny("2026-11-02T00:00")))
        .isEqualTo(Duration.ofHours(25));
    assertThat(allDay.workingIntervals(ny("2026-10-31T12:00"), ny("2026-11-02T12:00")))
        .containsExactly(new WorkingInterval(ny("2026-10-31T12:00"), ny("2026-11-02T12:00")));
  }

  @Test
  void nineToSixWeekdaysAreNineHoursOnBothSidesOfTheChange() {
    // Friday 17:00 EST to Monday 10:00 EDT: one hour each side of the weekend.
    Instant friday = ny("2026-03-06T17:00");
    Instant monday = ny("2026-03-09T10:00");
    assertThat(monday).isEqualTo(Instant.parse("2026-03-09T14:00:00Z"));
    assertThat(nineToSix.between(friday, monday)).isEqualTo(Duration.ofHours(2));
    assertThat(nineToSix.add(friday, Duration.ofHours(2))).isEqualTo(monday);
    assertThat(nineToSix.between(ny("2026-03-02T00:00"), ny("2026-03-16T00:00")))
        .isEqualTo(Duration.ofHours(90));
    assertThat(nineToSix.add(ny("2026-10-30T17:00"), Duration.ofHours(2)))
        .isEqualTo(Instant.parse("2026-11-02T15:00:00Z"));
    assertThat(nineToSix.nextOpening(ny("2026-03-07T12:00")))
        .isEqualTo(Instant.parse("2026-03-09T13:00:00Z"));
  }

  @Test
  void hoursThatFallInTheGapAreShiftedForward() {
    // 02:00-03:00 never shows on the clock that day: 01:00-03:00 is one hour of working time.
    WorkingCalendar nightShift = WorkingCalendar.of(NEW_YORK,
        WeeklyHours.everyDay(LocalTimeRange.of(LocalTime.of(1, 0), LocalTime.of(3, 0))));
    LocalDate day = LocalDate.of(2026, 3, 8);
    assertThat(nightShift.workingIntervals(ny("2026-03-08T00:00"), ny("2026-03-09T00:00")))
        .containsExactly(new WorkingInterval(
            Instant.parse("2026-03-08T06:00:00Z"), Instant.parse("2026-03-08T07:00:00Z")));
    assertThat(nightShift.hoursOn(day)).hasToString("[01:00-03:00]");
    WorkingCalendar startsInGap = WorkingCalendar.of(NEW_YORK,
        WeeklyHours.everyDay(LocalTimeRange.of(LocalTime.of(2, 30), LocalTime.of(4, 0))));
    assertThat(startsInGap.nextOpening(ny("2026-03-08T00:00")))
        .isEqualTo(Instant.parse("2026-03-08T07:00:00Z"));
  }

  @Test
  void hoursThatEndInTheOverlapUseTheEarlierOffset() {
    WorkingCalendar early = WorkingCalendar.of(NEW_YORK,
        WeeklyHours.everyDay(LocalTimeRange.of(LocalTime.MIDNIGHT, LocalTime.of(1, 30))));
    assertThat(early.workingIntervals(ny("2026-11-01T00:00"), ny("2026-11-02T00:00")))
        .containsExactly(new WorkingInterval(
            Instant.parse("2026-11-01T04:00:00Z"), Instant.parse("2026-11-01T05:30:00Z")));
  }
}
