package io.revops.sla.calendar;

import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import java.time.LocalDate;

/**
 * A date on which the calendar departs from its weekly hours.
 *
 * @param date the date
 * @param kind what kind of exception
 * @param description where it comes from, e.g. {@code "RU production calendar 2026: non-working weekday"}
 */
public record CalendarException(LocalDate date, Kind kind, String description) {
  /** The kinds of exception. */
  public enum Kind {
    /** A public holiday or a transferred day off: closed all day. */
    HOLIDAY,
    /** A weekend day that is a working day. */
    WORKING_WEEKEND,
    /** A working day one hour (or more) shorter. */
    SHORTENED_DAY,
    /** A one-off closure of part or all of a day. */
    CLOSURE
  }

  /** Validates the exception. */
  public CalendarException {
    requireNonNull(date, "date");
    requireNonNull(kind, "kind");
    Args.maxLength("description", description, Args.MAX_TEXT_LENGTH);
  }

  @Override
  public String toString() {
    return date + " " + kind + " (" + description + ")";
  }
}
