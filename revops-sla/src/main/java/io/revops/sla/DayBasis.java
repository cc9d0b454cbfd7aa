package io.revops.sla;

/**
 * How the days of a multi-day window are counted ("6 attempts within 14 days").
 *
 * <p>{@link #CALENDAR}: the window ends {@code D} calendar days after the MQL instant, read in the
 * agreement's zone (so a DST change does not shift it by an hour). {@link #WORKING}: the window ends at
 * the end of the {@code D}-th date after the MQL date that has any working time on the calendar.
 */
public enum DayBasis {
  /** Calendar days in the agreement's zone. */
  CALENDAR,
  /** Dates with working time on the agreement's calendar. */
  WORKING
}
