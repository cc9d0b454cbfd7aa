package io.revops.metrics.conversion;

import static java.util.Objects.requireNonNull;

import io.revops.core.lead.LeadSource;
import io.revops.metrics.ExcludedLead;
import io.revops.metrics.MetricResult;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The result of a {@link ConversionAccumulator} or a {@link WinRateAccumulator}: the rate over all leads,
 * the rate per lead source, and every lead left out with the reason.
 *
 * <p>{@code toString()} prints the overall rate, one line per source and one line per excluded lead.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ConversionReport {
  private final String metric;
  private final String successLabel;
  private final String trialLabel;
  private final SortedMap<LeadSource, long[]> counts;
  private final List<ExcludedLead> excluded;
  private final String notes;

  ConversionReport(String metric, String successLabel, String trialLabel, Map<LeadSource, long[]> counts,
      List<ExcludedLead> excluded, String notes) {
    this.metric = requireNonNull(metric);
    this.successLabel = requireNonNull(successLabel);
    this.trialLabel = requireNonNull(trialLabel);
    SortedMap<LeadSource, long[]> copy = new TreeMap<>();
    counts.forEach((k, v) -> copy.put(k, v.clone()));
    this.counts = Collections.unmodifiableSortedMap(copy);
    this.excluded = excluded.stream().sorted().toList();
    this.notes = requireNonNull(notes);
  }

  /** The metric's name, e.g. {@code "MQL→SQL conversion"} or {@code "Win rate"}. */
  public String metric() {
    return metric;
  }

  /** The rate over every lead that was used; not computable if there was none. */
  public MetricResult<Proportion> overall() {
    long s = 0;
    long n = 0;
    for (long[] c : counts.values()) {
      s += c[0];
      n += c[1];
    }
    return result(metric, s, n);
  }

  /** The rate of each lead source that had at least one trial, ordered by source. */
  public SortedMap<LeadSource, MetricResult<Proportion>> bySource() {
    SortedMap<LeadSource, MetricResult<Proportion>> out = new TreeMap<>();
    counts.forEach((source, c) -> out.put(source, result(metric + " [" + source + "]", c[0], c[1])));
    return Collections.unmodifiableSortedMap(out);
  }

  /** The rate of one source; not computable if it had no trial. */
  public MetricResult<Proportion> forSource(LeadSource source) {
    requireNonNull(source, "source");
    long[] c = Optional.ofNullable(counts.get(source)).orElse(new long[2]);
    return result(metric + " [" + source + "]", c[0], c[1]);
  }

  private MetricResult<Proportion> result(String name, long successes, long trials) {
    String explanation = successes + " " + successLabel + " / " + trials + " " + trialLabel + notes
        + (excluded.isEmpty() ? "" : "; " + excluded.size() + " excluded (see report)");
    if (trials == 0) {
      return MetricResult.notComputable(name, "no " + trialLabel, explanation, List.of());
    }
    return MetricResult.of(name, Proportion.of(successes, trials), explanation, List.of());
  }

  /** Every lead left out, with the reason, ordered by lead id. */
  public List<ExcludedLead> excluded() {
    return excluded;
  }

  /** How many leads were left out because their histories have anomalies. */
  public long anomalousCount() {
    return excluded.stream().filter(ExcludedLead::anomalousHistory).count();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ConversionReport r) || !metric.equals(r.metric) || !successLabel.equals(r.successLabel)
        || !trialLabel.equals(r.trialLabel) || !excluded.equals(r.excluded) || !notes.equals(r.notes)
        || !counts.keySet().equals(r.counts.keySet())) {
      return false;
    }
    return counts.entrySet().stream().allMatch(e -> java.util.Arrays.equals(e.getValue(), r.counts.get(e.getKey())));
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(metric, counts.keySet(), excluded, notes);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(overall().toString());
    bySource().forEach((source, r) -> sb.append("\n  ").append(r));
    for (ExcludedLead e : excluded) {
      sb.append("\n  excluded ").append(e);
    }
    return sb.toString();
  }
}
