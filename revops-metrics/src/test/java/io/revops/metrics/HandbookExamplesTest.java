package io.revops.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.funnel.LifecycleStage;
import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import io.revops.core.money.Ratio;
import io.revops.metrics.acquisition.Cac;
import io.revops.metrics.cycle.CycleThroughput;
import io.revops.metrics.planning.FunnelRates;
import io.revops.metrics.planning.GrowthLimit;
import io.revops.metrics.planning.PlanningModel;
import io.revops.metrics.planning.PlanningTarget;
import io.revops.metrics.planning.Projection;
import io.revops.metrics.planning.ReverseFunnel;
import io.revops.metrics.planning.Scenario;
import io.revops.metrics.planning.ScenarioComparison;
import io.revops.metrics.planning.Sensitivity;
import io.revops.metrics.revenue.NetRetention;
import io.revops.metrics.revenue.NrrBand;
import io.revops.metrics.revenue.RevenueAnalysis;
import io.revops.metrics.revenue.RevenueLedger;
import io.revops.metrics.revenue.RevenueRecord;
import io.revops.metrics.value.Ltv;
import io.revops.metrics.value.LtvCac;
import io.revops.metrics.value.LtvCacHealth;
import io.revops.metrics.value.LtvCacRatio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Every worked example of the handbook (SPEC §3–§4), in one place, through the public API: money to the
 * minor unit, ratios to four decimals. The notebook {@code revops-examples/notebooks/02-metrics.jsh} prints
 * the same figures.
 */
class HandbookExamplesTest {
  static final MonetaryAmount CAC = Amounts.of(500_000, "RUB");
  static final MonetaryAmount LTV = Amounts.of(1_920_000, "RUB");

  static void assertMoney(MonetaryAmount actual, String expected) {
    assertThat(actual.getCurrency().getCurrencyCode()).isEqualTo("RUB");
    assertThat(Amounts.toBigDecimal(actual).setScale(2, RoundingMode.UNNECESSARY)).isEqualTo(new BigDecimal(expected));
  }

  static void assertRatio(Ratio actual, String expected) {
    assertThat(actual.toBigDecimal().setScale(4, RoundingMode.HALF_EVEN)).isEqualTo(new BigDecimal(expected));
  }

  @Test
  void cacIs500ThousandRoubles() {
    MetricResult<MonetaryAmount> cac = Cac.of(Amounts.of(5_000_000, "RUB"), Amounts.of(10_000_000, "RUB"), 30);

    assertMoney(cac.value(), "500000.00");
    assertThat(cac).hasToString("CAC = 500 000,00 RUB (15 000 000,00 RUB spend / 30 new customers, same-period spend)");
  }

  @Test
  void ltvIs1920ThousandRoubles() {
    MetricResult<MonetaryAmount> ltv = Ltv.of(Amounts.of(200_000, "RUB"), 24, Rate.ofPercent(40));

    assertMoney(ltv.value(), "1920000.00");
  }

  @Test
  void ltvToCacIs384Healthy() {
    MetricResult<LtvCacRatio> r = LtvCac.of(LTV, CAC);

    assertRatio(r.value().ratio(), "3.8400");
    assertThat(r.value().health()).isEqualTo(LtvCacHealth.HEALTHY);
    // the same from the two results, as the notebook computes it
    assertThat(LtvCac.of(Ltv.of(Amounts.of(200_000, "RUB"), 24, Rate.ofPercent(40)),
        Cac.of(Amounts.of(5_000_000, "RUB"), Amounts.of(10_000_000, "RUB"), 30))).isEqualTo(r);
  }

  static final YearMonth START = YearMonth.of(2025, 1);
  static final YearMonth END = YearMonth.of(2026, 1);

