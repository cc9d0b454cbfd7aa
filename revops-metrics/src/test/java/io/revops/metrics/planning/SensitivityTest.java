package io.revops.metrics.planning;

import static io.revops.core.funnel.LifecycleStage.CUSTOMER;
import static io.revops.core.funnel.LifecycleStage.LEAD;
import static io.revops.core.funnel.LifecycleStage.MQL;
import static io.revops.core.funnel.LifecycleStage.SQL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.money.Rate;
import java.math.BigDecimal;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

class SensitivityTest {
  private static final PlanningModel HANDBOOK = PlanningModel.handbook();
  private static final Rate TEN_PERCENT = Rate.ofPercent(10);

  @Test
  void listsEveryLeverSortedByEffect() {
    Sensitivity s = HANDBOOK.sensitivity(PlanningTarget.NEW_CUSTOMERS, TEN_PERCENT);
    assertThat(s.effects()).hasSize(Lever.all(HANDBOOK).size());
    assertThat(s.effects()).extracting(Sensitivity.LeverEffect::effect)
        .isSortedAccordingTo(Comparator.reverseOrder());
    // each effect is the re-projected target minus the baseline
    s.effects().forEach(e -> assertThat(e.effect())
        .isEqualByComparingTo(e.projection().expectedNewCustomers().subtract(s.baseline().expectedNewCustomers())));
  }

  @Test
  void demandLimitedFunnelTiesTheConversionRatesAndPrefersTheOneThatAddsNoSqls() {
    Sensitivity s = HANDBOOK.sensitivity(PlanningTarget.NEW_CUSTOMERS, TEN_PERCENT);
    // 72 × 10% = 7.2 more customers from any conversion rate
    assertThat(s.top().lever()).isEqualTo(Lever.conversionInto(CUSTOMER));
    assertThat(s.top().effect()).isEqualByComparingTo("7.2");
    assertThat(s.top().extraSqls()).isEqualByComparingTo("0");
    assertThat(s.tiedWithTop()).extracting(Sensitivity.LeverEffect::name)
        .containsExactly("visitor→lead", "lead→MQL", "MQL→SQL");
    assertThat(s.reason()).isEqualTo("SQL→customer: +10% → +7.2 new customers (growth limited by funnel "
        + "demand; tied with visitor→lead, lead→MQL, MQL→SQL, ranked first as it adds the fewest SQLs for sales "
        + "to work (+0))");
    // sales levers do nothing while demand limits growth
    assertThat(s.effects().stream().filter(e -> e.lever().equals(Lever.SALES_REPS)).findFirst().orElseThrow().effect())
        .isEqualByComparingTo("0");
  }

  @Test
  void uniqueTopLeverIsNamedWithItsEffect() {
    // with the other rates near 100% (capped), only MQL→SQL can take the full 10% step; with paid traffic
    // small next to organic (1 000 vs 20 000 visitors), cheaper visitors (+1 000 / 9) move less than +10% of all
    PlanningModel m = HANDBOOK.withConversionInto(LEAD, Rate.ofPercent(95)).withConversionInto(MQL, Rate.ofPercent(95))
        .withConversionInto(CUSTOMER, Rate.ONE).withMarketingBudget(io.revops.core.money.Amounts.of(500_000, "RUB"))
        .withSalesReps(BigDecimal.valueOf(1_000));
    Sensitivity s = m.sensitivity(PlanningTarget.NEW_CUSTOMERS, TEN_PERCENT);
    assertThat(s.top().name()).isEqualTo("MQL→SQL");
    assertThat(s.tiedWithTop()).isEmpty();
    // 21 000 visitors × 95% × 95% × 40% × 100% = 7 581 customers; +10% on MQL→SQL = +758.1
    assertThat(s.baseline().expectedNewCustomers()).isEqualByComparingTo("7581");
    assertThat(s.top().effect()).isEqualByComparingTo("758.1");
    assertThat(s.reason()).isEqualTo("MQL→SQL: +10% → +758.1 new customers (growth limited by funnel demand)");
    assertThat(s.effects().stream().filter(e -> e.name().equals("SQL→customer")).findFirst().orElseThrow().change())
        .isEqualTo("100% → 100% (capped)");
  }

  @Test
  void capacityLimitedFunnelPointsAtSales() {
    Sensitivity s = HANDBOOK.apply(Scenario.marketingInvestment()).sensitivity(PlanningTarget.NEW_CUSTOMERS, TEN_PERCENT);
    // a 10% shorter cycle is 1/0.9 = +11.1% capacity, more than +10% reps or +10% win rate
    assertThat(s.top().lever()).isEqualTo(Lever.SALES_CYCLE);
    assertThat(s.top().change()).isEqualTo("90 → 81 days");
    assertThat(s.reason()).startsWith("sales cycle: −10% → +10.14 new customers (growth limited by sales capacity");
    assertThat(s.effects().stream().filter(e -> e.name().equals("visitor→lead")).findFirst().orElseThrow().effect())
        .isEqualByComparingTo("0");
  }

  @Test
  void revenueTargetCountsChurnAndDeal() {
    Sensitivity s = HANDBOOK.sensitivity(PlanningTarget.REVENUE, TEN_PERCENT);
    var churn = s.effects().stream().filter(e -> e.lever().equals(Lever.CHURN)).findFirst().orElseThrow();
    // 1 000 000 000 × (10% − 9%) kept
    assertThat(churn.effect()).isEqualByComparingTo("10000000");
    assertThat(churn.effectText()).isEqualTo("+10 000 000,00 RUB revenue");
    // 72 new customers × 200 000 more each
    assertThat(s.top().lever()).isEqualTo(Lever.AVERAGE_DEAL);
    assertThat(s.top().effect()).isEqualByComparingTo("14400000");
  }

  @Test
  void noMovingLeverSaysSo() {
    PlanningModel stuck = HANDBOOK.withMarketSize(500).withMarketShare(Rate.ONE).withAnnualChurn(Rate.ZERO);
    Sensitivity s = stuck.sensitivity(PlanningTarget.NEW_CUSTOMERS, TEN_PERCENT);
    assertThat(s.top().effect()).isEqualByComparingTo("0");
    assertThat(s.reason()).isEqualTo("no single lever improved by 10% moves new customers (growth limited by market size)");
  }

  @Test
  void printsTheRankingAndTheFirstLever() {
    String text = HANDBOOK.sensitivity(PlanningTarget.NEW_CUSTOMERS, TEN_PERCENT).toString();
    assertThat(text).startsWith("Sensitivity of new customers to each lever improved by 10% (baseline 72 expected new "
        + "customers, limited by funnel demand)")
        .contains("MQL→SQL", "40% → 44%", "+7.2 new customers")
        .contains("Work on first: SQL→customer: +10% → +7.2 new customers");
  }

  @Test
  void stepMustBeBetweenZeroAndOne() {
    assertThatThrownBy(() -> HANDBOOK.sensitivity(PlanningTarget.REVENUE, Rate.ZERO)).hasMessage("step must be in (0, 1): 0%");
    assertThatThrownBy(() -> HANDBOOK.sensitivity(PlanningTarget.REVENUE, Rate.ONE)).hasMessage("step must be in (0, 1): 100%");
  }

  @Test
  void leversDescribeThemselves() {
    assertThat(Lever.all(HANDBOOK)).hasSize(11).contains(Lever.conversionInto(SQL));
    assertThat(Lever.SALES_CYCLE).hasToString("sales cycle (shorter)");
    assertThat(Lever.CHURN.isIncrease()).isFalse();
    assertThat(Lever.conversionInto(SQL).name()).isEqualTo("conversion into SQL");
  }
}
