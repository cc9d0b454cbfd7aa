package io.revops.sla.calendar;

import java.time.LocalDate;

/**
 * A source of per-date rules layered over a {@link WeeklyHours}: public holidays, transferred days
 * off, working weekends and shortened days. {@link RussianProductionCalendar} and {@link
 * JollydayHolidays} are the bundled sources; {@link WorkingCalendar.Builder#dayRules(DayRules)}
 * plugs one into a calendar.
 *
 * <p>Implementations are immutable and thread-safe, and implement {@code equals} by value so that
 * calendars built from them compare equal.
 */
public interface DayRules {

  /**
   * The rule for {@code date}; {@link DayRule#regular()} if the source has nothing to say.
   *
   * @param date the date
   * @return the rule, never null
   * @throws IllegalArgumentException if the source cannot answer for the date (e.g. a year its
   *     data does not cover), with a message naming the date's year
   */
  DayRule ruleFor(LocalDate date);

  /**
   * A short description for traces, e.g. {@code "RU production calendar 2013–2027"}.
   *
   * @return the description
   */
  String describe();

  /**
   * A source with no rules: every date is regular.
   *
   * @return the empty source
   */
  static DayRules none() {
    return NoDayRules.INSTANCE;
  }
}

/** The empty source. */
enum NoDayRules implements DayRules {
  INSTANCE;

  @Override
  public DayRule ruleFor(LocalDate date) {
    return DayRule.regular();
  }

  @Override
  public String describe() {
    return "no holidays";
  }

  @Override
  public String toString() {
    return describe();
  }
}
