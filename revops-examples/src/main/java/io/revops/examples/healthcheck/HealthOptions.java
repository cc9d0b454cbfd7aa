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

  /**
   * The CRM input of the command line: {@code --crm NAME|PROFILE.json FILE… [--zone ZONE] [--dry-run]}.
   *
   * @param profile a built-in profile's name ({@code amocrm}, {@code bitrix24}, {@code hubspot},
   *     {@code salesforce}) or a profile document ({@code *.json})
   * @param files the export's files
   * @param zone the zone of local timestamps, if not the profile's
   * @param dryRun print what was understood of the files instead of evaluating them
   */
  public record Crm(String profile, java.util.List<java.nio.file.Path> files, Optional<java.time.ZoneId> zone,
      boolean dryRun) {
    /** Validates and copies. */
    public Crm {
      requireNonNull(profile, "profile");
      files = java.util.List.copyOf(files);
      requireNonNull(zone, "zone");
      if (files.isEmpty()) {
        throw new IllegalArgumentException("--crm " + profile + " needs at least one FILE");
      }
    }

    /**
     * Reads {@code --crm NAME FILE…} from {@code args} at {@code i} (the index of {@code --crm}): the files are
     * the arguments up to the next one starting with {@code --}. Returns the index of the last argument read.
     */
    public static int parse(String[] args, int i, java.util.function.Consumer<Crm> into) {
      if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
        throw new IllegalArgumentException("--crm needs a profile (amocrm, bitrix24, hubspot, salesforce or a .json file)");
      }
      String profile = args[++i];
      java.util.List<java.nio.file.Path> files = new java.util.ArrayList<>();
      while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
        files.add(java.nio.file.Path.of(args[++i]));
      }
      into.accept(new Crm(profile, files, Optional.empty(), false));
      return i;
    }

    /** This input with local timestamps in {@code zoneId} ({@code --zone}). */
    public Crm withZone(String zoneId) {
      try {
        return new Crm(profile, files, Optional.of(java.time.ZoneId.of(zoneId)), dryRun);
      } catch (java.time.DateTimeException e) {
        throw new IllegalArgumentException("--zone must be a time zone id such as Europe/Moscow: "
            + io.revops.core.batch.Quote.bounded(zoneId));
      }
    }

    /** This input as a dry run ({@code --dry-run}). */
    public Crm asDryRun() {
      return new Crm(profile, files, zone, true);
    }
  }

  /** These options with another gross margin. */
  public HealthOptions withGrossMargin(Rate margin) {
    return new HealthOptions(asOf, reporting, margin, calendar);
  }
}
