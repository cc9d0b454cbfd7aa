package io.revops.sla.calendar;

import static io.revops.sla.calendar.Calendars.MOSCOW;
import static io.revops.sla.calendar.Calendars.NINE_TO_SIX;
import static io.revops.sla.calendar.Calendars.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.revops.sla.calendar.CalendarException.Kind;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
  private final WorkingCalendar moscow = WorkingCalendar.of(MOSCOW, NINE_TO_SIX);

  private static Instant msk(String local) {
    return at(local, MOSCOW);
  }

  @Nested
  class NightsAndWeekends {
    @Test
    void leadOnFridayEveningContactedMondayMorningTookFiftyWorkingMinutes() {
      // 2026-03-13 is a Friday: 30 minutes left that day, 20 on Monday 2026-03-16.
      assertThat(LocalDate.of(2026, 3, 13).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
      Instant arrived = msk("2026-03-13T17:30");
      Instant contacted = msk("2026-03-16T09:20");
      assertThat(moscow.between(arrived, contacted)).isEqualTo(Duration.ofMinutes(50));
      assertThat(moscow.add(arrived, Duration.ofMinutes(50))).isEqualTo(contacted);
      assertThat(Calendars.moscowRu().between(arrived, contacted))
          .isEqualTo(Duration.ofMinutes(50));
    }

    @Test
    void overnightAndWholeWeeksCountOnlyWorkingHours() {
      assertThat(moscow.between(msk("2026-03-10T17:00"), msk("2026-03-11T10:00")))
          .isEqualTo(Duration.ofHours(2));
      assertThat(moscow.between(msk("2026-03-02T00:00"), msk("2026-03-30T00:00")))
          .isEqualTo(Duration.ofHours(4 * 45));
      assertThat(moscow.add(msk("2026-03-02T09:00"), Duration.ofHours(45 * 3)))
          .isEqualTo(msk("2026-03-20T18:00"));
    }

    @Test
    void dueTimeUsedUpAtClosingIsTheClosingInstantNotTheNextOpening() {
      assertThat(moscow.add(msk("2026-03-13T17:00"), Duration.ofHours(1)))
          .isEqualTo(msk("2026-03-13T18:00"));
    }

    @Test
    void addingFromClosedTimeStartsAtTheNextOpening() {
      assertThat(moscow.add(msk("2026-03-14T12:00"), Duration.ofMinutes(1)))
          .isEqualTo(msk("2026-03-16T09:01"));
      assertThat(moscow.add(msk("2026-03-14T12:00"), Duration.ZERO))
          .isEqualTo(msk("2026-03-14T12:00"));
      assertThat(moscow.between(msk("2026-03-14T12:00"), msk("2026-03-15T12:00")))
          .isEqualTo(Duration.ZERO);
    }

    @Test
    void twoIntervalsADaySkipTheLunchBreak() {
      WorkingCalendar lunch =
          WorkingCalendar.of(MOSCOW, WeeklyHours.parse("Mon-Fri 09:00-13:00,14:00-18:00"));
      assertThat(lunch.between(msk("2026-03-10T12:00"), msk("2026-03-10T15:00")))
          .isEqualTo(Duration.ofHours(2));
      assertThat(lunch.add(msk("2026-03-10T12:30"), Duration.ofHours(1)))
          .isEqualTo(msk("2026-03-10T14:30"));
      assertThat(lunch.isOpen(msk("2026-03-10T13:30"))).isFalse();
      assertThat(lunch.nextOpening(msk("2026-03-10T13:30"))).isEqualTo(msk("2026-03-10T14:00"));
      assertThat(lunch.workingIntervals(msk("2026-03-10T12:00"), msk("2026-03-10T15:00")))
          .containsExactly(
              new WorkingInterval(msk("2026-03-10T12:00"), msk("2026-03-10T13:00")),
              new WorkingInterval(msk("2026-03-10T14:00"), msk("2026-03-10T15:00")));
    }
  }

  @Nested
  class OpenAndNextOpening {
    @Test
    void openIsHalfOpenStartInclusiveEndExclusive() {
      assertThat(moscow.isOpen(msk("2026-03-10T09:00"))).isTrue();
      assertThat(moscow.isOpen(msk("2026-03-10T17:59:59.999999999"))).isTrue();
      assertThat(moscow.isOpen(msk("2026-03-10T18:00"))).isFalse();
      assertThat(moscow.isOpen(msk("2026-03-10T08:59:59"))).isFalse();
      assertThat(moscow.isOpen(msk("2026-03-14T12:00"))).isFalse();
    }

    @Test
    void nextOpeningIsTheInstantItselfWhenOpenElseTheNextStart() {
      assertThat(moscow.nextOpening(msk("2026-03-10T10:15"))).isEqualTo(msk("2026-03-10T10:15"));
      assertThat(moscow.nextOpening(msk("2026-03-10T18:00"))).isEqualTo(msk("2026-03-11T09:00"));
      assertThat(moscow.nextOpening(msk("2026-03-13T19:00"))).isEqualTo(msk("2026-03-16T09:00"));
      assertThat(moscow.nextOpening(msk("2026-03-10T07:00"))).isEqualTo(msk("2026-03-10T09:00"));
    }
  }

  @Nested
  class OwnExceptions {
    private final WorkingCalendar custom =
        WorkingCalendar.builder()
            .zone(MOSCOW)
            .weeklyHours(NINE_TO_SIX)
            .holiday(LocalDate.of(2026, 3, 11), "company day")
            .extraWorkingDay(LocalDate.of(2026, 3, 14))
            .extraWorkingDay(LocalDate.of(2026, 3, 15), LocalTimeRange.parse("10:00-12:00"))
            .shortenedDay(LocalDate.of(2026, 3, 12))
            .shortenedDay(LocalDate.of(2026, 3, 13), Duration.ofMinutes(30))
            .closure(LocalDate.of(2026, 3, 16), LocalTimeRange.parse("12:00-14:00"))
            .closure(LocalDate.of(2026, 3, 17))
            .build();

    @Test
    void eachExceptionChangesThatDaysHours() {
      assertThat(custom.hoursOn(LocalDate.of(2026, 3, 10))).hasToString("[09:00-18:00]");
      assertThat(custom.hoursOn(LocalDate.of(2026, 3, 11))).isEmpty();
      assertThat(custom.hoursOn(LocalDate.of(2026, 3, 12))).hasToString("[09:00-17:00]");
      assertThat(custom.hoursOn(LocalDate.of(2026, 3, 13))).hasToString("[09:00-17:30]");
      assertThat(custom.hoursOn(LocalDate.of(2026, 3, 14))).hasToString("[09:00-18:00]");
      assertThat(custom.hoursOn(LocalDate.of(2026, 3, 15))).hasToString("[10:00-12:00]");
      assertThat(custom.hoursOn(LocalDate.of(2026, 3, 16)))
          .hasToString("[09:00-12:00, 14:00-18:00]");
      assertThat(custom.hoursOn(LocalDate.of(2026, 3, 17))).isEmpty();
    }

    @Test
    void workingTimeFollowsTheExceptions() {
      // Tue 9 + Wed 0 + Thu 8 + Fri 8.5 + Sat 9 + Sun 2 + Mon 7 + Tue 0 = 43.5 hours
      assertThat(custom.between(msk("2026-03-10T00:00"), msk("2026-03-18T00:00")))
          .isEqualTo(Duration.ofMinutes(43 * 60 + 30));
      assertThat(custom.add(msk("2026-03-16T17:30"), Duration.ofHours(1)))
          .isEqualTo(msk("2026-03-18T09:30"));
    }

    @Test
    void exceptionsAreListedInDateOrderForTheTrace() {
      List<CalendarException> exceptions =
          custom.exceptions(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 18));
      assertThat(exceptions)
          .extracting(CalendarException::date, CalendarException::kind)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 11), Kind.HOLIDAY),
              org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 12), Kind.SHORTENED_DAY),
              org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 13), Kind.SHORTENED_DAY),
              org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 14), Kind.WORKING_WEEKEND),
              org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 15), Kind.WORKING_WEEKEND),
              org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 16), Kind.CLOSURE),
              org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 17), Kind.CLOSURE));
      assertThat(exceptions.get(0).description()).isEqualTo("company day");
      assertThat(exceptions.get(5).description()).isEqualTo("closed 12:00-14:00");
      assertThat(exceptions.get(6).description()).isEqualTo("closed all day");
    }

    @Test
    void shorteningLongerThanTheLastRangeEatsIntoTheOneBefore() {
      WorkingCalendar lunch =
          WorkingCalendar.builder()
              .zone(MOSCOW)
              .weeklyHours(WeeklyHours.parse("Mon-Fri 09:00-13:00,14:00-15:00"))
              .shortenedDay(LocalDate.of(2026, 3, 10), Duration.ofMinutes(90))
              .build();
      assertThat(lunch.hoursOn(LocalDate.of(2026, 3, 10))).hasToString("[09:00-12:30]");
    }

    @Test
    void workingWeekendHoursCanBeSet() {
      WorkingCalendar c =
          WorkingCalendar.builder()
              .zone(MOSCOW)
              .weeklyHours(NINE_TO_SIX)
              .workingWeekendHours(LocalTimeRange.parse("10:00-16:00"))
              .extraWorkingDay(LocalDate.of(2026, 3, 14))
              .build();
      assertThat(c.hoursOn(LocalDate.of(2026, 3, 14))).hasToString("[10:00-16:00]");
    }

    @Test
    void builderRoundTripsThroughToBuilder() {
      assertThat(custom.toBuilder().build()).isEqualTo(custom).hasSameHashCodeAs(custom);
      assertThat(custom.toBuilder().holiday(LocalDate.of(2026, 3, 20)).build())
          .isNotEqualTo(custom);
    }
  }

  @Nested
  class Validation {
    @Test
    void negativeDurationsAndReversedSpansAreRejected() {
      Instant t = msk("2026-03-10T10:00");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> moscow.add(t, Duration.ofMinutes(-1)))
          .withMessage("workingTime must not be negative: PT-1M");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> moscow.between(t, t.minusSeconds(1)))
          .withMessageStartingWith("to must not be before from");
    }

    @Test
    void aDateCannotBeBothHolidayAndExtraWorkingDay() {
      LocalDate d = LocalDate.of(2026, 3, 14);
      assertThatIllegalArgumentException()
          .isThrownBy(
              () -> WorkingCalendar.builder().zone(MOSCOW).weeklyHours(NINE_TO_SIX)
                  .holiday(d).extraWorkingDay(d).build())
          .withMessage("date must not be both a holiday and an extra working day: 2026-03-14");
    }

    @Test
    void extraWorkingDayHoursMustNotOverlap() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> WorkingCalendar.builder().extraWorkingDay(LocalDate.of(2026, 3, 14),
              LocalTimeRange.parse("09:00-12:00"), LocalTimeRange.parse("11:00-13:00")))
          .withMessage("hours of extra working day 2026-03-14 must not overlap: "
              + "09:00-12:00 and 11:00-13:00");
    }

    @Test
    void aCalendarThatNeverOpensFailsInsteadOfLooping() {
      WorkingCalendar never = WorkingCalendar.of(MOSCOW, WeeklyHours.none());
      Instant t = msk("2026-03-10T10:00");
      assertThat(never.isOpen(t)).isFalse();
      assertThat(never.between(t, t.plus(Duration.ofDays(30)))).isZero();
      assertThatIllegalArgumentException()
          .isThrownBy(() -> never.add(t, Duration.ofMinutes(1)))
          .withMessageContaining("no working time");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> never.nextOpening(t))
          .withMessageContaining("no working time");
    }
  }

  @Test
  void describeNamesHoursZoneAndRules() {
    assertThat(moscow.describe()).isEqualTo("Mon-Fri 09:00-18:00 Europe/Moscow");
    assertThat(Calendars.moscowRu().describe())
        .startsWith("Mon-Fri 09:00-18:00 Europe/Moscow + RU production calendar 2013–2027");
    assertThat(moscow.tzdbVersion()).matches("\\d{4}[a-z]");
  }
}
