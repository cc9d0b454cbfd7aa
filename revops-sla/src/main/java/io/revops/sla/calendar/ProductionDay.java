package io.revops.sla.calendar;

import io.revops.core.check.Args;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a production calendar year ({@link ProductionYear}): a date that departs from the
 * five-day week, of one {@link Kind}, with the holiday it is for and the date a day off was
 * transferred from, when the source names them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProductionDay {
  /** What the date is. */
  public enum Kind {
    /** A public holiday or a transferred day off (xmlcalendar {@code t="1"}). */
    DAY_OFF,
    /**
     * A paid non-working day decreed by the President (2020 and 2021, COVID): not a public holiday
     * and not in the official working-time norm, but most offices were closed (xmlcalendar {@code
     * t="1"} whose holiday is a presidential decree, "Указ Президента").
     */
    DECREED_NON_WORKING_DAY,
    /** A working day one hour shorter, before a day off; on a weekend also a working day ({@code t="2"}). */
    SHORTENED_WORKING_DAY,
    /** A full working day on a Saturday or Sunday ({@code t="3"}). */
    WORKING_WEEKEND
  }

  private final LocalDate date;
  private final Kind kind;
  private final @Nullable String holiday;
  private final @Nullable MonthDay transferredFrom;

  private ProductionDay(
      LocalDate date, Kind kind, @Nullable String holiday, @Nullable MonthDay transferredFrom) {
    this.date = requireNonNull(date, "date");
    this.kind = requireNonNull(kind, "kind");
    this.holiday = holiday;
    this.transferredFrom = transferredFrom;
  }

  /**
   * An entry without a holiday name or transfer.
   *
   * @param date the date
   * @param kind what it is
   * @return the entry
   */
  public static ProductionDay of(LocalDate date, Kind kind) {
    return new ProductionDay(date, kind, null, null);
  }

  /**
   * An entry as a source states it.
   *
   * @param date the date
   * @param kind what it is
   * @param holiday the holiday's title, if the source names one: not blank, at most {@value
   *     Args#MAX_TEXT_LENGTH} characters ({@link Optional#empty()} for none)
   * @param transferredFrom the date a day off was moved from, if the source says
   * @return the entry
   * @throws IllegalArgumentException naming {@code holiday}, quoting it, if the title is blank or
   *     too long
   */
  public static ProductionDay of(
      LocalDate date, Kind kind, Optional<String> holiday, Optional<MonthDay> transferredFrom) {
    requireNonNull(holiday, "holiday");
    requireNonNull(transferredFrom, "transferredFrom");
    return new ProductionDay(
        date, kind, holiday.map(h -> Args.text("holiday", h)).orElse(null), transferredFrom.orElse(null));
  }

  /**
   * The date.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * What the date is.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The holiday's title as the source gives it, if it names one.
   *
   * @return the title, or empty if the source names no holiday for the date
   */
  public Optional<String> holiday() {
    return Optional.ofNullable(holiday);
  }

  /**
   * The date (month and day) a day off was transferred from, if the source says.
   *
   * @return the origin of the transfer
   */
  public Optional<MonthDay> transferredFrom() {
    return Optional.ofNullable(transferredFrom);
  }

  /**
   * True if the date is a Saturday or a Sunday.
   *
   * @return whether the date falls on a weekend
   */
  public boolean isWeekend() {
    return isWeekend(date);
  }

  static boolean isWeekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ProductionDay p
        && date.equals(p.date)
        && kind == p.kind
        && Objects.equals(holiday, p.holiday)
        && Objects.equals(transferredFrom, p.transferredFrom);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, kind, holiday, transferredFrom);
  }

  @Override
  public String toString() {
    return date + " " + kind
        + (holiday == null ? "" : " (" + holiday + ")")
        + (transferredFrom == null ? "" : " from " + transferredFrom);
  }
}
