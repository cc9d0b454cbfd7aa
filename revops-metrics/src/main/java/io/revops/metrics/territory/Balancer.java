package io.revops.metrics.territory;

import java.util.Arrays;

/**
 * The array-backed search behind {@link TerritoryPlanner}: accounts {@code 0..n-1} with a balance weight, a
 * workload and the reps each may go to; reps {@code 0..m-1} with a workload capacity. The objective is the
 * largest rep load (sum of weights), the makespan of restricted assignment with capacities.
 *
 * <p>The heuristic: pinned accounts first; the rest by longest-processing-time-first (heaviest account to the
 * least loaded eligible rep with capacity left); then local search from the most loaded rep — the single move,
 * or failing that the swap, that lowers the larger of the two reps' loads most — until neither lowers it. Every
 * accepted step strictly lowers the sum of squared loads, so the search ends; a step cap guards it anyway.
 *
 * <p>Weights are doubles: the balance score is an estimate for the search, not money.
 *
 * <p>Mutable and not thread-safe; used inside one call of the planner.
 */
final class Balancer {
  private static final double EPS = 1e-12;

  private final int n;
  private final int m;
  private final double[] weight;
  private final long[] work;
  private final long[] capacity;
  private final boolean[][] eligible;
  private final boolean[] pinned;
  private final int[] rep;
  private final double[] load;
  private final long[] used;
  private final int[][] members;
  private final int[] size;
  private final int[] pos;
  private int steps;

  Balancer(double[] weight, long[] work, boolean[][] eligible, boolean[] pinned, long[] capacity) {
    this.n = weight.length;
    this.m = capacity.length;
    this.weight = weight;
    this.work = work;
    this.eligible = eligible;
    this.pinned = pinned;
    this.capacity = capacity;
    this.rep = new int[n];
    Arrays.fill(rep, -1);
    this.load = new double[m];
    this.used = new long[m];
    this.members = new int[m][Math.max(4, 2 * n / Math.max(1, m))];
    this.size = new int[m];
    this.pos = new int[n];
  }

  int repOf(int i) {
    return rep[i];
  }

  int steps() {
    return steps;
  }

  double load(int r) {
    return load[r];
  }

  double maxLoad() {
    double max = 0;
    for (int r = 0; r < m; r++) {
      max = Math.max(max, load[r]);
    }
    return max;
  }

  /** Puts account {@code i} with rep {@code r}, whatever the capacity (pinned accounts, kept accounts). */
  void place(int i, int r) {
    if (rep[i] >= 0) {
      remove(i);
    }
    rep[i] = r;
    load[r] += weight[i];
    used[r] += work[i];
    if (size[r] == members[r].length) {
      members[r] = Arrays.copyOf(members[r], 2 * size[r]);
    }
    members[r][size[r]] = i;
    pos[i] = size[r]++;
  }

  private void remove(int i) {
    int r = rep[i];
    load[r] -= weight[i];
    used[r] -= work[i];
    int last = members[r][--size[r]];
    members[r][pos[i]] = last;
    pos[last] = pos[i];
    rep[i] = -1;
  }

  boolean fits(int i, int r) {
    return eligible[i][r] && used[r] <= capacity[r] - work[i];
  }

  /** Places every unplaced account heaviest first with the least loaded eligible rep that has room; false if some found none. */
  boolean placeRemaining() {
    Integer[] order = new Integer[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (rep[i] < 0) order[k++] = i;
    }
    Integer[] todo = Arrays.copyOf(order, k);
    Arrays.sort(todo, (a, b) -> weight[a] != weight[b] ? Double.compare(weight[b], weight[a]) : Integer.compare(a, b));
    boolean all = true;
    for (int i : todo) {
      int best = -1;
      for (int r = 0; r < m; r++) {
        if (fits(i, r) && (best < 0 || load[r] < load[best])) best = r;
      }
      if (best < 0) {
        all = false;
      } else {
        place(i, best);
      }
    }
    return all;
  }

