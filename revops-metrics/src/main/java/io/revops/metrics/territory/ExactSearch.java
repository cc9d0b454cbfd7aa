package io.revops.metrics.territory;

import java.util.Arrays;

/**
 * Branch and bound for small instances: every assignment of the free accounts (heaviest first) to the reps
 * that cover them and have room, pruned when a rep's load or the average load reaches the best plan known,
 * with interchangeable reps (same territory, same capacity, same load) tried once. Started from the heuristic's
 * plan, it either finishes — the plan it returns is optimal — or stops at a node budget and says so.
 *
 * <p>Mutable and not thread-safe; used inside one call of the planner.
 */
final class ExactSearch {
  private static final double EPS = 1e-12;

  private final double[] weight;
  private final long[] work;
  private final boolean[][] eligible;
  private final long[] capacity;
  private final int m;
  private final int[] order;
  private final double[] suffix;
  private final int[] repClass;
  private final double[] load;
  private final long[] used;
  private final int[] current;
  private int[] best;
  private double bestMax;
  private long nodes;
  private final long nodeLimit;

  /**
   * @param start the heuristic's assignment (pinned accounts included; -1 for unplaced, which stay unplaced)
   * @param free true for the accounts the search may move
   */
  ExactSearch(double[] weight, long[] work, boolean[][] eligible, long[] capacity, int[] start, boolean[] free,
      long nodeLimit) {
    this.weight = weight;
    this.work = work;
    this.eligible = eligible;
    this.capacity = capacity;
    this.m = capacity.length;
    this.nodeLimit = nodeLimit;
    this.load = new double[m];
    this.used = new long[m];
    this.current = start.clone();
    this.best = start.clone();
    int k = 0;
    Integer[] boxed = new Integer[start.length];
    for (int i = 0; i < start.length; i++) {
      if (free[i] && start[i] >= 0) {
        boxed[k++] = i;
      } else if (start[i] >= 0) {
        load[start[i]] += weight[i];
        used[start[i]] += work[i];
      }
    }
    Integer[] f = Arrays.copyOf(boxed, k);
    Arrays.sort(f, (a, b) -> weight[a] != weight[b] ? Double.compare(weight[b], weight[a]) : Integer.compare(a, b));
    this.order = new int[k];
    this.suffix = new double[k + 1];
    for (int t = 0; t < k; t++) order[t] = f[t];
    for (int t = k - 1; t >= 0; t--) suffix[t] = suffix[t + 1] + weight[order[t]];
    double[] startLoad = load.clone();
    for (int i : order) startLoad[start[i]] += weight[i];
    this.bestMax = Arrays.stream(startLoad).max().orElse(0);
    this.repClass = new int[m];
    for (int r = 0; r < m; r++) {
      repClass[r] = r;
      for (int q = 0; q < r; q++) {
        if (capacity[q] == capacity[r] && sameColumn(q, r)) {
          repClass[r] = repClass[q];
          break;
        }
      }
    }
  }

  private boolean sameColumn(int q, int r) {
    for (int i : order) {
      if (eligible[i][q] != eligible[i][r]) return false;
    }
    return true;
  }

  /** Runs the search; true if it finished (the returned plan is optimal). */
  boolean run() {
    double total = 0;
    for (int r = 0; r < m; r++) total += load[r];
    dfs(0, total);
    return nodes <= nodeLimit;
  }

  int[] best() {
    return best;
  }

  private void dfs(int depth, double placed) {
    if (++nodes > nodeLimit) return;
    if (depth == order.length) {
      double max = 0;
      for (int r = 0; r < m; r++) max = Math.max(max, load[r]);
      if (max < bestMax - EPS) {
        bestMax = max;
        best = current.clone();
      }
      return;
    }
    if ((placed + suffix[depth]) / m >= bestMax - EPS) return;
    int i = order[depth];
    double w = weight[i];
    for (int r = 0; r < m; r++) {
      if (!eligible[i][r] || used[r] > capacity[r] - work[i] || load[r] + w >= bestMax - EPS || twinTried(r)) continue;
      load[r] += w;
      used[r] += work[i];
      current[i] = r;
      dfs(depth + 1, placed + w);
      load[r] -= w;
      used[r] -= work[i];
      if (nodes > nodeLimit) return;
    }
  }

  /** True if an interchangeable rep before {@code r} is in the same state, so trying r repeats it. */
  private boolean twinTried(int r) {
    for (int q = 0; q < r; q++) {
      if (repClass[q] == repClass[r] && load[q] == load[r] && used[q] == used[r]) return true;
    }
    return false;
  }
}
