package io.revops.metrics.cycle;

import static com.google.common.base.Preconditions.checkArgument;

import io.revops.metrics.MetricResult;
import io.revops.metrics.Policy;
import io.revops.metrics.ExcludedLead;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Sales-cycle length over the deals of a {@link SalesCycleAccumulator}.
 *
 * <ul>
 *   <li>{@link #mean()}, {@link #median()}, {@link #p75()}, {@link #p90()}: time to win over won deals only.
 *       The mean is rounded half-even to the nanosecond. Percentiles use the <em>nearest-rank</em> method:
 *       the p-th percentile of n sorted times is the one at rank {@code ceil(p/100 × n)} (1-based), always an
 *       observed time; so the median of an even count is the lower of the two middle times.
 *   <li>{@link #kaplanMeier()} and {@link #medianTimeToClose()}: the Kaplan–Meier curve of time to win, over
 *       won deals plus open and lost deals as censored where the {@link OpenDeals} and {@link LostDeals}
 *       policies say so. With both policies at {@code EXCLUDED} its median equals {@link #median()}.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SalesCycleReport {
  private static final Comparator<CycleObservation> ORDER = Comparator.comparing(CycleObservation::dealId)
      .thenComparing(CycleObservation::duration).thenComparing(CycleObservation::outcome);

  private final Instant asOf;
  private final List<Policy> policies;
  private final OpenDeals openDeals;
  private final LostDeals lostDeals;
  private final List<CycleObservation> observations;
  private final List<CycleObservation> wonTimes;
  private final List<ExcludedLead> excluded;
  private final long notStarted;

  SalesCycleReport(Instant asOf, CycleStart start, OpenDeals openDeals, LostDeals lostDeals,
      List<CycleObservation> observations, List<ExcludedLead> excluded, long notStarted) {
    this.asOf = asOf;
    this.policies = List.of(start, openDeals, lostDeals);
    this.openDeals = openDeals;
    this.lostDeals = lostDeals;
    this.observations = observations.stream().sorted(ORDER).toList();
    this.wonTimes = this.observations.stream().filter(o -> o.outcome() == CycleObservation.Outcome.WON)
        .sorted(Comparator.comparing(CycleObservation::duration)).toList();
    this.excluded = excluded.stream().sorted().toList();
    this.notStarted = notStarted;
  }

  /** The policies: cycle start, open deals, lost deals. */
  public List<Policy> policies() {
    return policies;
  }

  /** Every deal observed (won, lost, open), ordered by deal id. */
  public List<CycleObservation> observations() {
    return observations;
  }

  /** Deals left out, with the reason, ordered by lead id. */
  public List<ExcludedLead> excluded() {
    return excluded;
  }

  /** How many deals were left out because their histories have anomalies. */
  public long anomalousCount() {
    return excluded.stream().filter(ExcludedLead::anomalousHistory).count();
  }

  /** Open leads whose cycle has not started (no start event yet). */
  public long notStarted() {
    return notStarted;
  }

  /** The number of won deals. */
  public long won() {
    return wonTimes.size();
  }

  /** The number of observed deals with {@code outcome}. */
  public long count(CycleObservation.Outcome outcome) {
    return observations.stream().filter(o -> o.outcome() == outcome).count();
  }

  /** Mean time to win, rounded half-even to the nanosecond; not computable without won deals. */
  public MetricResult<CycleTime> mean() {
    if (wonTimes.isEmpty()) {
      return noWins("Mean sales cycle");
    }
    BigInteger total = BigInteger.ZERO;
    for (CycleObservation o : wonTimes) {
      total = total.add(nanos(o.duration()));
    }
    BigInteger mean = new java.math.BigDecimal(total)
        .divide(java.math.BigDecimal.valueOf(wonTimes.size()), 0, RoundingMode.HALF_EVEN).toBigIntegerExact();
    BigInteger[] secondsAndNanos = mean.divideAndRemainder(BigInteger.valueOf(1_000_000_000));
    Duration d = Duration.ofSeconds(secondsAndNanos[0].longValueExact(), secondsAndNanos[1].longValueExact());
    return MetricResult.of("Mean sales cycle", CycleTime.of(d), "mean of " + wonTimes.size() + " won deals" + tail(),
        policies);
  }

  private static BigInteger nanos(Duration d) {
    return BigInteger.valueOf(d.getSeconds()).multiply(BigInteger.valueOf(1_000_000_000))
        .add(BigInteger.valueOf(d.getNano()));
  }

  /** Median time to win: the nearest-rank 50th percentile. */
  public MetricResult<CycleTime> median() {
    return percentile("Median sales cycle", 50);
  }

  /** The nearest-rank 75th percentile of time to win. */
  public MetricResult<CycleTime> p75() {
    return percentile("P75 sales cycle", 75);
  }

  /** The nearest-rank 90th percentile of time to win. */
  public MetricResult<CycleTime> p90() {
    return percentile("P90 sales cycle", 90);
  }

  /**
   * The nearest-rank {@code p}-th percentile of time to win: the time at rank {@code ceil(p/100 × n)}.
   *
   * @throws IllegalArgumentException if {@code p} is outside [1, 100]
   */
  public MetricResult<CycleTime> percentile(int p) {
    return percentile("P" + p + " sales cycle", p);
  }

  private MetricResult<CycleTime> percentile(String name, int p) {
    checkArgument(p >= 1 && p <= 100, "percentile must be in [1, 100]: %s", p);
    if (wonTimes.isEmpty()) {
      return noWins(name);
    }
    int n = wonTimes.size();
    int rank = (int) ((p * (long) n + 99) / 100);
    return MetricResult.of(name, CycleTime.of(wonTimes.get(rank - 1).duration()),
        "nearest rank " + rank + " of " + n + " won deals" + tail(), policies);
  }

  private MetricResult<CycleTime> noWins(String name) {
    return MetricResult.notComputable(name, "no won deals", "0 won deals" + tail(), policies);
  }

  private String tail() {
    long open = count(CycleObservation.Outcome.OPEN);
    long lost = count(CycleObservation.Outcome.LOST);
    return "; " + open + " open, " + lost + " lost, " + excluded.size() + " excluded, as of " + asOf;
  }

  /** The deals the Kaplan–Meier curve uses: won ones, plus open and lost ones where the policies censor them. */
  private List<CycleObservation> kmInput() {
    return observations.stream().filter(o -> switch (o.outcome()) {
      case WON -> true;
      case OPEN -> openDeals == OpenDeals.CENSORED;
      case LOST -> lostDeals == LostDeals.CENSORED;
    }).toList();
  }

  /** The Kaplan–Meier curve of time to win; not computable without deals. */
  public MetricResult<KaplanMeierCurve> kaplanMeier() {
    List<CycleObservation> input = kmInput();
    String explanation = input.size() + " deals, " + (input.size() - wonTimes.size()) + " censored" + tail();
    if (input.isEmpty()) {
      return MetricResult.notComputable("Kaplan–Meier time to close", "no deals", explanation, policies);
    }
    return MetricResult.of("Kaplan–Meier time to close", KaplanMeierCurve.of(input), explanation, policies);
  }

  /**
   * The median time to close (win) from the Kaplan–Meier curve: the first time at which at most half the deals
   * are estimated not yet won. Not computable without deals, or if the curve never falls to 50%.
   */
  public MetricResult<CycleTime> medianTimeToClose() {
    String name = "Median time to close (Kaplan–Meier)";
    MetricResult<KaplanMeierCurve> km = kaplanMeier();
    if (!km.isComputed()) {
      return MetricResult.notComputable(name, km.reason().orElseThrow(), km.explanation().orElseThrow(), policies);
    }
    KaplanMeierCurve curve = km.value();
    return curve.median()
        .map(m -> MetricResult.of(name, m, km.explanation().orElseThrow(), policies))
        .orElseGet(() -> MetricResult.notComputable(name, "the curve never falls to 50%: "
            + curve.lastSurvival().toPercentString(2, RoundingMode.HALF_EVEN) + " still not won at the longest time",
            km.explanation().orElseThrow(), policies));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SalesCycleReport r && asOf.equals(r.asOf) && policies.equals(r.policies)
        && observations.equals(r.observations) && excluded.equals(r.excluded) && notStarted == r.notStarted;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(asOf, policies, observations, excluded, notStarted);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Sales cycle as of ").append(asOf).append(": ").append(won())
        .append(" won, ").append(count(CycleObservation.Outcome.OPEN)).append(" open, ")
        .append(count(CycleObservation.Outcome.LOST)).append(" lost, ").append(excluded.size()).append(" excluded, ")
        .append(notStarted).append(" not started");
    for (MetricResult<CycleTime> r : List.of(mean(), median(), p75(), p90(), medianTimeToClose())) {
      sb.append("\n  ").append(r);
    }
    for (ExcludedLead e : excluded) {
      sb.append("\n  excluded ").append(e);
    }
    return sb.toString();
  }
}
