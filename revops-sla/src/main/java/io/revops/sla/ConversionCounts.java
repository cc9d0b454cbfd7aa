package io.revops.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.money.Rate;
import java.math.RoundingMode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A cohort of MQLs and what became of them by the evaluation instant: accepted as SQL, rejected, still open.
 * A lead both accepted and rejected counts as SQL (and is listed as an anomaly).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ConversionCounts {
  /** An empty cohort. */
  public static final ConversionCounts ZERO = new ConversionCounts(0, 0, 0);

  private final long mqls;
  private final long sqls;
  private final long rejected;

  private ConversionCounts(long mqls, long sqls, long rejected) {
    Args.count("mqls", mqls);
    Args.count("sqls", sqls);
    Args.count("rejected", rejected);
    checkArgument(Args.sum("sqls + rejected", sqls, rejected) <= mqls,
        "sqls + rejected must not exceed mqls: %s + %s > %s", sqls, rejected, mqls);
    this.mqls = mqls;
    this.sqls = sqls;
    this.rejected = rejected;
  }

  /** A cohort of {@code mqls}, of which {@code sqls} accepted and {@code rejected} rejected. */
  public static ConversionCounts of(long mqls, long sqls, long rejected) {
    return new ConversionCounts(mqls, sqls, rejected);
  }

  /** MQLs in the cohort. */
  public long mqls() {
    return mqls;
  }

  /** Accepted as SQL. */
  public long sqls() {
    return sqls;
  }

  /** Rejected (and not accepted). */
  public long rejected() {
    return rejected;
  }

  /** Neither accepted nor rejected yet. */
  public long open() {
    return mqls - sqls - rejected;
  }

  /** This cohort plus {@code other}. */
  public ConversionCounts plus(ConversionCounts other) {
    requireNonNull(other, "other");
    return new ConversionCounts(Args.sum("mqls", mqls, other.mqls), Args.sum("sqls", sqls, other.sqls),
        Args.sum("rejected", rejected, other.rejected));
  }

  /** SQLs / MQLs, exact; empty for an empty cohort. */
  public Optional<Rate> conversion() {
    return mqls == 0 ? Optional.empty() : Optional.of(Rate.ofFraction(sqls, mqls));
  }

  /** The conversion as a percentage with one decimal, or {@code "n/a (no MQLs)"}. */
  public String conversionText() {
    return conversion().map(r -> r.toPercentString(1, RoundingMode.HALF_EVEN)).orElse("n/a (no MQLs)");
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ConversionCounts c && mqls == c.mqls && sqls == c.sqls && rejected == c.rejected;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(mqls, sqls, rejected);
  }

  @Override
  public String toString() {
    return mqls + " MQL, " + sqls + " SQL, " + rejected + " rejected, " + open() + " open; conversion "
        + conversionText();
  }
}
