package io.revops.sla;

import io.revops.core.money.Rate;
import io.revops.sla.calendar.BusinessCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The time rules the clocked obligations share: the time between two instants on a {@link TimeBasis}, and the
 * status of an allowance still running. One per evaluator.
 *
 * <p>Cost: {@link #measure} is a subtraction on elapsed time and a calendar walk on working time (plus the
 * calendar's intervals and exceptions when a detailed trace records them); {@link #open} two
 * {@code BigDecimal} multiplications.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Clocks {
  private final BusinessCalendar calendar;
  private final ZoneId zone;
  private final BigDecimal atRiskShare;

  Clocks(BusinessCalendar calendar, Rate atRiskShare) {
    this.calendar = calendar;
    this.zone = calendar.zone();
    this.atRiskShare = atRiskShare.toBigDecimal();
  }

  /** The agreement's calendar. */
  BusinessCalendar calendar() {
    return calendar;
  }

  /** The calendar's zone. */
  ZoneId zone() {
    return zone;
  }

  /** The time between from and to on the basis; records the intervals and exceptions in {@code t} if given. */
  Duration measure(Instant from, Instant to, TimeBasis basis, Trace.Builder t) {
    if (basis == TimeBasis.ELAPSED) {
      return Duration.between(from, to);
    }
    if (t != null && t.detailed()) {
      t.intervals(calendar.workingIntervals(from, to));
      t.exceptions(calendar.exceptions(from.atZone(zone).toLocalDate(), to.atZone(zone).toLocalDate()));
    }
    return calendar.between(from, to);
  }

  /** PENDING below the at-risk share, AT_RISK from it up to the allowance, BREACHED past it. */
  VerdictStatus open(Duration used, Duration allowance) {
    if (used.compareTo(allowance) > 0) {
      return VerdictStatus.BREACHED;
    }
    return reachedShare(used, allowance) ? VerdictStatus.AT_RISK : VerdictStatus.PENDING;
  }

  /** True if {@code used} is at least the agreement's at-risk share of {@code allowance}. */
  boolean reachedShare(Duration used, Duration allowance) {
    BigDecimal threshold = seconds(allowance).multiply(atRiskShare);
    return seconds(used).compareTo(threshold) >= 0;
  }

  private static BigDecimal seconds(Duration d) {
    return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
  }
}
