package io.revops.sla;

import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * MQL→SQL conversion by source for one period's MQL cohort (the MQLs of a week, a month or a quarter, and
 * what became of them by the evaluation instant).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ConversionBySource {
  private final String period;
  private final Map<String, ConversionCounts> bySource;

  private ConversionBySource(String period, Map<String, ConversionCounts> bySource) {
    this.period = requireNonNull(period, "period");
    this.bySource = Collections.unmodifiableMap(new TreeMap<>(requireNonNull(bySource, "bySource")));
  }

  /** The conversion of {@code period}'s cohort by source. */
  public static ConversionBySource of(String period, Map<String, ConversionCounts> bySource) {
    return new ConversionBySource(Args.text("period", period), Args.noNulls("bySource", bySource));
  }

  /** The period label, e.g. {@code 2026-W48}. */
  public String period() {
    return period;
  }

  /** The cohorts by source code, in source order. */
  public Map<String, ConversionCounts> bySource() {
    return bySource;
  }

  /** All sources together. */
  public ConversionCounts total() {
    return bySource.values().stream().reduce(ConversionCounts.ZERO, ConversionCounts::plus);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ConversionBySource c && period.equals(c.period) && bySource.equals(c.bySource);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(period, bySource);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("MQL→SQL conversion by source, MQLs of ").append(period).append('\n');
    sb.append(String.format(Locale.ROOT, "  %-20s %6s %6s %8s %6s %10s%n", "source", "MQLs", "SQLs", "rejected",
        "open", "conversion"));
    bySource.forEach((s, c) -> sb.append(row(s, c)));
    sb.append(row("total", total()));
    return sb.toString().stripTrailing();
  }

  private static String row(String s, ConversionCounts c) {
    return String.format(Locale.ROOT, "  %-20s %6d %6d %8d %6d %10s%n", s, c.mqls(), c.sqls(), c.rejected(), c.open(),
        c.conversionText());
  }
}
