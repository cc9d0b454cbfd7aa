package io.revops.examples.healthcheck.sections;

import static java.util.Objects.requireNonNull;

import io.revops.core.funnel.LifecycleStage;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.metrics.MetricResult;
import io.revops.metrics.MonthRange;
import io.revops.metrics.conversion.ConversionAccumulator;
import io.revops.metrics.conversion.Proportion;
import io.revops.metrics.conversion.WinRateAccumulator;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The funnel's conversions by cohort month: Lead→MQL, MQL→SQL and SQL→Customer of the leads that first reached
 * the earlier stage in each month of the period (in the company's zone), and the win rate of the deals closed
 * in each month, each with its 95% Wilson interval. The months partition the report's period, so each
 * conversion's trials and successes over the months add up to the period's.
 *
 * <p>Gathered by a {@link Collector}: each lead goes to the one month accumulator of each conversion its
 * cohort falls in (the library's {@link ConversionAccumulator} and {@link WinRateAccumulator}), so the cost is
 * that of four accumulators per lead, and the memory twelve months of counts by source.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MonthlyFunnel {
  private final List<String> names;
  private final NavigableMap<YearMonth, Map<String, MetricResult<Proportion>>> byMonth;

  private MonthlyFunnel(List<String> names, NavigableMap<YearMonth, Map<String, MetricResult<Proportion>>> byMonth) {
    this.names = List.copyOf(names);
    this.byMonth = Collections.unmodifiableNavigableMap(byMonth);
  }

  /** The conversions' names, in order (those of the report's overall conversions). */
  public List<String> names() {
    return names;
  }

  /** Every month of the period with its conversions by name. */
  public NavigableMap<YearMonth, Map<String, MetricResult<Proportion>>> byMonth() {
    return byMonth;
  }

  /**
   * A collector of the conversions named {@code names} (Lead→MQL, MQL→SQL, SQL→Customer, win rate: four names)
   * by month of {@code period} in {@code zone}, evaluated as of {@code asOf}.
   */
  public static Collector collector(List<String> names, MonthRange period, ZoneId zone, Instant asOf) {
    return new Collector(names, period, zone, asOf);
  }

  /**
   * Routes each lead to its cohort month's accumulators. Mutable and not thread-safe.
   */
  public static final class Collector {
    private static final LifecycleStage[][] STEPS = {
        {LifecycleStage.LEAD, LifecycleStage.MQL}, {LifecycleStage.MQL, LifecycleStage.SQL},
        {LifecycleStage.SQL, LifecycleStage.CUSTOMER}};

    private final List<String> names;
    private final ZoneId zone;
    private final Instant start;
    private final Instant asOf;
    private final TreeMap<YearMonth, ConversionAccumulator[]> conversions = new TreeMap<>();
    private final TreeMap<YearMonth, WinRateAccumulator> wins = new TreeMap<>();

    private Collector(List<String> names, MonthRange period, ZoneId zone, Instant asOf) {
      this.names = List.copyOf(requireNonNull(names, "names"));
      if (this.names.size() != STEPS.length + 1) {
        throw new IllegalArgumentException("names must name the three conversions and the win rate: " + names);
      }
      requireNonNull(period, "period");
      this.zone = requireNonNull(zone, "zone");
      this.asOf = requireNonNull(asOf, "asOf");
      this.start = period.start().atDay(1).atStartOfDay(zone).toInstant();
      for (YearMonth m = period.start(); !m.isAfter(period.end()); m = m.plusMonths(1)) {
        Instant from = m.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        if (!from.isBefore(asOf)) {
          break;
        }
        Instant end = to.isAfter(asOf) ? asOf : to;
        ConversionAccumulator[] accs = new ConversionAccumulator[STEPS.length];
        for (int i = 0; i < STEPS.length; i++) {
          accs[i] = ConversionAccumulator.of(STEPS[i][0], STEPS[i][1], from, end, asOf);
        }
        conversions.put(m, accs);
        wins.put(m, WinRateAccumulator.of(from, end));
      }
    }

    /** Adds one lead's history, already cut at the "as of" instant. */
    public void add(LeadEventHistory h) {
      requireNonNull(h, "h");
      for (int i = 0; i < STEPS.length; i++) {
        YearMonth m = month(h.reachedAt(STEPS[i][0]));
        if (m != null) {
          conversions.get(m)[i].add(h);
        }
      }
      YearMonth closed = month(h.closing().map(LeadEvent::at));
      if (closed != null) {
        wins.get(closed).add(h);
      }
    }

    /** The month of the period {@code at} falls in, or null if none (or {@code at} is empty). */
    private @Nullable YearMonth month(Optional<Instant> at) {
      if (at.isEmpty()) {
        return null;
      }
      Instant t = at.get();
      if (t.isBefore(start) || !t.isBefore(asOf)) {
        return null;
      }
      YearMonth m = YearMonth.from(t.atZone(zone));
      return conversions.containsKey(m) ? m : null;
    }

    /** The conversions by month. */
    public MonthlyFunnel result() {
      TreeMap<YearMonth, Map<String, MetricResult<Proportion>>> out = new TreeMap<>();
      conversions.forEach((m, accs) -> {
        Map<String, MetricResult<Proportion>> row = new LinkedHashMap<>();
        for (int i = 0; i < accs.length; i++) {
          row.put(names.get(i), accs[i].result().overall());
        }
        row.put(names.get(STEPS.length), wins.get(m).result().overall());
        out.put(m, Collections.unmodifiableMap(row));
      });
      return new MonthlyFunnel(names, out);
    }
  }

  @Override
  public String toString() {
    return "MonthlyFunnel[" + byMonth.size() + " months of " + names + "]";
  }
}
