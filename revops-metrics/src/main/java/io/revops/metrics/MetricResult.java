package io.revops.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.money.Amounts;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of computing one metric: its value, or the reason it cannot be computed — never 0, NaN
 * or infinity in place of an answer — together with how it was computed.
 *
 * <p>{@code toString()} reads well in jshell:
 * {@code CAC = 500 000,00 RUB (15 000 000,00 RUB spend / 30 new customers, same-period spend)}, or
 * {@code CAC not computable: no new customers (15 000 000,00 RUB spend / 0 new customers, same-period spend)}.
 *
 * <p>This class is immutable and thread-safe if {@code T} is.
 *
 * @param <T> the type of the value (a {@code MonetaryAmount}, a {@code Rate}, a {@code Ratio}, a record…)
 */
public final class MetricResult<T> {
  private final String metric;
  private final T value;
  private final String reason;
  private final @Nullable String explanation;
  private final List<Policy> policies;

  private MetricResult(String metric, T value, String reason, @Nullable String explanation,
      List<? extends Policy> policies) {
    requireNonNull(metric, "metric");
    Args.text("metric", metric);
    checkArgument((value == null) != (reason == null), "exactly one of value and reason must be given for %s", metric);
    this.metric = metric;
    this.value = value;
    this.reason = reason;
    this.explanation = explanation;
    this.policies = List.copyOf(Args.noNulls("policies", policies));
  }

  private static String explanation(String metric, String explanation) {
    requireNonNull(explanation, "explanation");
    checkArgument(!explanation.isBlank(), "explanation must not be blank for %s: a result without one is "
        + "notComputable(metric, reason, policies)", metric);
    return explanation;
  }

  /**
   * A computed metric.
   *
   * @param metric the metric's name, e.g. {@code "CAC"}
   * @param value the value
   * @param explanation the inputs in the formula, e.g. {@code "15 000 000,00 RUB spend / 30 new customers"} (not
   *     blank)
   * @param policies the policies it was computed under, in a stable order
   */
  public static <T> MetricResult<T> of(String metric, T value, String explanation, List<? extends Policy> policies) {
    return new MetricResult<>(metric, requireNonNull(value, "value"), null, explanation(metric, explanation),
        policies);
  }

  /**
   * A metric that cannot be computed, with the reason.
   *
   * @param metric the metric's name
   * @param reason why, e.g. {@code "no new customers"}
   * @param explanation the inputs in the formula (not blank)
   * @param policies the policies it was computed under
   */
  public static <T> MetricResult<T> notComputable(String metric, String reason, String explanation,
      List<? extends Policy> policies) {
    return new MetricResult<>(metric, null, reason(metric, reason), explanation(metric, explanation), policies);
  }

  /**
   * A metric that cannot be computed, with the reason, and no inputs to explain (e.g. the input has no records at
   * all): its {@link #explanation()} is empty.
   *
   * @param metric the metric's name
   * @param reason why, e.g. {@code "no MRR records in the input"}
   * @param policies the policies it was computed under
   */
  public static <T> MetricResult<T> notComputable(String metric, String reason, List<? extends Policy> policies) {
    return new MetricResult<>(metric, null, reason(metric, reason), null, policies);
  }

  private static String reason(String metric, String reason) {
    requireNonNull(reason, "reason");
    checkArgument(!reason.isBlank(), "reason must not be blank for %s", metric);
    return reason;
  }

  /**
   * {@code total / count} rounded to the currency's minor unit with {@code rounding} — CAC, CPL, ARPA — or,
   * when {@code count} is 0, a result not computable for {@code noneReason} (e.g. {@code "no new customers"}).
   *
   * @param metric the metric's name
   * @param total the amount to share out
   * @param count how many share it, zero or more
   * @param noneReason why the metric cannot be computed when {@code count} is 0
   * @param explanation the inputs in the formula
   * @param policies the policies it was computed under
   * @param rounding the rounding of the quotient
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public static MetricResult<MonetaryAmount> amountPer(String metric, MonetaryAmount total, long count,
      String noneReason, String explanation, List<? extends Policy> policies, RoundingMode rounding) {
    requireNonNull(total, "total");
    checkArgument(count >= 0, "count must not be negative: %s", count);
    requireNonNull(rounding, "rounding");
    if (count == 0) {
      return notComputable(metric, noneReason, explanation, policies);
    }
    return of(metric, Amounts.divide(total, count, rounding), explanation, policies);
  }

  /**
   * This result, also computed under {@code more} policies (appended after its own): how a model that
   * reuses a metric records its own assumptions.
   */
  public MetricResult<T> plusPolicies(List<? extends Policy> more) {
    List<Policy> all = new java.util.ArrayList<>(policies);
    all.addAll(requireNonNull(more, "more"));
    return new MetricResult<>(metric, value, reason, explanation, all);
  }

  /** The metric's name. */
  public String metric() {
    return metric;
  }

  /** True if the metric has a value. */
  public boolean isComputed() {
    return value != null;
  }

  /**
   * The value.
   *
   * @throws IllegalStateException naming the metric and the reason if it could not be computed
   */
  public T value() {
    if (value == null) {
      throw new IllegalStateException(metric + " cannot be computed: " + reason);
    }
    return value;
  }

  /** The value, if computed. */
  public Optional<T> toOptional() {
    return Optional.ofNullable(value);
  }

  /** Why the metric cannot be computed, if it cannot. */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /**
   * The inputs in the formula, e.g. {@code "15 000 000,00 RUB spend / 30 new customers"}; empty only for a result
   * not computable for want of any input ({@link #notComputable(String, String, List)}).
   */
  public Optional<String> explanation() {
    return Optional.ofNullable(explanation);
  }

  /** The policies it was computed under. */
  public List<Policy> policies() {
    return policies;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MetricResult<?> r && metric.equals(r.metric) && valueEquals(value, r.value)
        && Objects.equals(reason, r.reason) && Objects.equals(explanation, r.explanation)
        && policies.equals(r.policies);
  }

  private static boolean valueEquals(Object a, Object b) {
    if (a instanceof MonetaryAmount x && b instanceof MonetaryAmount y) {
      return Amounts.isEqual(x, y);
    }
    return Objects.equals(a, b);
  }

  @Override
  public int hashCode() {
    Object v = value instanceof MonetaryAmount m
        ? List.of(m.getCurrency(), Amounts.toBigDecimal(m).stripTrailingZeros()) : value;
    return Objects.hash(metric, v, reason, explanation, policies);
  }

  /** Formats a value as results print it: money as {@code 500 000,00 RUB}, everything else by {@code toString()}. */
  public static String format(Object value) {
    return value instanceof MonetaryAmount m ? Amounts.format(m) : String.valueOf(value);
  }

  @Override
  public String toString() {
    String how = explanation == null ? "" : explanation;
    if (!policies.isEmpty()) {
      String labels = policies.stream().map(Policy::label).collect(Collectors.joining(", "));
      how = explanation == null ? labels : how + ", " + labels;
    }
    String tail = how.isEmpty() ? "" : " (" + how + ")";
    return value != null
        ? metric + " = " + format(value) + tail
        : metric + " not computable: " + reason + tail;
  }
}
