package io.revops.metrics.territory;

import java.util.HashMap;
import java.util.Map;

/**
 * A lower bound on the largest rep load of any assignment: the optimum of the fractional relaxation of
 * restricted assignment (accounts may be split between the reps they may go to, capacities ignored), which is
 * <pre>
 *   max( max over accounts of its weight,
 *        max over sets S of reps of (weight of the accounts that may go only to reps in S) / |S| )
 * </pre>
 * (a Hall-type condition: those accounts must be carried by the reps of S). With at most {@value #EXACT_REPS}
 * reps every set is tried (sum over subsets in {@code 2^m · m} steps), which makes the bound the relaxation's
 * exact optimum; with up to 63, only the sets that are some account's eligible reps, and all reps; with more, all
 * reps only.
 *
 * <p>The bound is what proves a plan's gap to the optimum without finding the optimum: a plan whose largest
 * load is within x% of it is within x% of the best possible plan.
 */
final class LowerBound {
  static final int EXACT_REPS = 16;
  private static final int MAX_DISTINCT_SETS = 4096;

  private LowerBound() {}

  /** The bound over the accounts with at least one eligible rep ({@code eligible[i][r]}: account i may go to rep r). */
  static double of(double[] weight, boolean[][] eligible, int m) {
    if (m > 63) {
      return coarse(weight, eligible, m);
    }
    long[] masks = new long[weight.length];
    for (int i = 0; i < weight.length; i++) {
      for (int r = 0; r < m; r++) {
        if (eligible[i][r]) masks[i] |= 1L << r;
      }
    }
    double maxWeight = 0;
    Map<Long, Double> bySet = new HashMap<>();
    for (int i = 0; i < weight.length; i++) {
      if (masks[i] == 0) continue;
      maxWeight = Math.max(maxWeight, weight[i]);
      bySet.merge(masks[i], weight[i], Double::sum);
    }
    double best = maxWeight;
    if (m <= EXACT_REPS) {
      double[] sum = new double[1 << m];
      bySet.forEach((mask, w) -> sum[(int) (long) mask] += w);
      for (int bit = 0; bit < m; bit++) {
        for (int s = 0; s < sum.length; s++) {
          if ((s & (1 << bit)) != 0) sum[s] += sum[s ^ (1 << bit)];
        }
      }
      for (int s = 1; s < sum.length; s++) {
        best = Math.max(best, sum[s] / Integer.bitCount(s));
      }
      return best;
    }
    long all = (1L << m) - 1;
    bySet.putIfAbsent(all, 0.0);
    Long[] sets = bySet.keySet().toArray(new Long[0]);
    if (sets.length > MAX_DISTINCT_SETS) {
      sets = new Long[] {all};
    }
    for (long s : sets) {
      double total = 0;
      for (Map.Entry<Long, Double> e : bySet.entrySet()) {
        if ((e.getKey() & ~s) == 0) total += e.getValue();
      }
      best = Math.max(best, total / Long.bitCount(s));
    }
    return best;
  }

  /** Total over all reps, and the heaviest account: the bound for more reps than a bit set holds. */
  private static double coarse(double[] weight, boolean[][] eligible, int m) {
    double total = 0;
    double max = 0;
    for (int i = 0; i < weight.length; i++) {
      boolean any = false;
      for (boolean e : eligible[i]) any |= e;
      if (!any) continue;
      total += weight[i];
      max = Math.max(max, weight[i]);
    }
    return Math.max(max, total / m);
  }
}
