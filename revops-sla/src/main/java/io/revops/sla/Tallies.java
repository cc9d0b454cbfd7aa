package io.revops.sla;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The mutable counters {@link SlaAccumulator} keeps while adding leads: each a small named type over primitive
 * fields, so that a lead costs a few field increments per grouping and no allocation once its groups exist.
 * Every counter adds a signed amount: {@code +1} counts a lead, {@code -1} takes back a copy of a lead that another
 * copy replaces.
 *
 * <p>None of these is thread-safe; each belongs to one accumulator.
 */
final class Tallies {
  private Tallies() {}

  private static final VerdictStatus[] STATUSES = VerdictStatus.values();

  /**
   * Verdicts counted by obligation and status for one group of leads (all of them, a week, a month, a source, a
   * rep). An obligation is named by its position among the agreement's per-lead obligations.
   */
  static final class Statuses {
    // obligation-major: the counts of obligation k are at [k * STATUSES.length, (k + 1) * STATUSES.length)
    private final long[] counts;

    Statuses(int obligations) {
      this.counts = new long[obligations * STATUSES.length];
    }

    /** Counts one lead's verdicts: {@code statuses[k]} is the ordinal of its status on obligation {@code k}. */
    void add(byte[] statuses, int sign) {
      for (int k = 0; k < statuses.length; k++) {
        counts[k * STATUSES.length + statuses[k]] += sign;
      }
    }

    /** Adds {@code other}'s counts (of the same obligations). */
    void addAll(Statuses other) {
      for (int i = 0; i < counts.length; i++) {
        counts[i] += other.counts[i];
      }
    }

    /** The verdicts of {@code status} on obligation {@code obligation}. */
    long count(int obligation, VerdictStatus status) {
      return counts[obligation * STATUSES.length + status.ordinal()];
    }

    /** The counts of obligation {@code obligation}. */
    StatusCounts counts(int obligation) {
      return StatusCounts.of(count(obligation, VerdictStatus.MET), count(obligation, VerdictStatus.BREACHED),
          count(obligation, VerdictStatus.PENDING), count(obligation, VerdictStatus.AT_RISK),
          count(obligation, VerdictStatus.NOT_APPLICABLE));
    }
  }

  /** One count per obligation (by position): the verdicts NOT_APPLICABLE for lack of lead data. */
  static final class PerObligation {
    private final long[] counts;

    PerObligation(int obligations) {
      this.counts = new long[obligations];
    }

    /** Counts obligation {@code k} where {@code flags[k]} is true. */
    void add(boolean[] flags, int sign) {
      for (int k = 0; k < flags.length; k++) {
        if (flags[k]) {
          counts[k] += sign;
        }
      }
    }

    void addAll(PerObligation other) {
      for (int k = 0; k < counts.length; k++) {
        counts[k] += other.counts[k];
      }
    }

    long count(int obligation) {
      return counts[obligation];
    }
  }

  /** MQLs, of them accepted as SQLs, and rejected without being accepted: one cohort's conversion. */
  static final class Conversion {
    private long mqls;
    private long accepted;
    private long rejected;

    /** Counts one MQL. */
    void add(boolean accepted, boolean rejectedOnly, int sign) {
      mqls += sign;
      if (accepted) {
        this.accepted += sign;
      }
      if (rejectedOnly) {
        rejected += sign;
      }
    }

    void addAll(Conversion other) {
      mqls += other.mqls;
      accepted += other.accepted;
      rejected += other.rejected;
    }

    boolean isEmpty() {
      return mqls == 0;
    }

    ConversionCounts counts() {
      return ConversionCounts.of(mqls, accepted, rejected);
    }
  }

  /** One month's MQLs for the quota: all of them, and those that count towards it. */
  static final class Quota {
    private long mqls;
    private long counted;

    void add(boolean countsTowardsQuota, int sign) {
      mqls += sign;
      if (countsTowardsQuota) {
        counted += sign;
      }
    }

    void addAll(Quota other) {
      mqls += other.mqls;
      counted += other.counted;
    }

    long mqls() {
      return mqls;
    }

    long counted() {
      return counted;
    }
  }

  /** One month's MQLs by how fast they were first answered: a conversion per response bucket. */
  static final class Speed {
    private final Conversion[] byBucket = new Conversion[ResponseBucket.values().length];

    Speed() {
      for (int b = 0; b < byBucket.length; b++) {
        byBucket[b] = new Conversion();
      }
    }

    Conversion bucket(ResponseBucket bucket) {
      return byBucket[bucket.ordinal()];
    }

    void addAll(Speed other) {
      for (int b = 0; b < byBucket.length; b++) {
        byBucket[b].addAll(other.byBucket[b]);
      }
    }
  }

  /** A single count (the rejections of one month, source and reason). */
  static final class Count {
    private long n;

    void add(long amount) {
      n += amount;
    }

    long value() {
      return n;
    }
  }

  /**
   * A month as a hash key: {@code YearMonth}'s hash code is the same in its low bits for every month of a year,
   * so a {@code HashMap} of {@code YearMonth}s degrades to a tree per year; this key hashes the month's index
   * ({@code year * 12 + month - 1}) instead.
   */
  record Month(int index) implements Comparable<Month> {
    static Month of(ZonedDateTime local) {
      return new Month(local.getYear() * 12 + local.getMonthValue() - 1);
    }

    YearMonth yearMonth() {
      return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }

    @Override
    public int compareTo(Month o) {
      return Integer.compare(index, o.index);
    }

    @Override
    public int hashCode() {
      return Integer.hashCode(index);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Month m && m.index == index;
    }
  }
}
