package io.revops.metrics.planning;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.funnel.LifecycleStage;
import io.revops.core.money.Rate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The conversion rates along a funnel: a first stage and, for every following stage, the share of the
 * stage before that reaches it, e.g. MQL →(40%)→ SQL →(20%)→ customer.
 *
 * <p>Stages follow {@link LifecycleStage} order; any may be skipped (a funnel may start at MQL, and
 * OPPORTUNITY is optional). Every rate is in (0, 1]: a stage nobody passes makes every plan infinite, so
 * 0 is rejected with a message naming the transition, e.g.
 * {@code "conversion rate MQL→SQL must be in (0, 1]: 0%"}.
 *
 * <pre>{@code
 * FunnelRates rates = FunnelRates.startingAt(LifecycleStage.MQL)
 *     .then(LifecycleStage.SQL, Rate.ofPercent(40))
 *     .then(LifecycleStage.CUSTOMER, Rate.ofPercent(20));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FunnelRates {
  private final List<LifecycleStage> stages;
  private final List<Rate> rates;

  private FunnelRates(List<LifecycleStage> stages, List<Rate> rates) {
    this.stages = List.copyOf(stages);
    this.rates = List.copyOf(rates);
  }

  /** A funnel of one stage, to be extended with {@link #then(LifecycleStage, Rate)}. */
  public static FunnelRates startingAt(LifecycleStage first) {
    requireNonNull(first, "first");
    return new FunnelRates(List.of(first), List.of());
  }

  /**
   * The handbook's funnel: visitor →(2%)→ lead →(30%)→ MQL →(40%)→ SQL →(25%)→ customer.
   */
  public static FunnelRates handbook() {
    return startingAt(LifecycleStage.VISITOR)
        .then(LifecycleStage.LEAD, Rate.ofPercent(2))
        .then(LifecycleStage.MQL, Rate.ofPercent(30))
        .then(LifecycleStage.SQL, Rate.ofPercent(40))
        .then(LifecycleStage.CUSTOMER, Rate.ofPercent(25));
  }

  /**
   * This funnel extended by {@code next}, reached from the current last stage at {@code rate}.
   *
   * @throws IllegalArgumentException if {@code next} does not come after the last stage, or if
   *     {@code rate} is 0 (the message names the transition)
   */
  public FunnelRates then(LifecycleStage next, Rate rate) {
    requireNonNull(next, "next");
    requireNonNull(rate, "rate");
    LifecycleStage last = last();
    checkArgument(next.compareTo(last) > 0, "stage must come after %s in the funnel: %s", last, next);
    checkRate(last, next, rate);
    List<LifecycleStage> s = new ArrayList<>(stages);
    s.add(next);
    List<Rate> r = new ArrayList<>(rates);
    r.add(rate);
    return new FunnelRates(s, r);
  }

  /**
   * This funnel with the rate into {@code stage} replaced by {@code rate}.
   *
   * @throws IllegalArgumentException if {@code stage} is not a non-first stage of this funnel or the rate is 0
   */
  public FunnelRates withRateInto(LifecycleStage stage, Rate rate) {
    requireNonNull(stage, "stage");
    requireNonNull(rate, "rate");
    int i = stages.indexOf(stage);
    checkArgument(i > 0, "stage must be a stage after the first of %s: %s", this, stage);
    checkRate(stages.get(i - 1), stage, rate);
    List<Rate> r = new ArrayList<>(rates);
    r.set(i - 1, rate);
    return new FunnelRates(stages, r);
  }

  private static void checkRate(LifecycleStage from, LifecycleStage to, Rate rate) {
    checkArgument(!rate.isZero(), "conversion rate %s must be in (0, 1]: %s", transition(from, to), rate);
  }

  /** The stages, top of the funnel first. */
  public List<LifecycleStage> stages() {
    return stages;
  }

  /** The first (top) stage. */
  public LifecycleStage first() {
    return stages.get(0);
  }

  /** The last (bottom) stage. */
  public LifecycleStage last() {
    return stages.get(stages.size() - 1);
  }

  /** True if {@code stage} is in this funnel. */
  public boolean contains(LifecycleStage stage) {
    return stages.contains(stage);
  }

  /** The rate from the stage before {@code stage} into {@code stage}, if {@code stage} is a non-first stage. */
  public Optional<Rate> rateInto(LifecycleStage stage) {
    int i = stages.indexOf(requireNonNull(stage, "stage"));
    return i > 0 ? Optional.of(rates.get(i - 1)) : Optional.empty();
  }

  /** The rates between consecutive stages, top first; one fewer than {@link #stages()}. */
  public List<Rate> rates() {
    return rates;
  }

  /**
   * The exact share of {@code from} that reaches {@code to} (the product of the rates between them).
   *
   * @throws IllegalArgumentException if either stage is missing or {@code to} comes before {@code from}
   */
  public Rate rateBetween(LifecycleStage from, LifecycleStage to) {
    int a = stages.indexOf(requireNonNull(from, "from"));
    int b = stages.indexOf(requireNonNull(to, "to"));
    checkArgument(a >= 0, "from must be a stage of %s: %s", this, from);
    checkArgument(b >= a, "to must be a stage of %s at or after %s: %s", this, from, to);
    Rate r = Rate.ONE;
    for (int i = a; i < b; i++) {
      r = r.multiply(rates.get(i));
    }
    return r;
  }

  /** The funnel's stages from the bottom up, for the reverse direction. */
  List<LifecycleStage> stagesBottomUp() {
    List<LifecycleStage> s = new ArrayList<>(stages);
    Collections.reverse(s);
    return s;
  }

  /** How a stage prints: {@code visitor}, {@code lead}, {@code MQL}, {@code SQL}, {@code opportunity}, {@code customer}. */
  static String label(LifecycleStage stage) {
    return switch (stage) {
      case MQL, SQL -> stage.name();
      default -> stage.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** How a transition prints, e.g. {@code MQL→SQL}. */
  static String transition(LifecycleStage from, LifecycleStage to) {
    return label(from) + "→" + label(to);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FunnelRates f && stages.equals(f.stages) && rates.equals(f.rates);
  }

  @Override
  public int hashCode() {
    return 31 * stages.hashCode() + rates.hashCode();
  }

  /** The funnel, e.g. {@code MQL →40%→ SQL →20%→ customer}. */
  @Override
  public String toString() {
    StringJoiner j = new StringJoiner(" ");
    j.add(label(stages.get(0)));
    for (int i = 0; i < rates.size(); i++) {
      j.add("→" + rates.get(i) + "→").add(label(stages.get(i + 1)));
    }
    return j.toString();
  }
}
