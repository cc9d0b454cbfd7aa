package io.revops.metrics.planning;

import static io.revops.core.funnel.LifecycleStage.CUSTOMER;
import static io.revops.core.funnel.LifecycleStage.MQL;
import static io.revops.core.funnel.LifecycleStage.SQL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.money.Amounts;
import io.revops.core.money.CurrencyMismatchException;
import io.revops.core.money.Rate;
import io.revops.core.money.Ratio;
import io.revops.metrics.value.LtvCacHealth;
import io.revops.metrics.value.LtvFormula;
import io.revops.metrics.value.ZeroChurnPolicy;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlanningModelTest {
  private static final PlanningModel HANDBOOK = PlanningModel.handbook();

  private static void assertMoney(javax.money.MonetaryAmount actual, String expected) {
    assertThat(Amounts.isEqual(actual, Amounts.of(expected, "RUB"))).as("%s = %s", Amounts.format(actual), expected).isTrue();
  }

  @Nested
  class HandbookProjection {
    private final Projection p = HANDBOOK.project();

    @Test
    void visitorsFunnelAndCapacity() {
      // 50 000 000 / 500 = 100 000 paid + 5 × 4 000 organic
      assertThat(p.paidVisitors()).isEqualByComparingTo("100000");
      assertThat(p.organicVisitors()).isEqualByComparingTo("20000");
      // 120 000 × 2% × 30% × 40% = 288 SQL; 15 reps × 6 SQLs × 365 / 90 days = 365 SQL capacity
      assertThat(p.sqlDemand()).isEqualByComparingTo("288");
      assertThat(p.salesCapacity()).isEqualByComparingTo("365");
      assertThat(p.limitedBy()).isEqualTo(GrowthLimit.DEMAND);
      // 288 × 25% = 72 new customers
      assertThat(p.expectedNewCustomers()).isEqualByComparingTo("72");
      assertThat(p.newCustomers()).isEqualTo(72);
    }

    @Test
    void customersAndRevenue() {
      // 10 000 × 5% = 500 customers (the handbook's figure); 10% churn leaves 450
      assertThat(p.currentCustomers()).isEqualByComparingTo("500");
      assertThat(p.retainedCustomers()).isEqualByComparingTo("450");
      assertThat(p.marketRoom()).isEqualByComparingTo("9550");
      // 1 000 000 000 × 0.9 + 72 × 2 000 000
      assertMoney(p.revenue(), "1044000000");
      assertThat(p.growth().value()).isEqualByComparingTo("0.044");
    }

    @Test
    void cacLtvAndRatio() {
      // 50M budget + 5 × 2.4M + 15 × 3M = 107M; / 72
      assertMoney(p.acquisitionCost(), "107000000");
      assertMoney(p.cac().value(), "1486111.11");
      // 2M / 12 × 40% × 120 months
      assertMoney(p.ltv().value(), "8000000");
      // 8M × 72 / 107M, from unrounded amounts
      BigDecimal expected = new BigDecimal("576000000").divide(new BigDecimal("107000000"), MathContext.DECIMAL128);
      assertThat(p.ltvToCac().value().ratio()).isEqualTo(Ratio.of(expected));
      assertThat(p.ltvToCacBand()).contains(LtvCacHealth.UNDER_INVESTING);
    }

    @Test
    void roi() {
      // gross profit 1 044M × 40% = 417.6M; cost 107M + 3 × 2.4M = 114.2M
      assertMoney(p.grossProfit(), "417600000");
      assertMoney(p.revenueTeamCost(), "114200000");
      BigDecimal expected = new BigDecimal("303400000").divide(new BigDecimal("114200000"), MathContext.DECIMAL128);
      assertThat(p.roi().value()).isEqualByComparingTo(expected);
    }

    @Test
    void resultsNameTheirPolicies() {
      assertThat(p.cac().policies()).contains(PlanningPolicy.TEAM_COST_IN_CAC, PlanningPolicy.WHOLE_NEW_CUSTOMERS);
      assertThat(p.ltv().policies()).containsExactly(LtvFormula.CHURN_BASED, ZeroChurnPolicy.undefined(),
          PlanningPolicy.LIFETIME_FROM_ANNUAL_CHURN);
      assertThat(p.cac().toString()).isEqualTo("CAC = 1 486 111,11 RUB (107 000 000,00 RUB spend / 72 new customers, "
          + "same-period spend, marketing budget + marketing and sales team cost, new customers rounded down)");
    }

    @Test
    void printsReadably() {
      assertThat(p.toString()).startsWith("Projection \"current\"\n")
          .contains("new customers  72 (expected 72, limited by funnel demand)")
          .contains("growth         +4.4%")
          .contains("LTV:CAC        5.38 under-investing in growth");
      assertThat(HANDBOOK.toString()).contains("market", "10000 potential customers, share 5%")
          .contains("visitor →2%→ lead →30%→ MQL →40%→ SQL →25%→ customer")
          .contains("500,00 RUB (assumption)");
    }
  }

  @Nested
  class Limits {
    @Test
    void salesCapacityCapsTheSqlsWorked() {
      Projection p = HANDBOOK.withSalesReps(BigDecimal.TEN).project();
      // 10 × 6 × 365 / 90 = 243.3… SQL < 288; × 25% = 60.83… customers
      assertThat(p.limitedBy()).isEqualTo(GrowthLimit.SALES_CAPACITY);
      BigDecimal capacity = new BigDecimal("21900").divide(new BigDecimal("90"), MathContext.DECIMAL128);
      assertThat(p.salesCapacity()).isEqualByComparingTo(capacity);
      assertThat(p.newCustomers()).isEqualTo(60);
    }

    @Test
    void shorterCycleMeansProportionallyMoreCapacity() {
      // the handbook: 90 → 60 days means 50% more deals with the same resources
      BigDecimal at90 = HANDBOOK.project().salesCapacity();
      BigDecimal at60 = HANDBOOK.withSalesCycleDays(60).project().salesCapacity();
      assertThat(at60.divide(at90, MathContext.DECIMAL128)).isEqualByComparingTo("1.5");
    }

    @Test
    void theMarketCapsNewCustomers() {
      Projection p = HANDBOOK.withMarketSize(500).withMarketShare(Rate.ONE).project();
      // all 500 are customers, 450 stay: 50 potential customers left < 72 the funnel would win
      assertThat(p.marketRoom()).isEqualByComparingTo("50");
      assertThat(p.limitedBy()).isEqualTo(GrowthLimit.MARKET);
      assertThat(p.newCustomers()).isEqualTo(50);
    }

    @Test
    void fractionalCustomersRoundDown() {
      Projection p = HANDBOOK.withCostPerVisitor(Amounts.of(501, "RUB")).project();
      // (50 000 000 / 501 + 20 000) × 0.0006 = 71.88… expected
      assertThat(p.expectedNewCustomers()).isBetween(new BigDecimal("71.8"), new BigDecimal("71.9"));
      assertThat(p.newCustomers()).isEqualTo(71);
    }
  }

  @Nested
  class NotComputable {
    @Test
    void cacWithoutNewCustomers() {
      Projection p = HANDBOOK.withMarketingBudget(Amounts.of(0, "RUB")).withMarketers(BigDecimal.ZERO).project();
      assertThat(p.newCustomers()).isZero();
      assertThat(p.cac().isComputed()).isFalse();
      assertThat(p.cac().reason()).contains("no new customers");
      assertThat(p.ltvToCac().reason()).contains("CAC: no new customers");
      assertThat(p.ltvToCacBand()).isEmpty();
    }

    @Test
    void ltvWithZeroChurn() {
      Projection p = HANDBOOK.withAnnualChurn(Rate.ZERO).project();
      assertThat(p.ltv().reason()).contains("zero churn: lifetime unbounded");
      assertThat(p.ltvToCac().reason()).contains("LTV: zero churn: lifetime unbounded");
      assertThat(p.toString()).contains("LTV not computable: zero churn");
    }

    @Test
    void growthWithoutCurrentRevenue() {
      Projection p = HANDBOOK.withCurrentRevenue(Amounts.of(0, "RUB")).project();
      assertThat(p.growth().reason()).contains("no current revenue");
      assertMoney(p.revenue(), "144000000");
    }

    @Test
    void roiWithoutCost() {
      Projection p = HANDBOOK.withMarketingBudget(Amounts.of(0, "RUB")).withCostPerMarketer(Amounts.of(0, "RUB"))
          .withCostPerSalesRep(Amounts.of(0, "RUB")).withCostPerCustomerSuccess(Amounts.of(0, "RUB")).project();
      assertThat(p.roi().reason()).contains("no revenue-team cost");
      assertThat(p.ltvToCac().reason()).contains("no acquisition cost");
    }
  }

  @Nested
  class Validation {
    @Test
    void negativeBudget() {
      assertThatThrownBy(() -> HANDBOOK.withMarketingBudget(Amounts.of(-1, "RUB")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("marketingBudget must not be negative: -1,00 RUB");
    }

    @Test
    void zeroCycle() {
      assertThatThrownBy(() -> HANDBOOK.withSalesCycleDays(0)).hasMessage("salesCycleDays must be positive: 0");
    }

    @Test
    void mixedCurrencies() {
      assertThatThrownBy(() -> HANDBOOK.withMarketingBudget(Amounts.of(1, "USD")))
          .isInstanceOf(CurrencyMismatchException.class)
          .hasMessageContaining("marketingBudget must be in RUB");
      assertThatThrownBy(() -> HANDBOOK.withCostPerVisitor(Amounts.of(1, "EUR")))
          .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("costPerVisitor");
    }

    @Test
    void zeroConversionNamesTheStage() {
      assertThatThrownBy(() -> HANDBOOK.withConversionInto(SQL, Rate.ZERO))
          .hasMessage("conversion rate MQL→SQL must be in (0, 1]: 0%");
    }

    @Test
    void funnelMustRunFromVisitorToCustomer() {
      FunnelRates partial = FunnelRates.startingAt(MQL).then(SQL, Rate.ofPercent(40)).then(CUSTOMER, Rate.ofPercent(20));
      assertThatThrownBy(() -> HANDBOOK.withFunnel(partial))
          .hasMessage("funnel must run from visitor through SQL to customer: MQL →40%→ SQL →20%→ customer");
    }

    @Test
    void otherBounds() {
      assertThatThrownBy(() -> HANDBOOK.withMarketSize(0)).hasMessage("marketSize must be positive: 0");
      assertThatThrownBy(() -> HANDBOOK.withMarketers(new BigDecimal("-1"))).hasMessage("marketers must not be negative: -1");
      assertThatThrownBy(() -> HANDBOOK.withCostPerVisitor(Amounts.of(0, "RUB"))).hasMessage("costPerVisitor must be positive: 0,00 RUB");
      assertThatThrownBy(() -> HANDBOOK.withMoneyScaledBy(BigDecimal.ZERO)).hasMessage("factor must be positive: 0");
    }
  }

  @Test
  void withersLeaveTheOriginalUnchanged() {
    PlanningModel changed = HANDBOOK.withSalesReps(BigDecimal.ONE);
    assertThat(HANDBOOK.salesReps()).isEqualByComparingTo("15");
    assertThat(changed.salesReps()).isEqualByComparingTo("1");
    assertThat(changed).isNotEqualTo(HANDBOOK);
    assertThat(PlanningModel.handbook()).isEqualTo(HANDBOOK).hasSameHashCodeAs(HANDBOOK);
  }

  @Test
  void scalingMoneyKeepsCustomersAndRatios() {
    Projection base = HANDBOOK.project();
    Projection scaled = HANDBOOK.withMoneyScaledBy(new BigDecimal("0.001")).project();
    assertThat(scaled.newCustomers()).isEqualTo(base.newCustomers());
    assertThat(scaled.ltvToCac().value()).isEqualTo(base.ltvToCac().value());
    assertMoney(scaled.ltv().value(), "8000");
    assertThat(Amounts.toBigDecimal(scaled.cac().value()))
        .isEqualByComparingTo(new BigDecimal("1486.11"));
  }
}
