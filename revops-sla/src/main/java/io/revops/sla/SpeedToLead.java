package io.revops.sla;

import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.money.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Speed to lead: MQLs grouped by how soon after the MQL instant sales first made contact (elapsed time,
 * {@link ResponseBucket}), with how many became SQLs. {@link #lift(ResponseBucket, ResponseBucket)} checks
 * claims like the handbook's "within 5 minutes converts 9 times better than after an hour" on real data.
 * Leads still without contact are in {@link ResponseBucket#NEVER}, including those MQL'd just before the
 * evaluation instant.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SpeedToLead {
  private final Map<ResponseBucket, ConversionCounts> buckets;

  private SpeedToLead(Map<ResponseBucket, ConversionCounts> buckets) {
    EnumMap<ResponseBucket, ConversionCounts> all = new EnumMap<>(ResponseBucket.class);
    for (ResponseBucket b : ResponseBucket.values()) {
      all.put(b, buckets.getOrDefault(b, ConversionCounts.ZERO));
    }
    this.buckets = Collections.unmodifiableMap(all);
  }

  /** Speed to lead from per-bucket cohorts (missing buckets are empty). */
  public static SpeedToLead of(Map<ResponseBucket, ConversionCounts> buckets) {
    return new SpeedToLead(Args.noNulls("buckets", buckets));
  }

  /** Every bucket, in bucket order. */
  public Map<ResponseBucket, ConversionCounts> buckets() {
    return buckets;
  }

  /** The cohort of one bucket. */
  public ConversionCounts bucket(ResponseBucket bucket) {
    return buckets.get(requireNonNull(bucket, "bucket"));
  }

  /** All MQLs. */
  public ConversionCounts total() {
    return buckets.values().stream().reduce(ConversionCounts.ZERO, ConversionCounts::plus);
  }

  /** This report plus {@code other}, bucket by bucket. */
  public SpeedToLead plus(SpeedToLead other) {
    EnumMap<ResponseBucket, ConversionCounts> sum = new EnumMap<>(ResponseBucket.class);
    for (ResponseBucket b : ResponseBucket.values()) {
      sum.put(b, bucket(b).plus(other.bucket(b)));
    }
    return new SpeedToLead(sum);
  }

  /**
   * How many times better bucket {@code a} converts than bucket {@code b}: conversion(a) / conversion(b),
   * exact; empty when either bucket has no MQLs or {@code b} converted none.
   */
  public Optional<Ratio> lift(ResponseBucket a, ResponseBucket b) {
    ConversionCounts ca = bucket(a);
    ConversionCounts cb = bucket(b);
    if (ca.mqls() == 0 || cb.mqls() == 0 || cb.sqls() == 0) {
      return Optional.empty();
    }
    return Optional.of(Ratio.of(BigDecimal.valueOf(ca.sqls()).multiply(BigDecimal.valueOf(cb.mqls())),
        BigDecimal.valueOf(ca.mqls()).multiply(BigDecimal.valueOf(cb.sqls()))));
  }

  /** {@link #lift} as text: {@code "9.00×"} or why it cannot be computed. */
  public String liftText(ResponseBucket a, ResponseBucket b) {
    return lift(a, b).map(r -> r.toString(2, RoundingMode.HALF_EVEN) + "×").orElseGet(() ->
        bucket(a).mqls() == 0 ? "n/a (no MQLs " + a.label() + ")"
            : bucket(b).mqls() == 0 ? "n/a (no MQLs " + b.label() + ")"
            : "n/a (no SQLs " + b.label() + ")");
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SpeedToLead s && buckets.equals(s.buckets);
  }

  @Override
  public int hashCode() {
    return buckets.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Speed to lead (first contact after MQL, elapsed)\n");
    sb.append(String.format(Locale.ROOT, "  %-9s %6s %6s %10s%n", "bucket", "MQLs", "SQLs", "conversion"));
    buckets.forEach((b, c) -> sb.append(String.format(Locale.ROOT, "  %-9s %6d %6d %10s%n", b.label(), c.mqls(),
        c.sqls(), c.conversionText())));
    sb.append("  ≤ 5 min vs later than 1 h: ").append(laterThanAnHour());
    return sb.toString();
  }

  /** The handbook's comparison: within 5 minutes against everything contacted after the first hour. */
  public String laterThanAnHour() {
    ConversionCounts late = bucket(ResponseBucket.WITHIN_24_HOURS).plus(bucket(ResponseBucket.LATER));
    ConversionCounts fast = bucket(ResponseBucket.WITHIN_5_MINUTES);
    if (fast.mqls() == 0) {
      return "n/a (no MQLs ≤ 5 min)";
    }
    if (late.mqls() == 0 || late.sqls() == 0) {
      return "n/a (" + (late.mqls() == 0 ? "no MQLs" : "no SQLs") + " after 1 h)";
    }
    return Ratio.of(BigDecimal.valueOf(fast.sqls()).multiply(BigDecimal.valueOf(late.mqls())),
        BigDecimal.valueOf(fast.mqls()).multiply(BigDecimal.valueOf(late.sqls()))).toString(2, RoundingMode.HALF_EVEN)
        + "×";
  }
}