  /** 100 customers × 100 000 RUB; 10 leave, 20 buy add-ons worth 3M RUB in total, 70 stay the same. */
  static RevenueAnalysis nrrExample() {
    List<RevenueRecord> records = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      String id = "C-" + i;
      records.add(RevenueRecord.of(id, START, Amounts.of(100_000, "RUB")));
      if (i > 10) {
        records.add(RevenueRecord.of(id, END, Amounts.of(i <= 30 ? 250_000 : 100_000, "RUB")));
      }
    }
    return RevenueAnalysis.of(RevenueLedger.of(records));
  }

  @Test
  void nrrIs120PercentAndGrrIs90Percent() {
    MetricResult<NetRetention> nrr = nrrExample().nrr(START, END);
    MetricResult<Rate> grr = nrrExample().grr(START, END);

    assertRatio(nrr.value().ratio(), "1.2000");
    assertThat(nrr.value().band()).isEqualTo(NrrBand.GROWING);
    assertThat(nrr.toString()).contains("12 000 000,00 RUB from 100 customers present at start / 10 000 000,00 RUB");
    assertThat(grr.value()).isEqualTo(Rate.ofPercent(90));
    var movements = nrrExample().movements(START, END).value();
    assertThat(movements.toString()).contains("+3 000 000,00 RUB", "-1 000 000,00 RUB", "12 000 000,00 RUB");
  }

  @Test
  void reverseFunnelFrom10CustomersNeeds50SqlAnd125Mql() {
    ReverseFunnel plan = ReverseFunnel.forTarget(10, FunnelRates.startingAt(LifecycleStage.MQL)
        .then(LifecycleStage.SQL, Rate.ofPercent(40))
        .then(LifecycleStage.CUSTOMER, Rate.ofPercent(20)));

    assertThat(plan.required(LifecycleStage.CUSTOMER)).isEqualTo(10);
    assertThat(plan.required(LifecycleStage.SQL)).isEqualTo(50);
    assertThat(plan.required(LifecycleStage.MQL)).isEqualTo(125);
  }

  @Test
  void cycleFrom90To60DaysIs1Point5TimesTheDeals() {
    MetricResult<Ratio> multiplier = CycleThroughput.dealsMultiplier(90, 60);

    assertRatio(multiplier.value(), "1.5000");
    assertThat(multiplier.explanation().orElseThrow()).contains("50% more deals a year");
  }

  @Test
  void planningModelUsesTheHandbookInputs() {
    PlanningModel model = PlanningModel.handbook();
    Projection current = model.project();

    assertThat(model.marketSize()).isEqualTo(10_000);
    assertThat(model.marketShare()).isEqualTo(Rate.ofPercent(5));
    assertThat(current.currentCustomers()).isEqualByComparingTo("500");
    assertMoney(model.averageDeal(), "2000000.00");
    assertMoney(model.currentRevenue(), "1000000000.00");
    assertMoney(model.marketingBudget(), "50000000.00");
    assertThat(model.funnel()).isEqualTo(FunnelRates.handbook());
    assertThat(model.salesCycleDays()).isEqualByComparingTo("90");
    assertThat(List.of(model.marketers(), model.salesReps(), model.customerSuccess()))
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(BigDecimal.valueOf(5), BigDecimal.valueOf(15), BigDecimal.valueOf(3));
  }

  @Test
  void threeScenariosSideBySide() {
    ScenarioComparison c = PlanningModel.handbook()
        .compare(Scenario.organic(), Scenario.marketingInvestment(), Scenario.retentionFocus());

    assertThat(c.projections()).extracting(Projection::name)
        .containsExactly("organic", "marketing investment", "retention focus");
    Projection organic = c.projection("organic");
    Projection marketing = c.projection("marketing investment");
    Projection retention = c.projection("retention focus");
    // organic: 120 000 visitors → 288 SQL → 72 customers; 1 000M × 0.9 + 72 × 2M
    assertThat(organic.newCustomers()).isEqualTo(72);
    assertMoney(organic.revenue(), "1044000000.00");
    assertMoney(organic.cac().value(), "1486111.11");
    assertMoney(organic.ltv().value(), "8000000.00");
    assertRatio(organic.ltvToCac().value().ratio(), "5.3832");
    // marketing investment: budget ×1.5, +3 marketers; sales capacity (365 SQL) binds
    assertThat(marketing.limitedBy()).isEqualTo(GrowthLimit.SALES_CAPACITY);
    assertThat(marketing.newCustomers()).isEqualTo(91);
    assertMoney(marketing.revenue(), "1082000000.00");
    assertMoney(marketing.cac().value(), "1529670.33");
    // retention focus: +2 customer success, churn ×0.6 = 6%: LTV 2M × 40% / 6%
    assertMoney(retention.revenue(), "1084000000.00");
    assertMoney(retention.ltv().value(), "13333333.33");
    assertThat(retention.growth().value()).isEqualByComparingTo("0.084");
  }

  @Test
  void sensitivityNamesTheBottleneck() {
    Sensitivity s = PlanningModel.handbook().sensitivity(PlanningTarget.NEW_CUSTOMERS, Rate.ofPercent(10));

    assertThat(s.top().name()).isEqualTo("SQL→customer");
    assertThat(s.top().effect()).isEqualByComparingTo("7.2");
    assertThat(s.tiedWithTop()).extracting(Sensitivity.LeverEffect::name)
        .containsExactly("visitor→lead", "lead→MQL", "MQL→SQL");
    assertThat(s.reason()).startsWith("SQL→customer: +10% → +7.2 new customers (growth limited by funnel demand");
  }
}
