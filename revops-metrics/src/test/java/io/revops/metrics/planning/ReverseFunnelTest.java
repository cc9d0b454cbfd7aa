package io.revops.metrics.planning;

import static io.revops.core.funnel.LifecycleStage.CUSTOMER;
import static io.revops.core.funnel.LifecycleStage.LEAD;
import static io.revops.core.funnel.LifecycleStage.MQL;
import static io.revops.core.funnel.LifecycleStage.SQL;
import static io.revops.core.funnel.LifecycleStage.VISITOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.money.Amounts;
import io.revops.core.money.CurrencyMismatchException;
import io.revops.core.money.Rate;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReverseFunnelTest {
  private static final FunnelRates SLA_FUNNEL = FunnelRates.startingAt(MQL)
      .then(SQL, Rate.ofPercent(40))
      .then(CUSTOMER, Rate.ofPercent(20));

  @Test
  void handbookSlaQuota() {
    ReverseFunnel plan = ReverseFunnel.forTarget(10, SLA_FUNNEL);
    assertThat(plan.required(CUSTOMER)).isEqualTo(10);
    assertThat(plan.required(SQL)).isEqualTo(50);
    assertThat(plan.required(MQL)).isEqualTo(125);
    assertThat(plan.volumes()).containsExactly(
        java.util.Map.entry(MQL, 125L), java.util.Map.entry(SQL, 50L), java.util.Map.entry(CUSTOMER, 10L));
  }

  @Test
  void fractionsRoundUpToWholeLeads() {
    // 7 / 0.25 = 28 exactly; 7 / 0.3 = 23.3… → 24
    assertThat(ReverseFunnel.forTarget(7, FunnelRates.startingAt(SQL).then(CUSTOMER, Rate.ofPercent(25)))
        .required(SQL)).isEqualTo(28);
    assertThat(ReverseFunnel.forTarget(7, FunnelRates.startingAt(SQL).then(CUSTOMER, Rate.ofPercent(30)))
        .required(SQL)).isEqualTo(24);
  }

  @Test
  void eachStageIsRoundedUpFromTheRoundedUpStageBelow() {
    FunnelRates f = FunnelRates.startingAt(MQL).then(SQL, Rate.ofPercent(40)).then(CUSTOMER, Rate.ofPercent(30));
    ReverseFunnel plan = ReverseFunnel.forTarget(10, f);
    // 10 / 0.3 = 33.3… → 34 SQL; 34 / 0.4 = 85 MQL, where the unrounded chain 33.3… / 0.4 = 83.3… would give 84
    assertThat(plan.required(SQL)).isEqualTo(34);
    assertThat(plan.required(MQL)).isEqualTo(85);
    BigDecimal unroundedChain = BigDecimal.TEN.divide(new BigDecimal("0.12"), 0, java.math.RoundingMode.CEILING);
    assertThat(unroundedChain).isEqualByComparingTo("84");
  }

  @Test
  void handbookFullFunnel() {
    // 10 customers: 40 SQL, 100 MQL, 334 leads (333.3…), 16 700 visitors
    ReverseFunnel plan = ReverseFunnel.forTarget(10, FunnelRates.handbook());
    assertThat(plan.required(SQL)).isEqualTo(40);
    assertThat(plan.required(MQL)).isEqualTo(100);
    assertThat(plan.required(LEAD)).isEqualTo(334);
    assertThat(plan.required(VISITOR)).isEqualTo(16_700);
  }

  @Test
  void revenueTargetBecomesCustomersRoundingUp() {
    var deal = Amounts.of(2_000_000, "RUB");
    ReverseFunnel exact = ReverseFunnel.forRevenue(Amounts.of(20_000_000, "RUB"), deal, SLA_FUNNEL);
    assertThat(exact.target()).isEqualTo(10);
    assertThat(exact.required(MQL)).isEqualTo(125);
    assertThat(exact.targetRevenue()).hasValueSatisfying(v -> assertThat(Amounts.isEqual(v, Amounts.of(20_000_000, "RUB"))).isTrue());
    ReverseFunnel partial = ReverseFunnel.forRevenue(Amounts.of("20000000.01", "RUB"), deal, SLA_FUNNEL);
    assertThat(partial.target()).isEqualTo(11);
    assertThat(partial.toString()).contains("20 000 000,01 RUB / 2 000 000,00 RUB average deal, rounded up");
  }

  @Test
  void badInputIsRejectedNamingParameterValueAndRule() {
    assertThatThrownBy(() -> ReverseFunnel.forTarget(-1, SLA_FUNNEL)).hasMessage("target must not be negative: -1");
    assertThatThrownBy(() -> ReverseFunnel.forRevenue(Amounts.of(-5, "RUB"), Amounts.of(1, "RUB"), SLA_FUNNEL))
        .hasMessage("targetRevenue must not be negative: -5,00 RUB");
    assertThatThrownBy(() -> ReverseFunnel.forRevenue(Amounts.of(5, "RUB"), Amounts.of(0, "RUB"), SLA_FUNNEL))
        .hasMessage("averageDeal must be positive: 0,00 RUB");
    assertThatThrownBy(() -> ReverseFunnel.forRevenue(Amounts.of(5, "RUB"), Amounts.of(1, "USD"), SLA_FUNNEL))
        .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("averageDeal");
    assertThatThrownBy(() -> ReverseFunnel.forTarget(1, SLA_FUNNEL).required(VISITOR))
        .hasMessageContaining("stage must be a stage of").hasMessageContaining("VISITOR");
  }

  @Test
  void zeroTargetNeedsNothing() {
    ReverseFunnel plan = ReverseFunnel.forTarget(0, FunnelRates.handbook());
    assertThat(plan.volumes().values()).containsOnly(0L);
  }

  @Test
  void runForwardDeliversTheTarget() {
    ReverseFunnel plan = ReverseFunnel.forTarget(10, SLA_FUNNEL);
    ForwardFunnel forward = plan.runForward();
    assertThat(forward.top()).isEqualByComparingTo("125");
    assertThat(forward.whole(CUSTOMER)).isEqualTo(10);
  }

  @Test
  void printsAsATable() {
    assertThat(ReverseFunnel.forTarget(10, SLA_FUNNEL)).hasToString(
        "Reverse funnel for 10 customers (MQL →40%→ SQL →20%→ customer; each stage rounded up from the stage below)\n"
            + "  MQL       125\n"
            + "  SQL        50\n"
            + "  customer   10");
  }

  @Test
  void equality() {
    assertThat(ReverseFunnel.forTarget(10, SLA_FUNNEL)).isEqualTo(ReverseFunnel.forTarget(10, SLA_FUNNEL))
        .isNotEqualTo(ReverseFunnel.forTarget(11, SLA_FUNNEL))
        .isNotEqualTo(ReverseFunnel.forRevenue(Amounts.of(20, "RUB"), Amounts.of(2, "RUB"), SLA_FUNNEL));
  }
}