  /**
   * Local search until the largest load is at most {@code target} or no move or swap lowers it; at most
   * {@code maxSteps} steps. A move counts one step, a swap one.
   */
  void improve(double target, int maxSteps) {
    while (steps < maxSteps) {
      int a = 0;
      for (int r = 1; r < m; r++) {
        if (load[r] > load[a]) a = r;
      }
      if (load[a] <= target || !(bestMove(a) || bestSwap(a))) {
        return;
      }
      steps++;
    }
  }

  private boolean bestMove(int a) {
    int bestI = -1;
    int bestR = -1;
    double bestMax = load[a] - EPS;
    for (int k = 0; k < size[a]; k++) {
      int i = members[a][k];
      if (pinned[i] || weight[i] <= EPS) continue;
      for (int b = 0; b < m; b++) {
        if (b == a || load[b] + weight[i] >= bestMax || !fits(i, b)) continue;
        double newMax = Math.max(load[a] - weight[i], load[b] + weight[i]);
        if (newMax < bestMax) {
          bestMax = newMax;
          bestI = i;
          bestR = b;
        }
      }
    }
    if (bestI < 0) return false;
    place(bestI, bestR);
    return true;
  }

  private boolean bestSwap(int a) {
    int bestI = -1;
    int bestJ = -1;
    double bestMax = load[a] - EPS;
    for (int b = 0; b < m; b++) {
      if (b == a || load[b] >= load[a] - EPS) continue;
      double gap = load[a] - load[b];
      int[] sorted = movable(b);
      for (int k = 0; k < size[a]; k++) {
        int i = members[a][k];
        if (pinned[i] || !eligible[i][b]) continue;
        // the best partner j has weight[i] - weight[j] = gap / 2; look outward from there
        double ideal = weight[i] - gap / 2;
        int at = lowerBound(sorted, ideal);
        for (int lo = at - 1, hi = at; lo >= 0 || hi < sorted.length; lo--, hi++) {
          boolean any = false;
          if (hi < sorted.length) {
            double d = weight[i] - weight[sorted[hi]];
            if (d > EPS) {
              any = true;
              if (trySwap(a, b, i, sorted[hi], d, bestMax)) {
                bestMax = Math.max(load[a] - d, load[b] + d);
                bestI = i;
                bestJ = sorted[hi];
                break;
              }
            }
          }
          if (lo >= 0) {
            double d = weight[i] - weight[sorted[lo]];
            if (d < gap - EPS) {
              any = true;
              if (trySwap(a, b, i, sorted[lo], d, bestMax)) {
                bestMax = Math.max(load[a] - d, load[b] + d);
                bestI = i;
                bestJ = sorted[lo];
                break;
              }
            }
          }
          if (!any) break; // both directions left the range where a swap helps
        }
      }
    }
    if (bestI < 0) return false;
    int b = rep[bestJ];
    place(bestI, b);
    place(bestJ, a);
    return true;
  }

  private boolean trySwap(int a, int b, int i, int j, double d, double bestMax) {
    if (d <= EPS || Math.max(load[a] - d, load[b] + d) >= bestMax || !eligible[j][a]) return false;
    return used[b] - work[j] <= capacity[b] - work[i] && used[a] - work[i] <= capacity[a] - work[j];
  }

  /** Rep {@code b}'s accounts that may move, by weight. */
  private int[] movable(int b) {
    int[] out = new int[size[b]];
    int k = 0;
    for (int t = 0; t < size[b]; t++) {
      int j = members[b][t];
      if (!pinned[j]) out[k++] = j;
    }
    Integer[] boxed = new Integer[k];
    for (int t = 0; t < k; t++) boxed[t] = out[t];
    Arrays.sort(boxed, (x, y) -> Double.compare(weight[x], weight[y]));
    int[] sorted = new int[k];
    for (int t = 0; t < k; t++) sorted[t] = boxed[t];
    return sorted;
  }

  private int lowerBound(int[] sorted, double w) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (weight[sorted[mid]] < w) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
}
