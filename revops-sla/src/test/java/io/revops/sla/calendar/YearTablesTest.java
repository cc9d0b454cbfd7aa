package io.revops.sla.calendar;

import static io.revops.sla.calendar.Calendars.MOSCOW;
import static io.revops.sla.calendar.Calendars.NINE_TO_SIX;
import static io.revops.sla.calendar.Calendars.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The year tables leave a year to the day-by-day walk only for the day rules' documented failure
 * ({@link IllegalArgumentException}: a date the source cannot answer); any other exception from a
 * day-rules source is a bug in it and reaches the caller instead of being taken for "cannot answer".
 */
class YearTablesTest {
  private static final LocalDate BAD_DATE = LocalDate.of(2026, 12, 31);

  /** A source that cannot answer for one date, as its contract says: a query elsewhere is answered. */
  private static DayRules failingWith(RuntimeException failure) {
    return new DayRules() {
      @Override
      public DayRule ruleFor(LocalDate date) {
        if (date.equals(BAD_DATE)) {
          throw failure;
        }
        return DayRule.regular();
      }

      @Override
      public String describe() {
        return "fails on " + BAD_DATE;
      }
    };
  }

  private static WorkingCalendar calendar(RuntimeException failure) {
    return WorkingCalendar.builder().zone(MOSCOW).weeklyHours(NINE_TO_SIX)
        .dayRules(failingWith(failure)).build();
  }

  @Test
  void aDateTheRulesCannotAnswerLeavesItsYearToTheWalkWhichFailsOnlyWhereItReachesTheDate() {
    WorkingCalendar cal = calendar(new IllegalArgumentException("no data for " + BAD_DATE));
    Instant monday = at("2026-03-02T10:00", MOSCOW);

    assertThat(cal.isOpen(monday)).isTrue();
    assertThat(cal.between(monday, at("2026-03-03T10:00", MOSCOW))).isEqualTo(Duration.ofHours(9));
    assertThatThrownBy(() -> cal.between(monday, at("2027-01-01T10:00", MOSCOW)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no data for 2026-12-31");
  }

  @Test
  void anyOtherFailureOfTheDayRulesIsABugAndReachesTheCaller() {
    WorkingCalendar cal = calendar(new IllegalStateException("broken source"));

    assertThatThrownBy(() -> cal.isOpen(at("2026-03-02T10:00", MOSCOW)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("broken source");
  }
}
