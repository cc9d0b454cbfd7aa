package io.revops.metrics.clv;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Finding;
import io.revops.metrics.revenue.CohortTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A cohort's customers still subscribed at the start and after each of the following periods: the data of the
 * shifted-beta-geometric model, e.g. {@code 1000, 631, 468, 382, 326, 289, 262, 241} (Fader and Hardie 2007,
 * "regular" customers, years 0 to 7).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SurvivorCounts {
  private final List<Integer> survivors;

  private SurvivorCounts(List<Integer> survivors) {
    this.survivors = List.copyOf(survivors);
  }

  /**
   * The counts {@code survivors[0]} (the cohort, at the start) to {@code survivors[n]} (after period n).
   *
   * @throws IllegalArgumentException if fewer than three counts are given (two parameters need two periods),
   *     the cohort is empty, a count is negative or one exceeds the count before it
   */
  public static SurvivorCounts of(int... survivors) {
    requireNonNull(survivors, "survivors");
    checkArgument(survivors.length >= 3, "survivors must give the cohort and at least 2 periods: %s counts",
        survivors.length);
    checkArgument(survivors[0] > 0, "survivors must start with a non-empty cohort: %s", survivors[0]);
    List<Integer> list = new ArrayList<>();
    for (int t = 0; t < survivors.length; t++) {
      checkArgument(survivors[t] >= 0, "survivors must not be negative: %s after period %s", survivors[t], t);
      if (t > 0) {
        checkArgument(survivors[t] <= survivors[t - 1],
            "survivors must not increase: %s after period %s, %s after period %s", survivors[t], t,
            survivors[t - 1], t - 1);
      }
      list.add(survivors[t]);
    }
    return new SurvivorCounts(list);
  }

  /**
   * The survivor counts of each cohort of a {@link CohortTable.Kind#LOGO logo} cohort table: the customers still
   * paying in each month since the cohort's first. A cohort whose count rises (customers who left came back:
   * not a survival curve) or that has fewer than two months after its first is reported as a {@link Finding}
   * (source {@code "logo cohorts"}, line the cohort's row, field {@code "cohort"}) and left out.
   *
   * @throws IllegalArgumentException if {@code table} measures revenue, not logos
   */
  public static Map<YearMonth, SurvivorCounts> fromLogoCohorts(CohortTable table, Consumer<? super Finding> findings) {
    requireNonNull(table, "table");
    requireNonNull(findings, "findings");
    checkArgument(table.kind() == CohortTable.Kind.LOGO, "table must be a logo cohort table: %s", table.kind());
    Map<YearMonth, SurvivorCounts> out = new LinkedHashMap<>();
    int line = 0;
    for (CohortTable.Row row : table.rows()) {
      line++;
      int[] counts = new int[row.cells().size()];
      for (int k = 0; k < counts.length; k++) {
        counts[k] = row.cell(k).toBigDecimal().multiply(BigDecimal.valueOf(row.customers()))
            .setScale(0, RoundingMode.HALF_EVEN).intValueExact();
      }
      try {
        out.put(row.cohort(), of(counts));
      } catch (IllegalArgumentException e) {
        findings.accept(Finding.of("logo cohorts", line, "cohort", row.cohort(), e.getMessage()));
      }
    }
    return out;
  }

  /** The counts, the cohort first. */
  public List<Integer> survivors() {
    return survivors;
  }

  /** The number of periods observed after the start. */
  public int periods() {
    return survivors.size() - 1;
  }

  /** The counts after {@code periods} periods only: the calibration data of a holdout test. */
  public SurvivorCounts first(int periods) {
    checkArgument(periods >= 2 && periods <= periods(), "periods must be in [2, %s]: %s", periods(), periods);
    return new SurvivorCounts(survivors.subList(0, periods + 1));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SurvivorCounts s && survivors.equals(s.survivors);
  }

  @Override
  public int hashCode() {
    return survivors.hashCode();
  }

  @Override
  public String toString() {
    return "survivors " + survivors;
  }
}
