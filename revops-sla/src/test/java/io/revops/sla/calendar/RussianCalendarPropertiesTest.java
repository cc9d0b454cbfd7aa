package io.revops.sla.calendar;

import static io.revops.sla.calendar.Calendars.MOSCOW;
import static io.revops.sla.calendar.Calendars.NINE_TO_SIX;
import static io.revops.sla.calendar.Calendars.RU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of Russia's production calendar over every year of the data, 2013-2027, on Mon-Fri
 * 09:00-18:00 Europe/Moscow, under both {@link DecreedDays} policies.
 */
class RussianCalendarPropertiesTest {
  private static final LocalDate FIRST = LocalDate.of(2013, 1, 1);
  private static final int DAYS = 5478;
  private static final WorkingCalendar DEFAULT = calendar(RU);
  private static final WorkingCalendar OFFICIAL = calendar(RU.decreedDays(DecreedDays.WORKING_DAYS));

  private static WorkingCalendar calendar(DayRules rules) {
    return WorkingCalendar.builder().zone(MOSCOW).weeklyHours(NINE_TO_SIX).dayRules(rules).build();
  }

  private static Gen<LocalDate> dates() {
    return integers().between(0, DAYS - 1).map(FIRST::plusDays);
  }

  private static Duration hours(WorkingCalendar c, LocalDate d) {
    return c.hoursOn(d).stream().map(LocalTimeRange::duration).reduce(Duration.ZERO, Duration::plus);
  }

  @Test
  void aDayWorksNineHoursEightIfShortenedOrNone() {
    qt().forAll(dates()).checkAssert(d -> {
      DayRule rule = RU.ruleFor(d);
      Duration h = hours(DEFAULT, d);
      boolean working = RU.year(d.getYear()).orElseThrow().isWorkingDay(d, DecreedDays.DAYS_OFF);
      assertThat(h).isEqualTo(!working ? Duration.ZERO
          : rule.isShortened() ? Duration.ofHours(8) : Duration.ofHours(9));
    });
  }

  @Test
  void aShortenedDayPrecedesADayOff() {
    qt().forAll(dates()).checkAssert(d -> {
      if (RU.ruleFor(d).isShortened()) {
        assertThat(hours(DEFAULT, d.plusDays(1))).as("day after %s", d).isZero();
      }
    });
  }

  @Test
  void countingDecreedDaysAsWorkingOnlyOpensWeekdaysAndNeverCloses() {
    qt().forAll(dates()).checkAssert(d -> {
      Duration official = hours(OFFICIAL, d);
      Duration byDefault = hours(DEFAULT, d);
      if (!official.equals(byDefault)) {
        assertThat(byDefault).isZero();
        assertThat(official).isEqualTo(Duration.ofHours(9));
        assertThat(ProductionDay.isWeekend(d)).isFalse();
        assertThat(d.getYear()).isIn(2020, 2021);
        assertThat(RU.year(d.getYear()).orElseThrow().decreedNonWorkingDays()).contains(d);
      }
    });
  }

  @Test
  void theWorkingTimeOfAYearIsItsWorkingDaysTimesNineLessItsShortenedHours() {
    qt().forAll(integers().between(2013, 2027), integers().between(0, 1)).checkAssert((year, policy) -> {
      DecreedDays decreed = DecreedDays.values()[policy];
      WorkingCalendar c = decreed == DecreedDays.DAYS_OFF ? DEFAULT : OFFICIAL;
      ProductionYear y = RU.year(year).orElseThrow();
      long shortened = y.days().values().stream()
          .filter(p -> p.kind() == ProductionDay.Kind.SHORTENED_WORKING_DAY).count();
      Instant from = LocalDate.of(year, 1, 1).atStartOfDay(MOSCOW).toInstant();
      Instant to = LocalDate.of(year, 12, 31).atTime(23, 0).atZone(MOSCOW).toInstant();
      assertThat(c.between(from, to))
          .isEqualTo(Duration.ofHours(9L * y.workingDays(decreed) - shortened));
    });
  }

  @Test
  void addingTheWorkingTimeBetweenTwoInstantsGetsBackToTheLaterOneWhenItWasOpenJustBefore() {
    qt().forAll(dates(), integers().between(0, 40), integers().between(0, 8 * 60))
        .checkAssert((d, span, minutes) -> {
          LocalDate end = d.plusDays(span);
          if (end.getYear() > 2027) {
            return;
          }
          Instant a = d.atTime(LocalTime.of(9, 0)).atZone(MOSCOW).toInstant();
          Instant b = end.atTime(LocalTime.of(9, 0)).plusMinutes(minutes).atZone(MOSCOW).toInstant();
          Duration worked = DEFAULT.between(a, b);
          if (DEFAULT.isOpen(b.minusSeconds(1)) && !worked.isZero()) {
            assertThat(DEFAULT.add(a, worked)).isEqualTo(b);
          }
          assertThat(OFFICIAL.between(a, b)).isGreaterThanOrEqualTo(worked);
        });
  }
}
