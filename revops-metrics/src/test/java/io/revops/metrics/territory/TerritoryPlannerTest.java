package io.revops.metrics.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.revops.core.lead.Industry;
import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TerritoryPlannerTest {

  /** The balance weights the planner uses, recomputed independently from the accounts. */
  private static double[] weights(List<Account> accounts) {
    double p = accounts.stream().mapToDouble(a -> Amounts.toBigDecimal(a.potential()).doubleValue()).sum();
    double w = accounts.stream().mapToDouble(Account::workload).sum();
    return accounts.stream().mapToDouble(a -> 0.5 * Amounts.toBigDecimal(a.potential()).doubleValue() / p
        + 0.5 * a.workload() / w).toArray();
  }

  /** The optimum largest score, by trying every assignment that respects the reps' territories. */
  private static double exhaustiveOptimum(List<Account> accounts, List<Rep> reps) {
    double[] w = weights(accounts);
    return search(0, accounts, reps, w, new double[reps.size()]);
  }

  private static double search(int i, List<Account> accounts, List<Rep> reps, double[] w, double[] load) {
    if (i == accounts.size()) {
      double max = 0;
      for (double l : load) max = Math.max(max, l);
      return max;
    }
    double best = Double.MAX_VALUE;
    for (int r = 0; r < reps.size(); r++) {
      if (!reps.get(r).covers(accounts.get(i))) continue;
      load[r] += w[i];
      best = Math.min(best, search(i + 1, accounts, reps, w, load));
      load[r] -= w[i];
    }
    return best;
  }

  @Test
  void smallPlansAreOptimalAsExhaustiveSearchConfirms() {
    for (long seed = 1; seed <= 40; seed++) {
      List<Account> accounts = Instances.accounts(10, seed);
      List<Rep> reps = Instances.reps(3, true);
      double optimum = exhaustiveOptimum(accounts, reps);
      TerritoryPlan plan = TerritoryPlanner.of(reps).plan(accounts);
      assertThat(plan.largestScore()).as("seed %s", seed).isCloseTo(optimum, within(1e-12));
      assertThat(plan.gapToBound()).isCloseTo(0, within(1e-12));
      assertThat(plan.toString()).contains("optimal (branch and bound)");
    }
  }

  @Test
  void theLowerBoundNeverExceedsTheExhaustiveOptimum() {
    for (long seed = 1; seed <= 40; seed++) {
      List<Account> accounts = Instances.accounts(9, seed);
      List<Rep> reps = Instances.reps(3, true);
      double[] w = weights(accounts);
      boolean[][] eligible = new boolean[accounts.size()][reps.size()];
      for (int i = 0; i < accounts.size(); i++) {
        for (int r = 0; r < reps.size(); r++) eligible[i][r] = reps.get(r).covers(accounts.get(i));
      }
      assertThat(LowerBound.of(w, eligible, reps.size())).isLessThanOrEqualTo(exhaustiveOptimum(accounts, reps) + 1e-12);
    }
  }

  @Test
  void hundredAccountsOverFiveRepsAreProvenWithinTwoPercentOfTheOptimum() {
    double worst = 0;
    for (long seed = 1; seed <= 50; seed++) {
      for (boolean restricted : new boolean[] {false, true}) {
        List<Account> accounts = Instances.accounts(100, seed);
        TerritoryPlan plan = TerritoryPlanner.of(Instances.reps(5, restricted)).plan(accounts);
        assertThat(plan.unassigned()).isEmpty();
        assertThat(plan.gapToBound()).as("seed %s restricted %s: %s", seed, restricted, plan).isLessThanOrEqualTo(0.02);
        worst = Math.max(worst, plan.gapToBound());
      }
    }
  }

  @Test
  void respectsRegionsIndustriesCapacityAndPins() {
    List<Account> accounts = new ArrayList<>(Instances.accounts(60, 7));
    accounts.set(0, accounts.get(0).withCurrentRep("rep-3").pinned());
    List<Rep> reps = List.of(
        Rep.of("rep-0").withRegions(List.of("Moscow")),
        Rep.of("rep-1").withIndustries(List.of(Industry.IT, Industry.MANUFACTURING)),
        Rep.of("rep-2").withCapacity(250),
        Rep.of("rep-3").withRegions(List.of("Kazan")));
    TerritoryPlan plan = TerritoryPlanner.of(reps).plan(accounts);
    Map<String, Rep> byId = reps.stream().collect(Collectors.toMap(Rep::id, r -> r));
    for (Account a : accounts) {
      String rep = plan.repOf(a.id()).orElseThrow();
      if (!a.isPinned()) assertThat(byId.get(rep).covers(a)).as(a + " with " + rep).isTrue();
    }
    assertThat(plan.repOf("a0")).contains("rep-3");
    RepShare capped = plan.shares().get(2);
    assertThat(capped.workload()).isLessThanOrEqualTo(250);
    assertThat(capped.isOverCapacity()).isFalse();
    // shares add up exactly
    assertThat(Amounts.sum(Amounts.currency("RUB"), plan.shares().stream().map(RepShare::potential).toList()))
        .isEqualTo(Amounts.sum(Amounts.currency("RUB"), accounts.stream().map(Account::potential).toList()));
    assertThat(plan.toString()).contains("rep-2:", "of capacity 250", "within", "of the optimum");
  }

  @Test
  void anAccountNoRepCoversIsReportedWithTheReason() {
    List<Account> accounts = List.of(
        Account.of("far", "Vladivostok", Industry.IT, Amounts.of(1000, "RUB"), 3),
        Account.of("big", "Moscow", Industry.IT, Amounts.of(1000, "RUB"), 50),
        Account.of("ok", "Moscow", Industry.IT, Amounts.of(1000, "RUB"), 5),
        Account.of("lost", "Moscow", Industry.IT, Amounts.of(1000, "RUB"), 1).withCurrentRep("gone").pinned());
    TerritoryPlan plan = TerritoryPlanner.of(List.of(Rep.of("r").withRegions(List.of("Moscow")).withCapacity(10)))
        .plan(accounts);
    assertThat(plan.repOf("ok")).contains("r");
    assertThat(plan.unassigned()).extracting(u -> u.account().id()).containsExactlyInAnyOrder("far", "big", "lost");
    Map<String, String> why = new HashMap<>();
    plan.unassigned().forEach(u -> why.put(u.account().id(), u.reason()));
    assertThat(why.get("far")).contains("no rep covers it", "region Vladivostok not in [Moscow]");
    assertThat(why.get("big")).contains("at capacity", "workload 50");
    assertThat(why.get("lost")).contains("pinned to gone, who is not in the plan");
  }

  @Test
  void replanningABalancedPlanMovesNothingAndAfterChangesMovesFew() {
    List<Account> accounts = Instances.accounts(500, 11);
    List<Rep> reps = Instances.reps(10, false);
    TerritoryPlan first = TerritoryPlanner.of(reps).plan(accounts);
    List<Account> held = accounts.stream().map(a -> a.withCurrentRep(first.repOf(a.id()).orElseThrow())).toList();

    TerritoryPlan same = TerritoryPlanner.of(reps).replan(held, Rate.ofPercent(2));
    assertThat(same.moved()).isEmpty();

    // a new rep joins: the fresh plan reshuffles most accounts, the re-plan only enough to give the newcomer a share
    List<Rep> eleven = new ArrayList<>(reps);
    eleven.add(Rep.of("rep-new"));
    TerritoryPlan fresh = TerritoryPlanner.of(eleven).plan(held);
    TerritoryPlan re = TerritoryPlanner.of(eleven).replan(held, Rate.ofPercent(2));
    assertThat(re.gapToBound()).isLessThanOrEqualTo(0.02);
    assertThat(re.moved().size()).isLessThan(fresh.moved().size() / 3).isLessThanOrEqualTo(held.size() / 11 + 10);
    assertThat(re.moved()).allSatisfy(a -> assertThat(re.repOf(a.id())).isNotEqualTo(a.currentRep()));

    // a rep leaves: their accounts move, few others do
    List<Rep> nine = reps.subList(0, 9);
    TerritoryPlan without = TerritoryPlanner.of(nine).replan(held, Rate.ofPercent(2));
    long orphans = held.stream().filter(a -> a.currentRep().orElseThrow().equals("rep-9")).count();
    assertThat(without.moved().size()).isGreaterThanOrEqualTo((int) orphans).isLessThanOrEqualTo((int) orphans + 30);
    assertThat(without.gapToBound()).isLessThanOrEqualTo(0.02);
  }

  @Test
  void tenThousandAccountsAndFiftyRepsPlanInUnderTenSeconds() {
    List<Account> accounts = Instances.accounts(10_000, 3);
    List<Rep> reps = Instances.reps(50, true);
    long start = System.nanoTime();
    TerritoryPlan plan = TerritoryPlanner.of(reps).plan(accounts);
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(seconds).isLessThan(10);
    assertThat(plan.unassigned()).isEmpty();
    assertThat(plan.gapToBound()).isLessThan(0.02);
  }

  @Test
  void badInputNamesTheParameter() {
    assertThatThrownBy(() -> TerritoryPlanner.of(List.of())).hasMessageContaining("reps must not be empty");
    assertThatThrownBy(() -> TerritoryPlanner.of(List.of(Rep.of("r"), Rep.of("r")))).hasMessageContaining("r appears twice");
    Account a = Account.of("a", "Moscow", Industry.IT, Amounts.of(1, "RUB"), 1);
    Account usd = Account.of("b", "Moscow", Industry.IT, Amounts.of(1, "USD"), 1);
    assertThatThrownBy(() -> TerritoryPlanner.of(List.of(Rep.of("r"))).plan(List.of(a, usd)))
        .hasMessageContaining("one currency").hasMessageContaining("USD").hasMessageContaining("RUB");
    assertThatThrownBy(() -> TerritoryPlanner.of(List.of(Rep.of("r"))).plan(List.of(a, a)))
        .hasMessageContaining("a appears twice");
    assertThatThrownBy(() -> Account.of("x", "Moscow", Industry.IT, Amounts.of(1, "RUB"), -1))
        .hasMessageContaining("workload must not be negative: -1");
    assertThatThrownBy(() -> Account.of("x", "Moscow", Industry.IT, Amounts.of(1, "RUB"), 1).pinned())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no current rep");
    assertThatThrownBy(() -> Rep.of("r").withCapacity(-5)).hasMessageContaining("capacity must not be negative: -5");
  }

  @Test
  void expectedRevenueIsExactMoney() {
    assertThat(Account.expectedRevenue(Amounts.of(2_000_000, "RUB"), Rate.ofPercent(25), java.math.RoundingMode.HALF_EVEN))
        .isEqualTo(Amounts.of(500_000, "RUB"));
  }
}
