package io.revops.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.money.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * The verdict on the monthly MQL quota for one month of the agreement's zone: MQLs delivered, how many
 * count (not known to fail the criteria), the attainment, and the status: MET once the quota is reached,
 * BREACHED when the month ended short of it, otherwise AT_RISK when behind an even pace (fewer counted than
 * the whole MQLs the quota prorates to the part of the month gone by: with 125 a month, fewer than 62 at
 * mid-month), else PENDING.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QuotaVerdict {
  private final YearMonth month;
  private final int quota;
  private final long mqls;
  private final long counted;
  private final VerdictStatus status;
  private final String reason;

  private QuotaVerdict(YearMonth month, int quota, long mqls, long counted, VerdictStatus status, String reason) {
    this.month = requireNonNull(month, "month");
    checkArgument(quota > 0, "quota must be positive: %s", quota);
    checkArgument(counted >= 0 && counted <= mqls, "counted must be in [0, mqls=%s]: %s", mqls, counted);
    this.quota = quota;
    this.mqls = mqls;
    this.counted = counted;
    this.status = requireNonNull(status, "status");
    this.reason = requireNonNull(reason, "reason");
  }

  /** A quota verdict. */
  public static QuotaVerdict of(YearMonth month, int quota, long mqls, long counted, VerdictStatus status,
      String reason) {
    return new QuotaVerdict(month, quota, mqls, counted, status, reason);
  }

  /** The month. */
  public YearMonth month() {
    return month;
  }

  /** The quota. */
  public int quota() {
    return quota;
  }

  /** MQLs delivered in the month. */
  public long mqls() {
    return mqls;
  }

  /** MQLs that count towards the quota. */
  public long counted() {
    return counted;
  }

  /** counted / quota, exact (may exceed 1). */
  public Ratio attainment() {
    return Ratio.of(BigDecimal.valueOf(counted), BigDecimal.valueOf(quota));
  }

  /** The status. */
  public VerdictStatus status() {
    return status;
  }

  /** Why. */
  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof QuotaVerdict q && month.equals(q.month) && quota == q.quota && mqls == q.mqls
        && counted == q.counted && status == q.status && reason.equals(q.reason);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(month, quota, mqls, counted, status, reason);
  }

  @Override
  public String toString() {
    return month + " quota " + counted + "/" + quota + " (" + attainment().toPercentString(1, RoundingMode.HALF_EVEN)
        + ", " + mqls + " MQLs): " + status + " — " + reason;
  }
}
