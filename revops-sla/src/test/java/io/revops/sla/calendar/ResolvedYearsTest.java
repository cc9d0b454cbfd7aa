package io.revops.sla.calendar;

import static io.revops.sla.calendar.Calendars.BERLIN;
import static io.revops.sla.calendar.Calendars.MOSCOW;
import static io.revops.sla.calendar.Calendars.NEW_YORK;
import static io.revops.sla.calendar.Calendars.NINE_TO_SIX;
import static io.revops.sla.calendar.Calendars.RU;
import static io.revops.sla.calendar.Calendars.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The calendar answers from years it resolved once (binary searches in running totals of working
 * time, and the year's exceptions); the package-private {@code reference*} methods walk the dates
 * one by one as the calendar always did. Both must give the same result, or fail with the same exception, for any instants and
 * durations: across DST changes (Berlin, New York, ranges inside the gap and the overlap, zones that
 * change at midnight or skip a whole day), across New Year, and across the edges of the Russian
 * production calendar's covered years (where the strict calendar fails and the lenient one goes on).
 */
class ResolvedYearsTest {
  private static final LocalDate LAST_WORKING_DAY = LocalDate.of(2026, 6, 30);

  /** Answers up to {@link #LAST_WORKING_DAY}, fails after it: a year fails part-way. */
  private static final DayRules FAILS_FROM_JULY_2026 = new DayRules() {
    @Override
    public DayRule ruleFor(LocalDate date) {
      if (date.isAfter(LAST_WORKING_DAY)) {
        throw new IllegalArgumentException("no rules after " + LAST_WORKING_DAY + ": " + date);
      }
      return DayRule.regular();
    }

    @Override
    public String describe() {
      return "rules until " + LAST_WORKING_DAY;
    }
  };

  /** 2026 to 2036 closed: eleven years without working time, which {@code add} refuses. */
  private static final DayRules CLOSED_2026_TO_2036 = new DayRules() {
    @Override
    public DayRule ruleFor(LocalDate date) {
      return date.getYear() >= 2026 && date.getYear() <= 2036
          ? DayRule.dayOff("closed 2026-2036") : DayRule.regular();
    }

    @Override
    public String describe() {
      return "closed 2026-2036";
    }
  };

  /** Each calendar with the instants it is probed at (epoch seconds). */
  private record Case(WorkingCalendar calendar, long from, long to) {
    @Override
    public String toString() {
      return calendar.describe() + " " + Instant.ofEpochSecond(from) + ".." + Instant.ofEpochSecond(to);
    }
  }

  private static final List<Case> CASES = cases();

  private static List<Case> cases() {
    long ruFrom = at("2024-12-01T00:00", MOSCOW).getEpochSecond();
    long ruTo = at("2028-02-01T00:00", MOSCOW).getEpochSecond();
    long from = Instant.parse("2024-10-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2027-04-01T00:00:00Z").getEpochSecond();
    List<Case> out = new ArrayList<>();
    out.add(new Case(Calendars.moscowRu(), ruFrom, ruTo));
    out.add(new Case(BusinessCalendars.russia(), ruFrom, ruTo));
    out.add(new Case(Calendars.moscowRu().toBuilder().dayRules(RU.weekendsOnlyFallback()).build(),
        ruFrom - 86_400L * 400, ruTo + 86_400L * 400));
    out.add(new Case(WorkingCalendar.builder()
        .zone(BERLIN)
        .weeklyHours(WeeklyHours.parse("Mon-Fri 09:00-13:00,14:00-18:00; Sat 10:00-14:00"))
        .dayRules(JollydayHolidays.of("DE"))
        .holiday(LocalDate.of(2025, 12, 31))
        .extraWorkingDay(LocalDate.of(2026, 1, 4), LocalTimeRange.parse("08:00-20:00"))
        .shortenedDay(LocalDate.of(2025, 12, 30), Duration.ofMinutes(300))
        .closure(LocalDate.of(2026, 1, 2), LocalTimeRange.parse("10:00-15:00"))
        .closure(LocalDate.of(2026, 3, 30))
        .build(), from, to));
    out.add(new Case(WorkingCalendar.builder().zone(NEW_YORK).weeklyHours(NINE_TO_SIX)
        .dayRules(JollydayHolidays.of("US")).build(), from, to));
    // Ranges inside New York's DST gap (02:00-03:00 in March) and overlap (01:00-02:00 in
    // November), and Sundays open until 24:00, touching Monday's first range.
    out.add(new Case(WorkingCalendar.of(NEW_YORK,
        WeeklyHours.everyDay(LocalTimeRange.parse("01:30-02:30"), LocalTimeRange.parse("23:00-24:00"))
            .withDay(DayOfWeek.SUNDAY, LocalTimeRange.parse("00:00-24:00"))), from, to));
    out.add(new Case(WorkingCalendar.builder().zone(MOSCOW).weeklyHours(NINE_TO_SIX)
        .dayRules(FAILS_FROM_JULY_2026).build(), from, to));
    out.add(new Case(WorkingCalendar.builder().zone(BERLIN).weeklyHours(NINE_TO_SIX)
        .dayRules(CLOSED_2026_TO_2036).build(), from, to));
    // DST at midnight (Santiago, Havana), half an hour (Lord Howe), a skipped day (Apia
    // 2011-12-30), and overlaps that repeat 23:01-00:01 across midnight (Goose Bay until 2010),
    // which the calendar leaves to the day-by-day walk.
    long older = Instant.parse("2008-06-01T00:00:00Z").getEpochSecond();
    long newer = Instant.parse("2013-06-01T00:00:00Z").getEpochSecond();
    for (String zone : List.of("America/Santiago", "America/Havana", "Australia/Lord_Howe",
        "Pacific/Apia", "America/Goose_Bay")) {
      ZoneId z = ZoneId.of(zone);
      out.add(new Case(WorkingCalendar.of(z, WeeklyHours.everyDay(LocalTimeRange.allDay())),
          older, newer));
      out.add(new Case(WorkingCalendar.of(z, WeeklyHours.everyDay(
          LocalTimeRange.parse("00:00-00:30"), LocalTimeRange.parse("23:30-24:00"))), older, newer));
      out.add(new Case(WorkingCalendar.of(z, NINE_TO_SIX), older, newer));
    }
    return List.copyOf(out);
  }

  private static Gen<Case> cases(int count) {
    return integers().between(0, count - 1).map(CASES::get).describedAs(Case::toString);
  }

  /** An instant of the case's range: any nanosecond, or on a whole quarter of an hour. */
  private static Instant instant(Case c, long seconds, int nanos, boolean quarter) {
    long s = c.from + Math.floorMod(seconds, c.to - c.from);
    return quarter ? Instant.ofEpochSecond(s - Math.floorMod(s, 900)) : Instant.ofEpochSecond(s, nanos);
  }

  /** Spans up to about a year and a half: short ones more often, so that both kinds are covered. */
  private static Gen<Duration> spans() {
    Gen<Duration> hours = longs().between(0, 24 * 30).map(Duration::ofHours);
    Gen<Duration> any = longs().between(0, Duration.ofDays(500).toNanos()).map(Duration::ofNanos);
    Gen<Duration> minutes = longs().between(0, 60 * 24 * 500).map(Duration::ofMinutes);
    return hours.mix(any).mix(minutes).describedAs(Duration::toString);
  }

  private static <T> void sameOutcome(Supplier<T> fast, Supplier<T> reference) {
    assertThat(outcome(fast)).isEqualTo(outcome(reference));
  }

  private static Object outcome(Supplier<?> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  @Test
  void everyQueryAgreesWithTheDayByDayWalk() {
    qt().withExamples(700)
        .forAll(cases(CASES.size()), longs().all(), integers().between(0, 999_999_999), spans())
        .checkAssert((c, seconds, nanos, span) -> {
          WorkingCalendar cal = c.calendar();
          Instant a = instant(c, seconds, nanos, nanos % 2 == 0);
          Instant b = a.plus(span);
          sameOutcome(() -> cal.between(a, b), () -> cal.referenceBetween(a, b));
          if (!span.isZero()) {
            sameOutcome(() -> cal.add(a, span), () -> cal.referenceAdd(a, span));
          }
          sameOutcome(() -> cal.isOpen(a), () -> cal.referenceIsOpen(a));
          sameOutcome(() -> cal.nextOpening(a), () -> cal.referenceNextOpening(a));
          sameOutcome(() -> cal.workingIntervals(a, b), () -> cal.referenceWorkingIntervals(a, b));
          sameExceptions(cal, a, b);
        });
  }

  /** The exceptions on the dates of {@code a} to {@code b} in the calendar's zone. */
  private static void sameExceptions(WorkingCalendar cal, Instant a, Instant b) {
    LocalDate from = LocalDate.ofInstant(a, cal.zone());
    LocalDate to = LocalDate.ofInstant(b, cal.zone());
    if (!to.isBefore(from)) {
      sameOutcome(() -> cal.exceptions(from, to), () -> cal.referenceExceptions(from, to));
    }
  }

  @Test
  void shortQueriesAroundNewYearAndDaylightChangesAgree() {
    // Instants within a day of a New Year or of a DST change of the case's zone.
    qt().withExamples(1500)
        .forAll(cases(CASES.size()), integers().between(0, 1000), longs().between(-86_400, 86_400),
            longs().between(0, 3 * 86_400))
        .checkAssert((c, k, offset, spanSeconds) -> {
          WorkingCalendar cal = c.calendar();
          List<Instant> marks = marks(c);
          Instant a = marks.get(k % marks.size()).plusSeconds(offset - Math.floorMod(offset, 900));
          Instant b = a.plusSeconds(spanSeconds - Math.floorMod(spanSeconds, 900));
          Duration d = Duration.between(a, b);
          sameOutcome(() -> cal.between(a, b), () -> cal.referenceBetween(a, b));
          if (!d.isZero()) {
            sameOutcome(() -> cal.add(a, d), () -> cal.referenceAdd(a, d));
          }
          sameOutcome(() -> cal.isOpen(a), () -> cal.referenceIsOpen(a));
          sameOutcome(() -> cal.nextOpening(a), () -> cal.referenceNextOpening(a));
          sameOutcome(() -> cal.workingIntervals(a, b), () -> cal.referenceWorkingIntervals(a, b));
          sameExceptions(cal, a, b);
        });
  }

  /** New Years and DST changes within the case's range. */
  private static List<Instant> marks(Case c) {
    ZoneId zone = c.calendar().zone();
    Instant from = Instant.ofEpochSecond(c.from);
    Instant to = Instant.ofEpochSecond(c.to);
    List<Instant> out = new ArrayList<>();
    IntStream.rangeClosed(from.atZone(zone).getYear(), to.atZone(zone).getYear() + 1)
        .mapToObj(y -> LocalDate.of(y, 1, 1).atStartOfDay(zone).toInstant())
        .forEach(out::add);
    var t = zone.getRules().nextTransition(from);
    while (t != null && t.getInstant().isBefore(to)) {
      out.add(t.getInstant());
      t = zone.getRules().nextTransition(t.getInstant());
    }
    return out;
  }

  @Test
  void longAllowancesRunAcrossYearsAsTheWalkDoes() {
    // Up to 4,000 working hours: over two years of a five-day week, into the uncovered 2028 for
    // the strict Russian calendar, and into the closed decade of CLOSED_2026_TO_2036.
    qt().withExamples(150)
        .forAll(cases(8), longs().all(), longs().between(1, 4000L * 60))
        .checkAssert((c, seconds, minutes) -> {
          WorkingCalendar cal = c.calendar();
          Instant a = instant(c, seconds, 0, true);
          Duration d = Duration.ofMinutes(minutes);
          sameOutcome(() -> cal.add(a, d), () -> cal.referenceAdd(a, d));
        });
  }

  @Test
  void manyYearsApartTheMemoStaysBoundedAndAnswersTheSame() {
    // Decades apart, so that years evict each other from the memo's 32 slots.
    WorkingCalendar cal = WorkingCalendar.builder().zone(BERLIN).weeklyHours(NINE_TO_SIX)
        .dayRules(JollydayHolidays.of("DE")).build();
    long from = Instant.parse("1975-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2095-01-01T00:00:00Z").getEpochSecond();
    qt().withExamples(60)
        .forAll(longs().between(from, to), longs().between(0, 86_400L * 365 * 40))
        .checkAssert((s, span) -> {
          Instant a = Instant.ofEpochSecond(s);
          Instant b = a.plusSeconds(span);
          sameOutcome(() -> cal.between(a, b), () -> cal.referenceBetween(a, b));
          sameOutcome(() -> cal.nextOpening(b), () -> cal.referenceNextOpening(b));
        });
  }

  @Test
  void theStrictRussianCalendarFailsAtTheEdgeOfItsDataAsBefore() {
    WorkingCalendar ru = Calendars.moscowRu();
    Instant lastHour = at("2027-12-30T17:00", MOSCOW);
    assertThat(ru.add(lastHour, Duration.ofHours(1))).isEqualTo(at("2027-12-30T18:00", MOSCOW));
    assertThat(outcome(() -> ru.add(lastHour, Duration.ofHours(2))))
        .isEqualTo(outcome(() -> ru.referenceAdd(lastHour, Duration.ofHours(2))))
        .asString().contains("2028");
    // The walk resolves the date of the end instant, so even a midnight end in 2028 fails.
    Instant newYear = at("2028-01-01T00:00", MOSCOW);
    assertThat(outcome(() -> ru.between(lastHour, newYear))).asString().contains("2028");
    assertThat(ru.between(lastHour, newYear.minusNanos(1))).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void whereAnOverlapRepeatsTheHourAcrossMidnightTheWalkAnswers() {
    // Goose Bay on 2009-11-01: 00:01 (-03:00) went back to 23:01 (-04:00) of October 31, so the
    // first 00:00:30 of November 1 comes before the second 23:30 of October 31. The walk reads
    // each instant's date; the calendar leaves that year to it rather than change an answer.
    ZoneId gooseBay = ZoneId.of("America/Goose_Bay");
    WorkingCalendar allDay = WorkingCalendar.of(gooseBay, WeeklyHours.everyDay(LocalTimeRange.allDay()));
    Instant firstPass = Instant.parse("2009-11-01T03:00:30Z");
    Instant secondPass = Instant.parse("2009-11-01T03:30:00Z");
    assertThat(firstPass.atZone(gooseBay).toLocalDate()).isEqualTo(LocalDate.of(2009, 11, 1));
    assertThat(secondPass.atZone(gooseBay).toLocalDate()).isEqualTo(LocalDate.of(2009, 10, 31));
    assertThat(allDay.between(firstPass, secondPass))
        .isEqualTo(allDay.referenceBetween(firstPass, secondPass));
    assertThat(allDay.isOpen(secondPass)).isEqualTo(allDay.referenceIsOpen(secondPass));
    assertThat(allDay.workingIntervals(firstPass, secondPass))
        .isEqualTo(allDay.referenceWorkingIntervals(firstPass, secondPass));
  }

  @Test
  void aYearIsResolvedIntoItsWorkingIntervalsWithRunningTotals() {
    CalendarException holiday = new CalendarException(
        LocalDate.of(2026, 1, 2), CalendarException.Kind.HOLIDAY, "holiday");
    CalendarException shortened = new CalendarException(
        LocalDate.of(2026, 1, 5), CalendarException.Kind.SHORTENED_DAY, "shortened");
    CalendarException closure = new CalendarException(
        LocalDate.of(2026, 1, 5), CalendarException.Kind.CLOSURE, "closed 10:00-11:00");
    ResolvedYear y = ResolvedYear.of(2026, Instant.EPOCH, Instant.ofEpochSecond(1000),
        new long[] {10, 40, 70, 0}, new long[] {20, 60, 100, 0}, 3,
        List.of(holiday, shortened, closure));
    List<CalendarException> found = new ArrayList<>();
    y.exceptions(3, 366, found);
    assertThat(found).containsExactly(shortened, closure);
    found.clear();
    y.exceptions(1, 4, found);
    assertThat(found).containsExactly(holiday);
    assertThat(y.size()).isEqualTo(3);
    assertThat(y.total()).isEqualTo(60);
    assertThat(y.workedBefore(0)).isZero();
    assertThat(y.workedBefore(15)).isEqualTo(5);
    assertThat(y.workedBefore(30)).isEqualTo(10);
    assertThat(y.workedBefore(70)).isEqualTo(30);
    assertThat(y.workedBefore(500)).isEqualTo(60);
    assertThat(y.positionOfWorked(10)).isEqualTo(20);
    assertThat(y.positionOfWorked(11)).isEqualTo(41);
    assertThat(y.positionOfWorked(60)).isEqualTo(100);
    assertThat(y.firstEndingAfter(20)).isEqualTo(1);
    assertThat(y.firstEndingAfter(45)).isEqualTo(1);
    assertThat(y.firstEndingAfter(100)).isEqualTo(3);
    assertThat(y.locate(-1)).isEqualTo(-1);
    assertThat(y.locate(999)).isZero();
    assertThat(y.locate(1000)).isEqualTo(1);
    assertThat(ResolvedYear.unresolved(2028).isResolved()).isFalse();
  }
}
