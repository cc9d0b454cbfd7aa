package io.revops.metrics.revenue;

import java.time.YearMonth;
import java.util.List;

/**
 * The two walks of the ledger the period metrics rest on, each written once: the start cohort ({@link
 * RevenueAnalysis#nrr NRR}, {@link RevenueAnalysis#grr GRR}) and the MRR bridge ({@link RevenueAnalysis#movements},
 * classified by {@link Movement#of}). A walk reads every month through a {@link MonthReader} and adds up {@link
 * Scaled.Amount}s into {@link Scaled.Sum}s, a sum type that is a long while it fits and a {@code BigDecimal}
 * otherwise. The reader decides the arithmetic: {@link Valuation.AtRates} reads longs (the fast path, which
 * fails with {@link Valuation.Unfit} or {@link ArithmeticException} where a value has no exact long form), and
 * {@link #reference} reads {@code BigDecimal}s through {@link Valuation#value} and Moneta (the reference, which
 * fails only as a conversion fails). The results leave the walk in normal form ({@link Scaled#normalise}), so
 * the two readings give {@code equals} results.
 *
 * <p>Cost: one pass over the ledger's rows, O(1) per row that has a record in the start or the end month, two or
 * three reads each; no allocation per row on the long path.
 */
final class LedgerWalks {
  private LedgerWalks() {}

  /** Reads the month at an offset from a row's first month into an amount (zero where nothing is recorded). */
  interface MonthReader {
    /** The scale of the long amounts this reader gives. */
    int scale();

    void read(RevenueLedger.Row row, int offset, Scaled.Amount into);
  }

  /** The reference reader: each month valued in {@code BigDecimal} by {@code valuation} at {@code rateMonth}'s rates. */
  static MonthReader reference(Valuation valuation, YearMonth rateMonth) {
    return new MonthReader() {
      @Override
      public int scale() {
        return 0;
      }

      @Override
      public void read(RevenueLedger.Row row, int offset, Scaled.Amount into) {
        into.set(row.value(offset, valuation, rateMonth));
      }
    };
  }

  /**
   * The start cohort from {@code start} to {@code end}, every amount read by {@code atEnd} (the end month's
   * rates): the customers paying at {@code start} with their start, end and capped end MRR, and the reactivated
   * customers (paying at {@code end}, not at {@code start}, and at some month before it) with their end MRR.
   */
  static RevenueAnalysis.Cohort cohort(List<RevenueLedger.Row> rows, YearMonth start, YearMonth end,
      MonthReader atEnd) {
    int startIndex = RevenueLedger.Row.index(start);
    int endIndex = RevenueLedger.Row.index(end);
    int k = atEnd.scale();
    Scaled.Sum startMrr = new Scaled.Sum(k);
    Scaled.Sum endMrr = new Scaled.Sum(k);
    Scaled.Sum keptMrr = new Scaled.Sum(k);
    Scaled.Sum reactivatedMrr = new Scaled.Sum(k);
    Scaled.Amount sv = new Scaled.Amount();
    Scaled.Amount ev = new Scaled.Amount();
    int customers = 0;
    int reactivated = 0;
    for (RevenueLedger.Row row : rows) {
      if (row.outside(startIndex, endIndex)) {
        continue; // nothing recorded in either month
      }
      int s = startIndex - row.first();
      int e = endIndex - row.first();
      if (row.paidAt(s)) {
        atEnd.read(row, s, sv);
        atEnd.read(row, e, ev);
        customers++;
        startMrr.add(sv);
        endMrr.add(ev);
        keptMrr.add(ev.min(sv));
      } else if (row.paidAt(e) && row.paidBefore(s)) {
        reactivated++;
        atEnd.read(row, e, ev);
        reactivatedMrr.add(ev);
      }
    }
    RevenueAnalysis.Cohort c = new RevenueAnalysis.Cohort();
    c.customers = customers;
    c.reactivated = reactivated;
    c.startMrr = startMrr.toBigDecimal();
    c.endMrr = endMrr.toBigDecimal();
    c.keptMrr = keptMrr.toBigDecimal();
    c.reactivatedMrr = reactivatedMrr.toBigDecimal();
    c.normalise();
    return c;
  }

