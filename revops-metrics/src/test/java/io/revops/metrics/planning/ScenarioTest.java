package io.revops.metrics.planning;

import static io.revops.core.funnel.LifecycleStage.SQL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import org.junit.jupiter.api.Test;

class ScenarioTest {
  private static final PlanningModel HANDBOOK = PlanningModel.handbook();

  @Test
  void organicChangesNothing() {
    assertThat(HANDBOOK.apply(Scenario.organic())).isEqualTo(HANDBOOK);
    assertThat(Scenario.organic()).hasToString("organic: same resources");
  }

  @Test
  void marketingInvestmentRaisesBudgetAndMarketers() {
    PlanningModel m = HANDBOOK.apply(Scenario.marketingInvestment());
    assertThat(Amounts.isEqual(m.marketingBudget(), Amounts.of(75_000_000, "RUB"))).isTrue();
    assertThat(m.marketers()).isEqualByComparingTo("8");
    assertThat(m.salesReps()).isEqualByComparingTo(HANDBOOK.salesReps());
    assertThat(Scenario.marketingInvestment()).hasToString("marketing investment: budget ×1.5, marketers +3");
  }

  @Test
  void retentionFocusStrengthensCustomerSuccessAndLowersChurn() {
    PlanningModel m = HANDBOOK.apply(Scenario.retentionFocus());
    assertThat(m.customerSuccess()).isEqualByComparingTo("5");
    assertThat(m.annualChurn()).isEqualTo(Rate.ofPercent(6));
    assertThat(m.marketingBudget()).isEqualTo(HANDBOOK.marketingBudget());
  }

  @Test
  void everyLeverApplies() {
    Scenario s = Scenario.named("all").budgetTimes("2").plusMarketers(-1).plusSalesReps(5).plusCustomerSuccess(1)
        .withConversionInto(SQL, Rate.ofPercent(50)).withChurn(Rate.ofPercent(8)).churnTimes("0.5")
        .withSalesCycleDays(60).averageDealTimes("1.1");
    PlanningModel m = HANDBOOK.apply(s);
    assertThat(Amounts.isEqual(m.marketingBudget(), Amounts.of(100_000_000, "RUB"))).isTrue();
    assertThat(m.marketers()).isEqualByComparingTo("4");
    assertThat(m.salesReps()).isEqualByComparingTo("20");
    assertThat(m.customerSuccess()).isEqualByComparingTo("4");
    assertThat(m.funnel().rateInto(SQL)).contains(Rate.ofPercent(50));
    assertThat(m.annualChurn()).isEqualTo(Rate.ofPercent(4));
    assertThat(m.salesCycleDays()).isEqualByComparingTo("60");
    assertThat(Amounts.isEqual(m.averageDeal(), Amounts.of(2_200_000, "RUB"))).isTrue();
    assertThat(s.levers()).containsExactly("budget ×2", "marketers -1", "sales reps +5", "customer success +1",
        "conversion into SQL 50%", "churn 8%", "churn ×0.5", "cycle 60 days", "average deal ×1.1");
  }

  @Test
  void scenariosAreImmutableValues() {
    Scenario base = Scenario.named("x");
    Scenario more = base.plusMarketers(1);
    assertThat(base.levers()).isEmpty();
    assertThat(more.levers()).containsExactly("marketers +1");
    assertThat(Scenario.marketingInvestment()).isEqualTo(Scenario.marketingInvestment())
        .hasSameHashCodeAs(Scenario.marketingInvestment())
        .isNotEqualTo(Scenario.named("marketing investment").budgetTimes("1.5"));
  }

  @Test
  void badLeversFailNamingTheValue() {
    assertThatThrownBy(() -> Scenario.named(" ")).hasMessage("name must not be blank: \" \"");
    assertThatThrownBy(() -> Scenario.named("x").budgetTimes("-1")).hasMessage("budget factor must not be negative: -1");
    assertThatThrownBy(() -> Scenario.named("x").budgetTimes("lots")).hasMessage("budget factor must be a decimal number: \"lots\"");
    assertThatThrownBy(() -> Scenario.named("x").withSalesCycleDays(0)).hasMessage("salesCycleDays must be positive: 0");
    assertThatThrownBy(() -> Scenario.named("x").averageDealTimes("0")).hasMessage("average deal factor must be positive: 0");
    assertThatThrownBy(() -> HANDBOOK.apply(Scenario.named("x").plusMarketers(-6)))
        .hasMessage("marketers -6 must leave a non-negative headcount: 5 marketers");
    assertThatThrownBy(() -> HANDBOOK.apply(Scenario.named("x").churnTimes("11")))
        .hasMessage("churn ×11 must stay within [0, 1]: 10% × 11 = 1.1");
    assertThatThrownBy(() -> Scenario.named("x").withConversionInto(SQL, Rate.ZERO).applyTo(HANDBOOK))
        .hasMessage("conversion rate MQL→SQL must be in (0, 1]: 0%");
  }

  @Test
  void projectionKnowsItsScenario() {
    Projection p = HANDBOOK.project(Scenario.marketingInvestment());
    assertThat(p.name()).isEqualTo("marketing investment");
    assertThat(p.scenario()).contains(Scenario.marketingInvestment());
    assertThat(p.model().marketers()).isEqualByComparingTo("8");
    assertThat(p.toString()).startsWith("Projection \"marketing investment\" — budget ×1.5, marketers +3");
  }
}
