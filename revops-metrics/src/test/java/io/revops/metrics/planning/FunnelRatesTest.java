package io.revops.metrics.planning;

import static io.revops.core.funnel.LifecycleStage.CUSTOMER;
import static io.revops.core.funnel.LifecycleStage.LEAD;
import static io.revops.core.funnel.LifecycleStage.MQL;
import static io.revops.core.funnel.LifecycleStage.OPPORTUNITY;
import static io.revops.core.funnel.LifecycleStage.SQL;
import static io.revops.core.funnel.LifecycleStage.VISITOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.money.Rate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunnelRatesTest {

  @Test
  void handbookFunnelHasTheHandbookRates() {
    FunnelRates f = FunnelRates.handbook();
    assertThat(f.stages()).containsExactly(VISITOR, LEAD, MQL, SQL, CUSTOMER);
    assertThat(f.rates()).containsExactly(Rate.ofPercent(2), Rate.ofPercent(30), Rate.ofPercent(40), Rate.ofPercent(25));
    assertThat(f.rateInto(SQL)).contains(Rate.ofPercent(40));
    assertThat(f.rateInto(VISITOR)).isEmpty();
    assertThat(f).hasToString("visitor →2%→ lead →30%→ MQL →40%→ SQL →25%→ customer");
  }

  @Test
  void rateBetweenIsTheExactProduct() {
    FunnelRates f = FunnelRates.handbook();
    // 0.02 × 0.3 × 0.4 × 0.25 = 0.0006
    assertThat(f.rateBetween(VISITOR, CUSTOMER)).isEqualTo(Rate.of("0.0006"));
    assertThat(f.rateBetween(SQL, SQL)).isEqualTo(Rate.ONE);
    assertThatThrownBy(() -> f.rateBetween(SQL, LEAD)).hasMessageContaining("at or after SQL");
  }

  @Test
  void zeroRateIsRejectedNamingTheTransition() {
    FunnelRates mql = FunnelRates.startingAt(MQL);
    assertThatThrownBy(() -> mql.then(SQL, Rate.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("conversion rate MQL→SQL must be in (0, 1]: 0%");
    assertThatThrownBy(() -> FunnelRates.handbook().withRateInto(CUSTOMER, Rate.ZERO))
        .hasMessage("conversion rate SQL→customer must be in (0, 1]: 0%");
  }

  @Test
  void stagesMustMoveDownTheFunnel() {
    assertThatThrownBy(() -> FunnelRates.startingAt(SQL).then(MQL, Rate.ofPercent(10)))
        .hasMessage("stage must come after SQL in the funnel: MQL");
    assertThatThrownBy(() -> FunnelRates.startingAt(SQL).then(SQL, Rate.ofPercent(10)))
        .hasMessageContaining("must come after SQL");
  }

  @Test
  void stagesMaySkipTheOptionalOpportunity() {
    FunnelRates withOpportunity = FunnelRates.startingAt(SQL).then(OPPORTUNITY, Rate.ofPercent(50))
        .then(CUSTOMER, Rate.ofPercent(50));
    assertThat(withOpportunity.rateBetween(SQL, CUSTOMER)).isEqualTo(Rate.ofPercent(25));
    assertThat(withOpportunity).hasToString("SQL →50%→ opportunity →50%→ customer");
  }

  @Test
  void withRateIntoReplacesOneRateOnly() {
    FunnelRates f = FunnelRates.handbook().withRateInto(MQL, Rate.ofPercent(35));
    assertThat(f.rates()).containsExactly(Rate.ofPercent(2), Rate.ofPercent(35), Rate.ofPercent(40), Rate.ofPercent(25));
    assertThat(FunnelRates.handbook().rateInto(MQL)).contains(Rate.ofPercent(30));
    assertThatThrownBy(() -> f.withRateInto(VISITOR, Rate.ONE)).hasMessageContaining("stage after the first");
  }

  @Test
  void equalityFollowsStagesAndRates() {
    assertThat(FunnelRates.handbook()).isEqualTo(FunnelRates.handbook())
        .hasSameHashCodeAs(FunnelRates.handbook())
        .isNotEqualTo(FunnelRates.handbook().withRateInto(LEAD, Rate.ofPercent(3)));
    assertThat(FunnelRates.startingAt(MQL).stages()).isEqualTo(List.of(MQL));
  }
}
