package io.revops.sla.calendar;

import io.revops.core.check.Args;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A documented correction of a production calendar's source data: the date, what the source says,
 * what the official calendar says (empty: no entry, the five-day week applies) and why.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CalendarCorrection {
  private final LocalDate date;
  private final ProductionDay.Kind asWritten;
  private final ProductionDay.Kind corrected;
  private final String reason;

  private CalendarCorrection(
      LocalDate date, ProductionDay.Kind asWritten, ProductionDay.Kind corrected, String reason) {
    this.date = requireNonNull(date, "date");
    this.asWritten = requireNonNull(asWritten, "asWritten");
    this.corrected = corrected;
    this.reason = Args.text("reason", reason);
  }

  /**
   * A correction that removes the source's entry, so the five-day week applies.
   *
   * @param date the date
   * @param asWritten what the source says it is
   * @param reason why, with the authority
   * @return the correction
   */
  public static CalendarCorrection toFiveDayWeek(
      LocalDate date, ProductionDay.Kind asWritten, String reason) {
    return new CalendarCorrection(date, asWritten, null, reason);
  }

  /**
   * The date corrected.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * What the source says.
   *
   * @return the source's kind of day
   */
  public ProductionDay.Kind asWritten() {
    return asWritten;
  }

  /**
   * What the day is after the correction; empty if it follows the five-day week.
   *
   * @return the corrected kind
   */
  public Optional<ProductionDay.Kind> corrected() {
    return Optional.ofNullable(corrected);
  }

  /**
   * Why.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /** Applies the correction to {@code year}, which must state the day as written. */
  ProductionYear applyTo(ProductionYear year, String source) {
    ProductionDay day = year.day(date).orElse(null);
    if (day == null || day.kind() != asWritten) {
      throw new IllegalStateException(source + ": correction " + this + " expects " + asWritten
          + " on " + date + ", the data says " + (day == null ? "nothing" : day.kind()));
    }
    return year.withDay(date, corrected().map(k -> ProductionDay.of(date, k)));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CalendarCorrection c
        && date.equals(c.date)
        && asWritten == c.asWritten
        && corrected == c.corrected
        && reason.equals(c.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, asWritten, corrected, reason);
  }

  @Override
  public String toString() {
    return date + ": " + asWritten + " -> " + (corrected == null ? "five-day week" : corrected)
        + " (" + reason + ")";
  }
}
