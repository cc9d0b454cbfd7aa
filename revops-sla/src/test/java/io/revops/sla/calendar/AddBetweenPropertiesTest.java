package io.revops.sla.calendar;

import static io.revops.sla.calendar.Calendars.BERLIN;
import static io.revops.sla.calendar.Calendars.NEW_YORK;
import static io.revops.sla.calendar.Calendars.NINE_TO_SIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws that tie {@code add}, {@code between}, {@code isOpen}, {@code nextOpening} and {@code
 * workingIntervals} together, on calendars with holidays, transfers, two ranges a day, working
 * weekends, closures and DST changes. Instants are drawn from 2025-01-01 to 2027-07-01 (inside the
 * RU data), half of them on whole half-hours so that range boundaries are hit.
 */
class AddBetweenPropertiesTest {
  private static final long FROM = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
  private static final long TO = Instant.parse("2027-07-01T00:00:00Z").getEpochSecond();
  private static final long MAX_SPAN_NANOS = Duration.ofDays(45).toNanos();
  private static final long MAX_WORK_NANOS = Duration.ofHours(200).toNanos();

  /** Ranges inside the DST gap and overlap, and a Sunday running to 24:00 into Monday. */
  private static final WorkingCalendar NIGHT_SHIFT = WorkingCalendar.of(NEW_YORK,
      WeeklyHours.everyDay(LocalTimeRange.parse("01:30-02:30"), LocalTimeRange.parse("23:00-24:00"))
          .withDay(DayOfWeek.SUNDAY, LocalTimeRange.parse("00:00-24:00")));

  private static final List<WorkingCalendar> CALENDARS = List.of(
      Calendars.moscowRu(),
      WorkingCalendar.builder()
          .zone(BERLIN)
          .weeklyHours(WeeklyHours.parse("Mon-Fri 09:00-13:00,14:00-18:00; Sat 10:00-14:00"))
          .holiday(LocalDate.of(2025, 12, 24))
          .extraWorkingDay(LocalDate.of(2026, 6, 7), LocalTimeRange.parse("08:00-20:00"))
          .shortenedDay(LocalDate.of(2026, 6, 5), Duration.ofMinutes(300))
          .closure(LocalDate.of(2026, 6, 3), LocalTimeRange.parse("10:00-15:00"))
          .build(),
      WorkingCalendar.builder().zone(BERLIN).weeklyHours(NINE_TO_SIX)
          .dayRules(JollydayHolidays.of("DE")).build(),
      WorkingCalendar.builder().zone(NEW_YORK).weeklyHours(NINE_TO_SIX)
          .dayRules(JollydayHolidays.of("US")).build(),
      NIGHT_SHIFT,
      WorkingCalendar.of(ZoneId.of("America/Santiago"), NINE_TO_SIX));

  private static Gen<Instant> instants() {
    Gen<Instant> any = longs().between(FROM, TO)
        .zip(integers().between(0, 999_999_999), Instant::ofEpochSecond);
    Gen<Instant> halfHours = longs().between(FROM / 1800, TO / 1800)
        .map(k -> Instant.ofEpochSecond(k * 1800));
    return any.mix(halfHours).describedAs(Instant::toString);
  }

  private static Gen<Duration> durations(long maxNanos) {
    Gen<Duration> any = longs().between(0, maxNanos).map(Duration::ofNanos);
    Gen<Duration> minutes = longs().between(0, maxNanos / 60_000_000_000L).map(Duration::ofMinutes);
    return any.mix(minutes).describedAs(Duration::toString);
  }

  private static Gen<WorkingCalendar> calendars() {
    return integers().between(0, CALENDARS.size() - 1).map(CALENDARS::get)
        .describedAs(WorkingCalendar::describe);
  }

  @Test
  void betweenUndoesAdd() {
    qt().withExamples(600).forAll(calendars(), instants(), durations(MAX_WORK_NANOS))
        .checkAssert((c, a, d) -> assertThat(c.between(a, c.add(a, d))).isEqualTo(d));
  }

  /**
   * {@code add(a, between(a, b))} is the earliest instant {@code t} in {@code [a, b]} with no
   * working time left between {@code t} and {@code b}: {@code b} itself if working time runs right
   * up to {@code b}; otherwise the end of the last working interval before {@code b}; {@code a} if
   * there is no working time between them. It is not {@code b} when {@code b} lies in closed time
   * (or exactly at an opening), because {@code add} stops as soon as the time is used up.
   */
  @Test
  void addOfBetweenIsTheEndOfTheLastWorkingTimeUpToB() {
    qt().withExamples(600).forAll(calendars(), instants(), durations(MAX_SPAN_NANOS))
        .checkAssert((c, a, span) -> {
          Instant b = a.plus(span);
          Instant t = c.add(a, c.between(a, b));
          assertThat(t).isBetween(a, b);
          assertThat(c.between(t, b)).isZero();
          if (t.isAfter(a)) {
            assertThat(c.isOpen(t.minusNanos(1))).isTrue();
          }
          if (c.isOpen(b.minusNanos(1)) && b.isAfter(a)) {
            assertThat(t).isEqualTo(b);
          }
        });
  }

