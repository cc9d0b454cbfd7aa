package io.revops.metrics.territory;

import io.revops.core.check.Args;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One rep's part of a {@link TerritoryPlan}: the accounts, their potential (exact sum) and workload, each as a
 * share of the plan's total next to the fair share {@code 1 / reps}, and the balance score the planner evened
 * out (a double: {@code w · potential share + (1 − w) · workload share}, see {@link TerritoryPlanner}).
 *
 * @param rep the rep
 * @param accounts how many accounts the rep holds
 * @param potential the sum of their potentials, exact
 * @param workload the sum of their workloads
 * @param potentialShare the potential as a share of the plan's total; empty if the total is zero
 * @param workloadShare the workload as a share of the plan's total; empty if the total is zero
 * @param score the balance score
 * @param fairShare {@code 1 / reps}
 */
public record RepShare(Rep rep, int accounts, MonetaryAmount potential, long workload, Optional<Rate> potentialShare,
    Optional<Rate> workloadShare, double score, Rate fairShare) {

  /** Validates the parts. */
  public RepShare {
    requireNonNull(rep, "rep");
    Args.count("accounts", accounts);
    Args.count("workload", workload);
    Args.finite("score", score);
    requireNonNull(potential, "potential");
    requireNonNull(potentialShare, "potentialShare");
    requireNonNull(workloadShare, "workloadShare");
    requireNonNull(fairShare, "fairShare");
  }

  /** True if the rep carries more workload than the capacity (pinned or kept accounts can do that). */
  public boolean isOverCapacity() {
    return workload > rep.capacity();
  }

  /** The score relative to the fair share, minus one: {@code +0.03} is 3% more than a fair share. */
  public double overFairShare() {
    return score / fairShare.toBigDecimal().doubleValue() - 1;
  }

  @Override
  public String toString() {
    return rep.id() + ": " + accounts + (accounts == 1 ? " account" : " accounts")
        + ", potential " + Amounts.format(potential) + share(potentialShare)
        + ", workload " + workload + (rep.capacity() == Long.MAX_VALUE ? "" : " of capacity " + rep.capacity())
        + share(workloadShare) + (isOverCapacity() ? " OVER CAPACITY" : "")
        + String.format(Locale.ROOT, "; balance %+.2f%% against the fair share %s", 100 * overFairShare(),
            fairShare.toPercentString(2, RoundingMode.HALF_EVEN));
  }

  private static String share(Optional<Rate> share) {
    return share.map(s -> " (" + s.toPercentString(2, RoundingMode.HALF_EVEN) + ")").orElse("");
  }
}
