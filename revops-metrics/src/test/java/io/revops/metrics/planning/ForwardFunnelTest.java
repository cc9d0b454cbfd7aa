package io.revops.metrics.planning;

import static io.revops.core.funnel.LifecycleStage.CUSTOMER;
import static io.revops.core.funnel.LifecycleStage.LEAD;
import static io.revops.core.funnel.LifecycleStage.MQL;
import static io.revops.core.funnel.LifecycleStage.SQL;
import static io.revops.core.funnel.LifecycleStage.VISITOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ForwardFunnelTest {

  @Test
  void handbookFunnelFromVisitors() {
    ForwardFunnel f = ForwardFunnel.from(120_000, FunnelRates.handbook());
    // 120 000 × 2% = 2 400 leads, × 30% = 720 MQL, × 40% = 288 SQL, × 25% = 72 customers
    assertThat(f.expected(LEAD)).isEqualByComparingTo("2400");
    assertThat(f.expected(MQL)).isEqualByComparingTo("720");
    assertThat(f.expected(SQL)).isEqualByComparingTo("288");
    assertThat(f.expectedAtBottom()).isEqualByComparingTo("72");
    assertThat(f.whole(CUSTOMER)).isEqualTo(72);
  }

  @Test
  void expectedIsExactAndWholeRoundsDown() {
    ForwardFunnel f = ForwardFunnel.from(1_001, FunnelRates.handbook());
    // 1 001 × 0.0006 = 0.6006 customers: exact, and no whole customer to count on
    assertThat(f.expected(CUSTOMER)).isEqualTo(new BigDecimal("0.6006"));
    assertThat(f.whole(CUSTOMER)).isZero();
    assertThat(f.expected(LEAD)).isEqualTo(new BigDecimal("20.02"));
    assertThat(f.whole(LEAD)).isEqualTo(20);
    assertThat(f.expected(VISITOR)).isEqualTo(new BigDecimal("1001"));
  }

  @Test
  void fractionalTopIsAllowed() {
    assertThat(ForwardFunnel.from(new BigDecimal("10.5"), FunnelRates.handbook()).expected(LEAD))
        .isEqualTo(new BigDecimal("0.21"));
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> ForwardFunnel.from(-1, FunnelRates.handbook()))
        .hasMessage("top volume must not be negative: -1");
    assertThatThrownBy(() -> ForwardFunnel.from(1, FunnelRates.startingAt(SQL)).expected(LEAD))
        .hasMessageContaining("stage must be a stage of SQL: LEAD");
  }

  @Test
  void printsExpectedAndWhole() {
    String s = ForwardFunnel.from(1_001, FunnelRates.handbook()).toString();
    assertThat(s).startsWith("Forward funnel from 1001 visitor (")
        .contains("whole = rounded down")
        .containsPattern("customer\\s+0\\.6006\\s+0");
  }
}