  @Test
  void betweenIsAdditive() {
    qt().withExamples(400)
        .forAll(calendars(), instants(), durations(MAX_SPAN_NANOS), durations(MAX_SPAN_NANOS))
        .checkAssert((c, a, x, y) -> {
          Instant b = a.plus(x);
          Instant d = b.plus(y);
          assertThat(c.between(a, d)).isEqualTo(c.between(a, b).plus(c.between(b, d)));
        });
  }

  @Test
  void nextOpeningIsTheFirstOpenInstantNotBeforeTheGivenOne() {
    qt().withExamples(600).forAll(calendars(), instants()).checkAssert((c, a) -> {
      Instant n = c.nextOpening(a);
      assertThat(n).isAfterOrEqualTo(a);
      assertThat(c.isOpen(n)).isTrue();
      assertThat(c.between(a, n)).isZero();
      assertThat(n.equals(a)).isEqualTo(c.isOpen(a));
      assertThat(c.isOpen(a)).isEqualTo(c.between(a, a.plusNanos(1)).equals(Duration.ofNanos(1)));
    });
  }

  @Test
  void workingIntervalsAreOrderedOpenAndSumToBetween() {
    qt().withExamples(300).forAll(calendars(), instants(), durations(MAX_SPAN_NANOS))
        .checkAssert((c, a, span) -> {
          Instant b = a.plus(span);
          List<WorkingInterval> intervals = c.workingIntervals(a, b);
          Duration sum = intervals.stream().map(WorkingInterval::duration)
              .reduce(Duration.ZERO, Duration::plus);
          assertThat(sum).isEqualTo(c.between(a, b));
          Instant previousEnd = a;
          for (WorkingInterval i : intervals) {
            assertThat(i.start()).isAfterOrEqualTo(previousEnd);
            assertThat(i.start()).isBefore(i.end());
            assertThat(c.isOpen(i.start())).isTrue();
            assertThat(c.isOpen(i.end().minusNanos(1))).isTrue();
            previousEnd = i.end();
          }
          assertThat(previousEnd).isBeforeOrEqualTo(b);
        });
  }

  /**
   * An oracle from first principles: count, minute by minute, the minutes whose wall-clock time in
   * the calendar's zone lies within that date's resolved hours. Valid for calendars whose ranges do
   * not start or end inside a DST gap or overlap (all but the night-shift calendar here).
   */
  @Test
  void betweenCountsTheMinutesWhoseWallClockTimeIsWithinTheDaysHours() {
    List<WorkingCalendar> daytime = CALENDARS.stream().filter(c -> c != NIGHT_SHIFT).toList();
    Gen<Instant> minutes = longs().between(FROM / 60, TO / 60)
        .map(m -> Instant.ofEpochSecond(m * 60)).describedAs(Instant::toString);
    qt().withExamples(100)
        .forAll(integers().between(0, daytime.size() - 1), minutes, integers().between(0, 3 * 1440))
        .checkAssert((i, a, span) -> {
          WorkingCalendar c = daytime.get(i);
          Map<LocalDate, List<LocalTimeRange>> hours = new HashMap<>();
          long open = 0;
          for (int m = 0; m < span; m++) {
            LocalDateTime local = LocalDateTime.ofInstant(a.plusSeconds(60L * m), c.zone());
            LocalTime time = local.toLocalTime();
            for (LocalTimeRange r : hours.computeIfAbsent(local.toLocalDate(), c::hoursOn)) {
              if (!time.isBefore(r.start()) && (r.isEndOfDay() || time.isBefore(r.end()))) {
                open++;
              }
            }
          }
          assertThat(c.between(a, a.plusSeconds(60L * span))).isEqualTo(Duration.ofMinutes(open));
        });
  }

  /** 24/7 in zones with DST changes at 02:00, at midnight, by half an hour: elapsed time. */
  @Test
  void allDayEveryDayIsElapsedTimeInAnyZone() {
    List<WorkingCalendar> allDay = List.of("America/New_York", "America/Santiago",
            "Australia/Lord_Howe", "Pacific/Chatham", "Europe/Moscow", "Asia/Gaza").stream()
        .map(z -> WorkingCalendar.of(ZoneId.of(z), WeeklyHours.everyDay(LocalTimeRange.allDay())))
        .toList();
    qt().withExamples(300)
        .forAll(integers().between(0, allDay.size() - 1), instants(), durations(MAX_SPAN_NANOS))
        .checkAssert((i, a, span) -> {
          WorkingCalendar c = allDay.get(i);
          assertThat(c.between(a, a.plus(span))).isEqualTo(span);
          assertThat(c.add(a, span)).isEqualTo(a.plus(span));
          assertThat(c.isOpen(a)).isTrue();
        });
  }
}
