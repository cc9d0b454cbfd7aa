package io.revops.examples.data;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The parameters of a generated sample: seed, first month, number of months, leads per month, the share of
 * leads given an injected data anomaly, and the company's time zone.
 *
 * @param seed the random seed: the same configuration always generates the same data
 * @param start the first month
 * @param months how many months (at least 1)
 * @param leadsPerMonth how many leads a month (at least 1); about 4 events are generated per lead (most leads never become MQLs)
 * @param anomalyShare the share of leads whose events get an injected anomaly (duplicate, event before
 *     creation, won and lost both, conflicting id), in [0, 1]
 * @param zone the company's time zone (working hours, months)
 */
public record SampleConfig(long seed, YearMonth start, int months, int leadsPerMonth, double anomalyShare,
    ZoneId zone) {
  /** Validates the parameters. */
  public SampleConfig {
    requireNonNull(start, "start");
    requireNonNull(zone, "zone");
    checkArgument(months >= 1, "months must be at least 1: %s", months);
    checkArgument(leadsPerMonth >= 1, "leadsPerMonth must be at least 1: %s", leadsPerMonth);
    checkArgument(anomalyShare >= 0 && anomalyShare <= 1, "anomalyShare must be in [0, 1]: %s", anomalyShare);
  }

  /** 24 months from January 2025, Moscow time, 1% anomalies, seed 42, with {@code leadsPerMonth} leads a month. */
  public static SampleConfig standard(int leadsPerMonth) {
    return new SampleConfig(42L, YearMonth.of(2025, 1), 24, leadsPerMonth, 0.01, ZoneId.of("Europe/Moscow"));
  }

  /** The number of leads a month of the sample bundled in this module's resources. */
  public static final int BUNDLED_LEADS_PER_MONTH = 200;

  /** The configuration of the sample bundled in this module's resources: {@code standard(BUNDLED_LEADS_PER_MONTH)}. */
  public static SampleConfig bundled() {
    return standard(BUNDLED_LEADS_PER_MONTH);
  }

  /** The configuration sized for roughly {@code events} lead events over 24 months. */
  public static SampleConfig forEvents(long events) {
    checkArgument(events >= 1, "events must be positive: %s", events);
    long perMonth = Math.max(1, Math.round(events / (24 * SampleDataGenerator.EVENTS_PER_LEAD)));
    checkArgument(perMonth <= Integer.MAX_VALUE, "events too large: %s", events);
    return standard((int) perMonth);
  }

  /** This configuration with another seed. */
  public SampleConfig withSeed(long seed) {
    return new SampleConfig(seed, start, months, leadsPerMonth, anomalyShare, zone);
  }

  /** The month after the last one generated. */
  public YearMonth endExclusive() {
    return start.plusMonths(months);
  }

  /** The total number of leads. */
  public long totalLeads() {
    return (long) months * leadsPerMonth;
  }
}
