package io.revops.metrics.conversion;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.funnel.LifecycleStage;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.LeadSource;
import io.revops.metrics.Accumulator;
import io.revops.metrics.ExcludedLead;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The conversion rate from one lifecycle stage to a later one, over the cohort of leads that first reached
 * the earlier stage within a window, by lead source.
 *
 * <p>Definition: each history is taken as it stood at {@code asOf} ({@link LeadEventHistory#asOf(Instant)}).
 * A lead is in the cohort — a trial — if it first reached {@code from} at an instant in
 * {@code [windowStart, windowEnd)}; it is a success if it also reached {@code to} by {@code asOf}. Leads that
 * never reached {@code from} (even if they skipped straight to {@code to}) are not in the cohort. Leads of the
 * cohort are left out, and listed with the reason, if their history has anomalies or if they reached
 * {@code to} before {@code from}.
 *
 * <pre>{@code
 * ConversionReport r = ConversionAccumulator.of(LifecycleStage.MQL, LifecycleStage.SQL,
 *     Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"), asOf)
 *     .addAll(histories).result();
 * r.overall();   // MQL→SQL conversion = 40% (95% CI 30.94%–49.80%, 40/100) (...)
 * r.bySource();
 * }</pre>
 *
 * <p>Mutable and not thread-safe: use one per partition and {@link #merge merge} them; the result does not
 * depend on the split. Add each lead once.
 */
public final class ConversionAccumulator
    implements Accumulator<LeadEventHistory, ConversionAccumulator, ConversionReport> {
  private final LifecycleStage from;
  private final LifecycleStage to;
  private final Instant windowStart;
  private final Instant windowEnd;
  private final Instant asOf;
  private final Map<LeadSource, long[]> counts = new TreeMap<>();
  private final List<ExcludedLead> excluded = new ArrayList<>();

  private ConversionAccumulator(LifecycleStage from, LifecycleStage to, Instant windowStart, Instant windowEnd,
      Instant asOf) {
    this.from = from;
    this.to = to;
    this.windowStart = windowStart;
    this.windowEnd = windowEnd;
    this.asOf = asOf;
  }

  /**
   * An empty accumulator of the conversion from {@code from} to {@code to} for the leads that first reached
   * {@code from} in {@code [windowStart, windowEnd)}, evaluated as of {@code asOf}.
   *
   * @throws IllegalArgumentException if {@code from} is {@code VISITOR} (histories do not record it),
   *     {@code to} does not come after {@code from}, the window is empty, or {@code asOf} is before its end
   */
  public static ConversionAccumulator of(LifecycleStage from, LifecycleStage to, Instant windowStart,
      Instant windowEnd, Instant asOf) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(windowStart, "windowStart");
    requireNonNull(windowEnd, "windowEnd");
    requireNonNull(asOf, "asOf");
    checkArgument(from != LifecycleStage.VISITOR, "from stage must be recorded in lead histories (LEAD or later): %s",
        from);
    checkArgument(to.compareTo(from) > 0, "to stage must come after from stage: from %s, to %s", from, to);
    checkArgument(windowEnd.isAfter(windowStart), "windowEnd must be after windowStart: windowEnd %s, windowStart %s",
        windowEnd, windowStart);
    checkArgument(!asOf.isBefore(windowEnd), "asOf must not be before windowEnd: asOf %s, windowEnd %s", asOf,
        windowEnd);
    return new ConversionAccumulator(from, to, windowStart, windowEnd, asOf);
  }

  @Override
  public ConversionAccumulator add(LeadEventHistory history) {
    requireNonNull(history, "history");
    LeadEventHistory h = history.asOf(asOf);
    Optional<Instant> reachedFrom = h.reachedAt(from);
    if (reachedFrom.isEmpty() || reachedFrom.get().isBefore(windowStart) || !reachedFrom.get().isBefore(windowEnd)) {
      return this;
    }
    if (!h.isSound()) {
      excluded.add(ExcludedLead.anomalous(h));
      return this;
    }
    Optional<Instant> reachedTo = h.reachedAt(to);
    if (reachedTo.isPresent() && reachedTo.get().isBefore(reachedFrom.get())) {
      excluded.add(new ExcludedLead(h.leadId(), "reached " + to + " at " + reachedTo.get() + " before " + from
          + " at " + reachedFrom.get()));
      return this;
    }
    LeadSource source = h.source().orElseThrow(); // a history without creation has an anomaly
    long[] c = counts.computeIfAbsent(source, k -> new long[2]);
    c[1]++;
    if (reachedTo.isPresent()) {
      c[0]++;
    }
    return this;
  }

  @Override
  public ConversionAccumulator merge(ConversionAccumulator other) {
    requireNonNull(other, "other");
    checkArgument(other != this, "other must not be this accumulator (it would count every lead twice)");
    checkArgument(from == other.from && to == other.to && windowStart.equals(other.windowStart)
        && windowEnd.equals(other.windowEnd) && asOf.equals(other.asOf),
        "other must measure the same conversion: %s, other: %s", describe(), other.describe());
    other.counts.forEach((source, c) -> {
      long[] mine = counts.computeIfAbsent(source, k -> new long[2]);
      mine[0] += c[0];
      mine[1] += c[1];
    });
    excluded.addAll(other.excluded);
    return this;
  }

  private String describe() {
    return from + "→" + to + " for leads reaching " + from + " in [" + windowStart + ", " + windowEnd + "), as of "
        + asOf;
  }

  @Override
  public ConversionReport result() {
    return new ConversionReport(from + "→" + to + " conversion", "reached " + to + " by " + asOf,
        "leads that reached " + from + " in [" + windowStart + ", " + windowEnd + ")", counts, excluded, "");
  }
}
