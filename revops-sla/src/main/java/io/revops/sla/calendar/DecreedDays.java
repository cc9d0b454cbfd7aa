package io.revops.sla.calendar;

/**
 * How a production calendar counts the presidential decrees' paid non-working days of 2020 and
 * 2021 ({@link ProductionDay.Kind#DECREED_NON_WORKING_DAY}): they were not public holidays and did
 * not change the official working-time norm, but most offices were closed.
 */
public enum DecreedDays {
  /** The default: a decreed paid non-working day is a day off, as most offices were closed. */
  DAYS_OFF,
  /** A decreed paid non-working day is a working day, as in the official working-time norm. */
  WORKING_DAYS
}
