package io.revops.metrics.review;

import io.revops.core.check.Args;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Step 6 of the handbook's RevOps cycle, "evaluate the result and repeat": the shared metrics compared between
 * a baseline period and now ({@link Change}, made by {@link Comparisons}), which stage moved the outcome most
 * ({@link StageAttribution}), and the handbook's promised ranges as reference lines.
 *
 * <pre>{@code
 * Review r = Review.of("2026-Q1", "2026-Q2", List.of(
 *     Comparisons.proportions("win rate", before.winRate(), now.winRate(), Polarity.HIGHER_IS_BETTER)
 *         .withReference(HandbookRange.SALES_EFFICIENCY),
 *     Comparisons.medians("sales cycle", beforeCycles, nowCycles, ChronoUnit.DAYS, Polarity.LOWER_IS_BETTER,
 *         Bootstrap.withSeed(42))),
 *     Optional.of(StageAttribution.of(beforeFunnel, nowFunnel)));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Review {
  private final String baseline;
  private final String now;
  private final List<Change> changes;
  private final Optional<StageAttribution> attribution;

  private Review(String baseline, String now, List<Change> changes, Optional<StageAttribution> attribution) {
    this.baseline = baseline;
    this.now = now;
    this.changes = changes;
    this.attribution = attribution;
  }

  /**
   * A review of {@code changes} from the period labelled {@code baseline} to the one labelled {@code now}.
   *
   * @throws IllegalArgumentException if a label is blank
   */
  public static Review of(String baseline, String now, List<Change> changes, Optional<StageAttribution> attribution) {
    Args.text("baseline", baseline);
    Args.text("now", now);
    return new Review(baseline, now, List.copyOf(Args.noNulls("changes", requireNonNull(changes, "changes"))), requireNonNull(attribution, "attribution"));
  }

  /** The baseline period's label. */
  public String baseline() {
    return baseline;
  }

  /** The current period's label. */
  public String now() {
    return now;
  }

  /** Every metric compared, in the order given. */
  public List<Change> changes() {
    return changes;
  }

  /** The changes the data supports (improved or worsened at the 95% level). */
  public List<Change> claims() {
    return changes.stream().filter(c -> c.verdict().isClaim()).toList();
  }

  /** The change of the metric called {@code metric}, if compared. */
  public Optional<Change> change(String metric) {
    requireNonNull(metric, "metric");
    return changes.stream().filter(c -> c.metric().equals(metric)).findFirst();
  }

  /** Which stage moved the outcome most, if funnels were given. */
  public Optional<StageAttribution> attribution() {
    return attribution;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Since the baseline (").append(baseline).append(" → ").append(now)
        .append("), 95% intervals; ").append(claims().size()).append(" of ").append(changes.size())
        .append(" metrics changed beyond what chance explains");
    for (Change c : changes) {
      sb.append("\n  ").append(c);
    }
    attribution.ifPresent(a -> sb.append("\n").append(a.toString().replace("\n", "\n  ")));
    return sb.toString();
  }
}
