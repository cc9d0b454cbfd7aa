package io.revops.metrics.territory;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The result of a {@link TerritoryPlanner}: which rep holds each account, each rep's share of potential and
 * workload ({@link RepShare}), the accounts no rep could take ({@link Unassigned}), the accounts that moved
 * from their current rep, and how balanced the plan is — its largest balance score against a lower bound on
 * the best possible, so {@link #gapToBound()} is a proven bound on the distance from the optimum.
 *
 * <pre>
 * Territory plan (fresh plan, potential weight 50%): 100 accounts, 5 reps, 0 unassigned, 0 moved
 *   largest balance score 0.2004, lower bound 0.2000: within 0.21% of the optimum
 *   potential spread 19.71%–20.30% of total, workload spread 19.64%–20.41%, fair share 20.00%
 *   rep-1: 20 accounts, potential 41 250 000,00 RUB (20.05%), workload 161 (19.98%); balance +0.21% …
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TerritoryPlan {
  private final Map<String, String> repByAccount;
  private final List<RepShare> shares;
  private final List<Unassigned> unassigned;
  private final List<Account> moved;
  private final double largestScore;
  private final double lowerBound;
  private final int steps;
  private final Rate potentialWeight;
  private final String how;
  private final int accountCount;

  TerritoryPlan(List<Rep> reps, List<Account> accounts, int[] assignment, double[] weight, double lowerBound,
      List<Unassigned> unassigned, int steps, Rate potentialWeight, String how) {
    int m = reps.size();
    CurrencyUnit currency = accounts.get(0).potential().getCurrency();
    List<List<MonetaryAmount>> potentials = new ArrayList<>();
    long[] work = new long[m];
    int[] count = new int[m];
    double[] score = new double[m];
    for (int r = 0; r < m; r++) {
      potentials.add(new ArrayList<>());
    }
    Map<String, String> byAccount = new LinkedHashMap<>();
    List<Account> movedOut = new ArrayList<>();
    List<MonetaryAmount> all = new ArrayList<>();
    long totalWork = 0;
    for (int i = 0; i < accounts.size(); i++) {
      int r = assignment[i];
      if (r < 0) continue;
      Account a = accounts.get(i);
      potentials.get(r).add(a.potential());
      all.add(a.potential());
      work[r] += a.workload();
      totalWork += a.workload();
      count[r]++;
      score[r] += weight[i];
      String repId = reps.get(r).id();
      byAccount.put(a.id(), repId);
      if (a.currentRep().isPresent() && !a.currentRep().get().equals(repId)) movedOut.add(a);
    }
    MonetaryAmount total = Amounts.sum(currency, all);
    Rate fair = Rate.ofFraction(1, m);
    List<RepShare> out = new ArrayList<>();
    double largest = 0;
    for (int r = 0; r < m; r++) {
      MonetaryAmount p = Amounts.sum(currency, potentials.get(r));
      Optional<Rate> ps = Amounts.toBigDecimal(total).signum() == 0 ? Optional.empty()
          : Optional.of(Rate.of(Amounts.ratio(p, total, MathContext.DECIMAL64)));
      Optional<Rate> ws = totalWork == 0 ? Optional.empty() : Optional.of(Rate.ofFraction(work[r], totalWork));
      out.add(new RepShare(reps.get(r), count[r], p, work[r], ps, ws,
          score[r], fair));
      largest = Math.max(largest, score[r]);
    }
    this.repByAccount = Collections.unmodifiableMap(byAccount);
    this.shares = List.copyOf(out);
    this.unassigned = List.copyOf(unassigned);
    this.moved = List.copyOf(movedOut);
    this.largestScore = largest;
    this.lowerBound = lowerBound;
    this.steps = steps;
    this.potentialWeight = requireNonNull(potentialWeight);
    this.how = requireNonNull(how);
    this.accountCount = accounts.size();
  }

  /** The rep who holds account {@code accountId}, if it was assigned. */
  public Optional<String> repOf(String accountId) {
    requireNonNull(accountId, "accountId");
    return Optional.ofNullable(repByAccount.get(accountId));
  }

  /** Account id → rep id, for every assigned account, in input order. */
  public Map<String, String> assignment() {
    return repByAccount;
  }

  /** Each rep's share, in the planner's rep order. */
  public List<RepShare> shares() {
    return shares;
  }

  /** The accounts no rep could take, with the reason. */
  public List<Unassigned> unassigned() {
    return unassigned;
  }

  /** The accounts that had a current rep and now have another. */
  public List<Account> moved() {
    return moved;
  }

  /** The largest rep balance score (the objective; a double). */
  public double largestScore() {
    return largestScore;
  }

  /** A lower bound on the largest score of any plan of these accounts (see the planner); a double. */
  public double lowerBound() {
    return lowerBound;
  }

  /** {@code largestScore / lowerBound − 1}: the plan is at most this far above the optimum; 0 if the bound is 0. */
  public double gapToBound() {
    return lowerBound == 0 ? 0 : largestScore / lowerBound - 1;
  }

  /** The largest score over the fair share, minus one: how much the busiest rep carries beyond an even split. */
  public double imbalance() {
    return largestScore * shares.size() - 1;
  }

  /** The number of local-search steps taken (moves and swaps). */
  public int steps() {
    return steps;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "Territory plan (%s, potential weight %s): %d accounts, %d reps, %d unassigned, %d moved%n"
            + "  largest balance score %.4f, lower bound %.4f: within %.2f%% of the optimum; busiest rep %+.2f%% over the fair share%n"
            + "  potential %s, workload %s",
        how, potentialWeight.toPercentString(0, java.math.RoundingMode.HALF_EVEN), accountCount, shares.size(),
        unassigned.size(), moved.size(), largestScore, lowerBound, 100 * gapToBound(), 100 * imbalance(),
        spread(true), spread(false)));
    for (RepShare s : shares) {
      sb.append("\n  ").append(s);
    }
    for (Unassigned u : unassigned) {
      sb.append("\n  unassigned ").append(u);
    }
    return sb.toString();
  }

  private String spread(boolean potential) {
    double lo = Double.MAX_VALUE;
    double hi = -1;
    for (RepShare s : shares) {
      Optional<Rate> share = potential ? s.potentialShare() : s.workloadShare();
      if (share.isEmpty()) return "total zero";
      double v = share.get().toBigDecimal().doubleValue();
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    return String.format(Locale.ROOT, "%.2f%%–%.2f%% of total", 100 * lo, 100 * hi);
  }
}
