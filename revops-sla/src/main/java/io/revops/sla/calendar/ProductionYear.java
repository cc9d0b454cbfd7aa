package io.revops.sla.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One year of a production calendar (five-day week): the dates that depart from Monday–Friday
 * working, Saturday and Sunday off, as {@link ProductionDay}s. Read one with {@link XmlCalendar}.
 *
 * <p>The {@linkplain #norm() official norm} of working days is that of the Labour Code's article 112
 * as amended in 2012 (in force from 2013): fourteen public holidays (1–8 January, 23 February,
 * 8 March, 1 and 9 May, 12 June, 4 November); a holiday on a weekend moves the day off to a
 * weekday, except that of the weekend days among 1–8 January only two are moved.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProductionYear {
  private static final int PUBLIC_HOLIDAYS = 14;
  private static final int MOVED_NEW_YEAR_WEEKEND_DAYS = 2;

  private final int year;
  private final ImmutableSortedMap<LocalDate, ProductionDay> days;

  private ProductionYear(int year, ImmutableSortedMap<LocalDate, ProductionDay> days) {
    this.year = year;
    this.days = days;
  }

  /**
   * A year from its entries.
   *
   * @param year the year
   * @param days its entries, each in the year, at most one per date
   * @return the year
   * @throws IllegalArgumentException if an entry is of another year or a date is given twice
   */
  public static ProductionYear of(int year, Collection<ProductionDay> days) {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year must be in [1, 9999]: " + year);
    }
    requireNonNull(days, "days");
    TreeMap<LocalDate, ProductionDay> byDate = new TreeMap<>();
    for (ProductionDay d : days) {
      requireNonNull(d, "days element");
      checkArgument(d.date().getYear() == year,
          "days must all be in %s: %s", year, d);
      checkArgument(byDate.put(d.date(), d) == null, "days must name each date once: %s", d.date());
    }
    return new ProductionYear(year, ImmutableSortedMap.copyOfSorted(byDate));
  }

  /**
   * The year.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * The entries by date.
   *
   * @return the entries, in date order
   */
  public SortedMap<LocalDate, ProductionDay> days() {
    return days;
  }

  /**
   * The entry for {@code date}, if any.
   *
   * @param date a date
   * @return the entry
   */
  public Optional<ProductionDay> day(LocalDate date) {
    return Optional.ofNullable(days.get(requireNonNull(date, "date")));
  }

  /**
   * A copy with {@code date}'s entry replaced by {@code day}, or removed if {@code day} is empty.
   *
   * @param date a date of the year
   * @param day the new entry, for {@code date}
   * @return the corrected year
   */
  public ProductionYear withDay(LocalDate date, Optional<ProductionDay> day) {
    requireNonNull(date, "date");
    checkArgument(date.getYear() == year, "date must be in %s: %s", year, date);
    day.ifPresent(d -> checkArgument(d.date().equals(date), "day must be for %s: %s", date, d));
    TreeMap<LocalDate, ProductionDay> copy = new TreeMap<>(days);
    copy.remove(date);
    day.ifPresent(d -> copy.put(date, d));
    return new ProductionYear(year, ImmutableSortedMap.copyOfSorted(copy));
  }

  /**
   * True if {@code date} is a working day (for a year's date; a date of another year answers by the
   * five-day week alone).
   *
   * @param date a date
   * @param decreed how decreed non-working days count
   * @return whether it is a working day
   */
  public boolean isWorkingDay(LocalDate date, DecreedDays decreed) {
    ProductionDay d = days.get(requireNonNull(date, "date"));
    if (d == null) {
      return !ProductionDay.isWeekend(date);
    }
    return switch (d.kind()) {
      case DAY_OFF -> false;
      case DECREED_NON_WORKING_DAY -> decreed == DecreedDays.WORKING_DAYS && !d.isWeekend();
      case SHORTENED_WORKING_DAY, WORKING_WEEKEND -> true;
    };
  }

  /**
   * The number of working days.
   *
   * @param decreed how decreed non-working days count ({@link DecreedDays#WORKING_DAYS} gives the
   *     official count)
   * @return the number of working days of the year
   */
  public int workingDays(DecreedDays decreed) {
    requireNonNull(decreed, "decreed");
    int n = 0;
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      if (isWorkingDay(d, decreed)) {
        n++;
      }
    }
    return n;
  }

  /**
   * The official number of working days of a five-day week in this year under the Labour Code as
   * in force from 2013 (see the class note): 247 in 2025, 248 in 2024.
   *
   * @return the norm
   */
  public int norm() {
    return norm(year);
  }

  static int norm(int year) {
    int weekdays = 0;
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      weekdays += ProductionDay.isWeekend(d) ? 0 : 1;
    }
    int newYearWeekendDays = 0;
    for (int day = 1; day <= 8; day++) {
      newYearWeekendDays += ProductionDay.isWeekend(LocalDate.of(year, 1, day)) ? 1 : 0;
    }
    return weekdays - PUBLIC_HOLIDAYS
        + Math.max(0, newYearWeekendDays - MOVED_NEW_YEAR_WEEKEND_DAYS);
  }

  /**
   * The decreed paid non-working days (2020 and 2021), weekends included.
   *
   * @return their dates
   */
  public SortedSet<LocalDate> decreedNonWorkingDays() {
    return days.values().stream()
        .filter(d -> d.kind() == ProductionDay.Kind.DECREED_NON_WORKING_DAY)
        .map(ProductionDay::date)
        .collect(ImmutableSortedSet.toImmutableSortedSet(LocalDate::compareTo));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ProductionYear y && year == y.year && days.equals(y.days);
  }

  @Override
  public int hashCode() {
    return year * 31 + days.hashCode();
  }

  @Override
  public String toString() {
    return "production year " + year + ": " + days.size() + " entries, "
        + workingDays(DecreedDays.WORKING_DAYS) + " working days (norm " + norm() + ")"
        + (decreedNonWorkingDays().isEmpty()
            ? "" : ", " + decreedNonWorkingDays().size() + " decreed non-working days");
  }
}
