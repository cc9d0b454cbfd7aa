package io.revops.metrics.service;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.money.Rate;
import io.revops.metrics.SignedRatio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Net Promoter Score: the percentage of promoters (scores 9–10) minus the percentage of detractors
 * (0–6), from −100 to +100, with the counts it came from.
 *
 * <p>{@link #score()} is exact when it terminates, else to 34 significant digits; {@code toString()}
 * prints it with a sign, e.g. {@code +40} or {@code -12.5}, and a score with more than two decimals rounded
 * half-even to two, marked with an ellipsis: {@code +33.33…} (one promoter of three responses).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NetPromoterScore implements Comparable<NetPromoterScore> {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final long promoters;
  private final long passives;
  private final long detractors;
  private final BigDecimal score;

  private NetPromoterScore(long promoters, long passives, long detractors) {
    checkArgument(promoters >= 0, "promoters must not be negative: %s", promoters);
    checkArgument(passives >= 0, "passives must not be negative: %s", passives);
    checkArgument(detractors >= 0, "detractors must not be negative: %s", detractors);
    long responses = Args.sum("responses", promoters, passives, detractors);
    checkArgument(responses > 0, "responses must be positive: %s promoters, %s passives, %s detractors",
        promoters, passives, detractors);
    this.promoters = promoters;
    this.passives = passives;
    this.detractors = detractors;
    BigDecimal net = BigDecimal.valueOf(promoters - detractors).multiply(HUNDRED);
    BigDecimal n = BigDecimal.valueOf(responses);
    // the signed ratio's exact-or-34-digits division, normalised like every ratio (scale >= 0)
    this.score = SignedRatio.of(net, n).toBigDecimal();
  }

  /**
   * The NPS of these counts.
   *
   * @throws IllegalArgumentException if a count is negative or all are zero
   */
  public static NetPromoterScore of(long promoters, long passives, long detractors) {
    return new NetPromoterScore(promoters, passives, detractors);
  }

  /** Respondents who scored 9 or 10. */
  public long promoters() {
    return promoters;
  }

  /** Respondents who scored 7 or 8. */
  public long passives() {
    return passives;
  }

  /** Respondents who scored 0 to 6. */
  public long detractors() {
    return detractors;
  }

  /** All respondents. */
  public long responses() {
    return promoters + passives + detractors;
  }

  /** Promoters as a share of responses. */
  public Rate promoterShare() {
    return Rate.ofFraction(promoters, responses());
  }

  /** Detractors as a share of responses. */
  public Rate detractorShare() {
    return Rate.ofFraction(detractors, responses());
  }

  /** The score in [−100, 100]: percentage points of promoters minus detractors. */
  public BigDecimal score() {
    return score;
  }

  /** The score rounded to {@code decimals} places with a sign, e.g. {@code "+33.3"}. */
  public String toString(int decimals, RoundingMode rounding) {
    checkArgument(decimals >= 0, "decimals must not be negative: %s", decimals);
    requireNonNull(rounding, "rounding");
    return signed(score.setScale(decimals, rounding));
  }

  private static String signed(BigDecimal v) {
    return (v.signum() > 0 ? "+" : "") + v.toPlainString();
  }

  /** Orders by score. */
  @Override
  public int compareTo(NetPromoterScore o) {
    return score.compareTo(o.score);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof NetPromoterScore n && promoters == n.promoters && passives == n.passives
        && detractors == n.detractors;
  }

  @Override
  public int hashCode() {
    return Objects.hash(promoters, passives, detractors);
  }

  /**
   * The score with a sign: exact up to two decimals ({@code +40}, {@code 0}, {@code -12.5}), else rounded
   * half-even to two decimals with an ellipsis ({@code +33.33…}): 34 digits do not read in a report.
   */
  @Override
  public String toString() {
    return score.scale() <= 2 ? signed(score) : signed(score.setScale(2, RoundingMode.HALF_EVEN)) + "…";
  }
}
