package io.revops.metrics.territory;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Quote;
import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;

/**
 * Assigns accounts to reps so that potential and workload are balanced, under each rep's regions,
 * industries and capacity, and with pinned accounts kept where they are.
 *
 * <p><b>Objective.</b> Each account gets a balance weight {@code w · potential / total potential + (1 − w) ·
 * workload / total workload} ({@code w} = {@link #withPotentialWeight potential weight}, 50% by default; if both
 * totals are zero, every account weighs the same). A rep's score is the sum of its accounts' weights, and the
 * planner minimises the largest score: the fair share is {@code 1 / reps}. This is makespan scheduling with
 * restricted assignment and capacities, NP-hard; the planner is a documented heuristic (see below), and every
 * plan carries a {@linkplain TerritoryPlan#lowerBound() lower bound} on the optimum, so the gap it reports is
 * proven, not estimated.
 *
 * <p><b>Heuristic.</b> Pinned accounts first, with their rep; then the rest heaviest first, each to the least
 * loaded rep who covers it and has capacity left (LPT); then local search on the most loaded rep: the move of
 * one account, or failing that the swap of two, that lowers the larger of the two reps' scores most, until no
 * move or swap lowers the largest score. No solver dependency: OR-Tools ships native code and Timefold is a
 * framework, both heavy for an embeddable library, and on the instances measured (see {@code BENCHMARKS.md})
 * this stays within a fraction of a percent of the bound.
 *
 * <p>A fresh plan of at most {@value #EXACT_ACCOUNTS} accounts is then searched exactly by branch and bound
 * (within a budget of 2 million nodes; the plan says whether it finished, and if it did, that it is optimal).
 *
 * <p><b>Re-planning</b> ({@link #replan}) starts from each account's current rep, keeps every account whose rep
 * is still in the plan, covers it and has room, places the others by LPT, and then takes local-search steps only
 * while the largest score is above the bound by more than the tolerance: each step is the single move (or
 * swap) that helps most, so few accounts move. The plan lists the accounts that moved.
 *
 * <p>Scores are doubles (an estimate for the search); potentials in the plan are exact sums of money.
 *
 * <p><b>Cost.</b> LPT is {@code O(n log n + n·m)}; a local-search step {@code O(n/m · m)} for moves and
 * {@code O(m · n/m · log(n/m))} for swaps; the bound {@code O(2^m·m)} for up to 16 reps. 10 000 accounts and
 * 50 reps plan in well under a second (see {@code BENCHMARKS.md}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TerritoryPlanner {
  private static final Rate DEFAULT_POTENTIAL_WEIGHT = Rate.ofPercent(50);
  /** Fresh plans of at most this many accounts are searched exactly after the heuristic. */
  static final int EXACT_ACCOUNTS = 20;
  private static final long EXACT_NODES = 2_000_000;

  private final List<Rep> reps;
  private final Rate potentialWeight;

  private TerritoryPlanner(List<Rep> reps, Rate potentialWeight) {
    this.reps = reps;
    this.potentialWeight = potentialWeight;
  }

  /**
   * A planner for {@code reps}, balancing potential and workload equally.
   *
   * @throws IllegalArgumentException if there is no rep or two share an id
   */
  public static TerritoryPlanner of(Collection<Rep> reps) {
    requireNonNull(reps, "reps");
    checkArgument(!reps.isEmpty(), "reps must not be empty");
    Set<String> ids = new HashSet<>();
    for (Rep r : reps) {
      requireNonNull(r, "reps must not contain null");
      checkArgument(ids.add(r.id()), "reps must have distinct ids: %s appears twice", Quote.bounded(r.id()));
    }
    return new TerritoryPlanner(List.copyOf(reps), DEFAULT_POTENTIAL_WEIGHT);
  }

  /** This planner, weighing potential by {@code weight} and workload by its complement. */
  public TerritoryPlanner withPotentialWeight(Rate weight) {
    requireNonNull(weight, "weight");
    return new TerritoryPlanner(reps, weight);
  }

  /** The reps. */
  public List<Rep> reps() {
    return reps;
  }

  /** The weight of potential in the balance score (workload weighs its complement). */
  public Rate potentialWeight() {
    return potentialWeight;
  }

  /**
   * A fresh plan: current reps are ignored except for pinned accounts.
   *
   * @throws IllegalArgumentException if there is no account, two share an id, or potentials are in different currencies
   */
  public TerritoryPlan plan(Collection<Account> accounts) {
    return solve(accounts, false, Rate.ZERO);
  }

  /**
   * A re-plan that moves few accounts: each stays with its current rep unless it cannot, and the local search
   * stops as soon as the largest score is within {@code tolerance} of the lower bound (or cannot be lowered).
   *
   * @throws IllegalArgumentException as {@link #plan}
   */
  public TerritoryPlan replan(Collection<Account> accounts, Rate tolerance) {
    requireNonNull(tolerance, "tolerance");
    return solve(accounts, true, tolerance);
  }

  private TerritoryPlan solve(Collection<Account> input, boolean keep, Rate tolerance) {
    List<Account> accounts = validate(input);
    int n = accounts.size();
    int m = reps.size();
    Map<String, Integer> repIndex = new HashMap<>();
    for (int r = 0; r < m; r++) {
      repIndex.put(reps.get(r).id(), r);
    }
    double[] weight = weights(accounts);
    long[] work = new long[n];
    boolean[][] eligible = new boolean[n][m];
    boolean[] pinned = new boolean[n];
    long[] capacity = new long[m];
    for (int r = 0; r < m; r++) {
      capacity[r] = reps.get(r).capacity();
    }
    Map<Account, String> unassigned = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Account a = accounts.get(i);
      work[i] = a.workload();
      if (a.isPinned()) {
        Integer r = repIndex.get(a.currentRep().orElseThrow());
        if (r == null) {
          unassigned.put(a, "pinned to " + a.currentRep().orElseThrow() + ", who is not in the plan");
        } else {
          pinned[i] = true;
          eligible[i][r] = true;
        }
        continue;
      }
      for (int r = 0; r < m; r++) {
        eligible[i][r] = reps.get(r).covers(a);
      }
    }
    Balancer b = new Balancer(weight, work, eligible, pinned, capacity);
    for (int i = 0; i < n; i++) {
      if (pinned[i]) b.place(i, repIndex.get(accounts.get(i).currentRep().orElseThrow()));
    }
    if (keep) {
      for (int i = 0; i < n; i++) {
        Integer r = accounts.get(i).currentRep().map(repIndex::get).orElse(null);
        if (!pinned[i] && r != null && b.fits(i, r)) b.place(i, r);
      }
    }
    b.placeRemaining();
    double bound = LowerBound.of(weight, eligible, m);
    double target = keep ? bound * (1 + tolerance.toBigDecimal().doubleValue()) : 0;
    b.improve(target, 50 * n + 100);
    int[] assignment = new int[n];
    for (int i = 0; i < n; i++) {
      assignment[i] = b.repOf(i);
    }
    String method = "LPT + local search";
    if (!keep && n <= EXACT_ACCOUNTS) {
      boolean[] free = new boolean[n];
      for (int i = 0; i < n; i++) free[i] = !pinned[i];
      ExactSearch exact = new ExactSearch(weight, work, eligible, capacity, assignment, free, EXACT_NODES);
      boolean finished = exact.run();
      assignment = exact.best();
      method = finished ? "optimal (branch and bound)" : "branch and bound stopped at " + EXACT_NODES + " nodes";
      if (finished) {
        double max = 0;
        double[] loads = new double[m];
        for (int i = 0; i < n; i++) if (assignment[i] >= 0) loads[assignment[i]] += weight[i];
        for (double l : loads) max = Math.max(max, l);
        bound = Math.max(bound, max); // proven optimal: the optimum is its own bound
      }
    }
    for (int i = 0; i < n; i++) {
      Account a = accounts.get(i);
      if (assignment[i] < 0 && !unassigned.containsKey(a)) {
        unassigned.put(a, whyUnplaced(a));
      }
    }
    List<Unassigned> left = new ArrayList<>();
    unassigned.forEach((a, why) -> left.add(new Unassigned(a, why)));
    String how = keep ? "re-plan from the current reps, tolerance " + tolerance.toPercentString(2, java.math.RoundingMode.HALF_EVEN)
        : "fresh plan";
    how = how + ", " + method;
    return new TerritoryPlan(reps, accounts, assignment, weight, bound, left, b.steps(), potentialWeight, how);
  }

  private String whyUnplaced(Account a) {
    StringBuilder why = new StringBuilder();
    for (Rep r : reps) {
      Optional<String> no = r.whyNot(a);
      if (no.isEmpty()) {
        return "every rep who covers it is at capacity (workload " + a.workload() + ")";
      }
      if (why.length() < 300) why.append(why.length() == 0 ? "" : "; ").append(r.id()).append(": ").append(no.get());
    }
    return "no rep covers it (" + why + ")";
  }

  private static List<Account> validate(Collection<Account> input) {
    requireNonNull(input, "accounts");
    List<Account> accounts = List.copyOf(input);
    checkArgument(!accounts.isEmpty(), "accounts must not be empty");
    Set<String> ids = new HashSet<>();
    CurrencyUnit currency = null;
    for (Account a : accounts) {
      checkArgument(ids.add(a.id()), "accounts must have distinct ids: %s appears twice", Quote.bounded(a.id()));
      if (currency == null) {
        currency = a.potential().getCurrency();
      }
      checkArgument(a.potential().getCurrency().equals(currency),
          "potentials must be in one currency: account %s is in %s, the first in %s", Quote.bounded(a.id()),
          a.potential().getCurrency(), currency);
    }
    return accounts;
  }

  private double[] weights(List<Account> accounts) {
    int n = accounts.size();
    double[] potential = new double[n];
    double[] work = new double[n];
    double totalP = 0;
    double totalW = 0;
    for (int i = 0; i < n; i++) {
      potential[i] = Amounts.toBigDecimal(accounts.get(i).potential()).doubleValue();
      work[i] = accounts.get(i).workload();
      totalP += potential[i];
      totalW += work[i];
    }
    double wp = potentialWeight.toBigDecimal().doubleValue();
    if (totalP == 0 && totalW == 0) {
      wp = 0;
    } else if (totalP == 0) {
      wp = 0;
    } else if (totalW == 0) {
      wp = 1;
    }
    double[] weight = new double[n];
    for (int i = 0; i < n; i++) {
      double p = totalP == 0 ? 0 : potential[i] / totalP;
      double w = totalW == 0 ? 1.0 / n : work[i] / totalW;
      weight[i] = wp * p + (1 - wp) * w;
    }
    return weight;
  }

  @Override
  public String toString() {
    return "TerritoryPlanner[" + reps.size() + " reps, potential weight "
        + potentialWeight.toPercentString(0, java.math.RoundingMode.HALF_EVEN) + "]";
  }

}
