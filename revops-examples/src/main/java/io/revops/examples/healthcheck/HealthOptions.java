package io.revops.examples.healthcheck;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.ExchangeRates;
import io.revops.core.money.Rate;
import io.revops.metrics.ReportingCurrency;
import io.revops.sla.calendar.BusinessCalendar;
import io.revops.sla.calendar.BusinessCalendars;
import io.revops.sla.calendar.WorkingCalendar;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The settings of a health check: the "as of" instant (by default the end of the data, never the wall
 * clock), the reporting currency with its exchange rates, the gross margin used for LTV, and the business
 * calendar the SLA is measured on.
 *
 * @param asOf the instant the health check is evaluated at; empty for the end of the data (the instant after
 *     the latest event)
 * @param reporting the reporting currency, exchange rates and rounding every amount is converted with
 * @param grossMargin the gross margin of LTV = ARPA × margin / monthly churn
 * @param calendar the working calendar of the SLA's "working time"
 */
public record HealthOptions(Optional<Instant> asOf, ReportingCurrency reporting, Rate grossMargin,
    BusinessCalendar calendar) {
  /** The sample's fixed exchange rate: 90 RUB per USD, valid from 2000-01-01. */
  public static final ExchangeRates SAMPLE_RATES = ExchangeRates.builder()
      .rate(LocalDate.of(2000, 1, 1), "USD", "RUB", "90").build();

  /** Validates the options. */
  public HealthOptions {
    requireNonNull(asOf, "asOf");
    requireNonNull(reporting, "reporting");
    requireNonNull(grossMargin, "grossMargin");
    requireNonNull(calendar, "calendar");
  }

  /**
   * The defaults: as of the end of the data; RUB with {@link #SAMPLE_RATES}, rounded half-even; the handbook's
   * 40% margin; Moscow working hours Monday to Friday 9:00–18:00 on Russia's production calendar (holidays,
   * transferred days, shortened pre-holiday days).
   */
  public static HealthOptions defaults() {
    return new HealthOptions(Optional.empty(), ReportingCurrency.of("RUB", SAMPLE_RATES, RoundingMode.HALF_EVEN),
        Rate.ofPercent(40), moscowWorkingCalendar());
  }

  /** Moscow, Monday to Friday 9:00–18:00, on the Russian production calendar ({@link BusinessCalendars#russia()}). */
  public static WorkingCalendar moscowWorkingCalendar() {
    return BusinessCalendars.russia();
  }

  /** These options evaluated as of {@code instant}. */
  public HealthOptions withAsOf(Instant instant) {
    return new HealthOptions(Optional.of(requireNonNull(instant, "instant")), reporting, grossMargin, calendar);
  }

  /** These options with another gross margin. */
  public HealthOptions withGrossMargin(Rate margin) {
    return new HealthOptions(asOf, reporting, margin, calendar);
  }
}