  /**
   * The MRR bridge from {@code start} to {@code end}: the start month read by {@code atStart} (its own rates) and
   * by {@code atEnd}, the end month by {@code atEnd}; the difference of the start month's two readings is the FX
   * impact, and each customer's line ({@link Movement#of}) compares its two readings at the end month's rates.
   */
  static MrrMovements bridge(List<RevenueLedger.Row> rows, YearMonth start, YearMonth end, Valuation valuation,
      MonthReader atStart, MonthReader atEnd) {
    int startIndex = RevenueLedger.Row.index(start);
    int endIndex = RevenueLedger.Row.index(end);
    Scaled.Sum startMrr = new Scaled.Sum(atStart.scale());
    int k = atEnd.scale();
    Scaled.Sum fx = new Scaled.Sum(k);
    Scaled.Sum newMrr = new Scaled.Sum(k);
    Scaled.Sum expansion = new Scaled.Sum(k);
    Scaled.Sum reactivated = new Scaled.Sum(k);
    Scaled.Sum contraction = new Scaled.Sum(k);
    Scaled.Sum churn = new Scaled.Sum(k);
    Scaled.Sum endMrr = new Scaled.Sum(k);
    Scaled.Amount sAtStartRates = new Scaled.Amount();
    Scaled.Amount sAtEndRates = new Scaled.Amount();
    Scaled.Amount ev = new Scaled.Amount();
    Tally tally = new Tally();
    for (RevenueLedger.Row row : rows) {
      if (row.outside(startIndex, endIndex)) {
        continue; // nothing recorded in either month
      }
      int s = startIndex - row.first();
      int e = endIndex - row.first();
      boolean inStart = row.paidAt(s);
      boolean inEnd = row.paidAt(e);
      if (!inStart && !inEnd) {
        continue;
      }
      // always these three reads in this order, so that a missing rate fails at the same amount in both readings
      atStart.read(row, s, sAtStartRates);
      atEnd.read(row, s, sAtEndRates);
      atEnd.read(row, e, ev);
      startMrr.add(sAtStartRates);
      fx.add(sAtEndRates);
      fx.subtract(sAtStartRates);
      endMrr.add(ev);
      Movement line = Movement.of(inStart, inEnd, ev.compareTo(sAtEndRates), row.paidBefore(s));
      tally.count(inStart, inEnd, line);
      switch (line) {
        case EXPANSION -> {
          expansion.add(ev);
          expansion.subtract(sAtEndRates);
        }
        case CONTRACTION -> {
          contraction.add(sAtEndRates);
          contraction.subtract(ev);
        }
        case CHURN -> churn.add(sAtEndRates);
        case REACTIVATION -> reactivated.add(ev);
        case NEW -> newMrr.add(ev);
        case UNCHANGED, NONE -> { }
      }
    }
    return new MrrMovements(start, end, valuation.currency(), valuation.converts(), startMrr.toBigDecimal(),
        fx.toBigDecimal(), newMrr.toBigDecimal(), expansion.toBigDecimal(), reactivated.toBigDecimal(),
        contraction.toBigDecimal(), churn.toBigDecimal(), endMrr.toBigDecimal(), tally.counts());
  }

  /** The customers of each line of a bridge, counted as the walk classifies them: mutable, one per walk. */
  private static final class Tally {
    int atStart;
    int atEnd;
    int newCustomers;
    int expanded;
    int reactivated;
    int contracted;
    int churned;
    int unchanged;

    void count(boolean inStart, boolean inEnd, Movement line) {
      atStart += inStart ? 1 : 0;
      atEnd += inEnd ? 1 : 0;
      switch (line) {
        case NEW -> newCustomers++;
        case EXPANSION -> expanded++;
        case REACTIVATION -> reactivated++;
        case CONTRACTION -> contracted++;
        case CHURN -> churned++;
        case UNCHANGED -> unchanged++;
        case NONE -> { }
      }
    }

    MrrMovements.Counts counts() {
      return new MrrMovements.Counts(atStart, newCustomers, expanded, reactivated, contracted, churned, unchanged,
          atEnd);
    }
  }
}
