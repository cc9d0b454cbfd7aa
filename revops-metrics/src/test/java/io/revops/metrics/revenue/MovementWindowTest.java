package io.revops.metrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.money.Amounts;
import io.revops.metrics.MetricResult;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** An MRR bridge over several months: point to point, or the sum of the monthly bridges. */
class MovementWindowTest {
  static final YearMonth JAN = YearMonth.of(2026, 1);

  // "away" churns in March and is back in May at the same MRR; "grows" expands twice; "late" is new in April
  static RevenueLedger ledger() {
    RevenueLedger.Builder b = RevenueLedger.builder();
    for (int m = 0; m < 6; m++) {
      YearMonth month = JAN.plusMonths(m);
      b.add("away", month, Amounts.of(m == 2 || m == 3 ? 0 : 100, "RUB"));
      b.add("grows", month, Amounts.of(m < 2 ? 100 : m < 4 ? 150 : 120, "RUB"));
      b.add("late", month, Amounts.of(m < 3 ? 0 : 40, "RUB"));
    }
    return b.result();
  }

  @Test
  void pointToPointSeesOnlyTheEnds() {
    MetricResult<MrrMovements> r = RevenueAnalysis.of(ledger()).movements(JAN, JAN.plusMonths(5),
        MovementWindow.POINT_TO_POINT);
    MrrMovements m = r.value();
    assertThat(m).isEqualTo(RevenueAnalysis.of(ledger()).movements(JAN, JAN.plusMonths(5)).value());
    assertThat(m.churn().isZero()).isTrue();
    assertThat(m.reactivation().isZero()).isTrue();
    assertThat(m.expansion()).isEqualTo(Amounts.of(20, "RUB"));
    assertThat(r.policies()).containsExactly(MovementWindow.POINT_TO_POINT);
    assertThat(r.toString()).endsWith("point-to-point bridge)");
  }

  @Test
  void theSumOfMonthlyBridgesSeesEveryMove() {
    MetricResult<MrrMovements> r = RevenueAnalysis.of(ledger()).movements(JAN, JAN.plusMonths(5),
        MovementWindow.SUM_OF_MONTHLY_BRIDGES);
    MrrMovements m = r.value();
    assertThat(m.start()).isEqualTo(JAN);
    assertThat(m.end()).isEqualTo(JAN.plusMonths(5));
    assertThat(m.startMrr()).isEqualTo(Amounts.of(200, "RUB"));
    assertThat(m.churn()).isEqualTo(Amounts.of(100, "RUB"));
    assertThat(m.reactivation()).isEqualTo(Amounts.of(100, "RUB"));
    assertThat(m.expansion()).isEqualTo(Amounts.of(50, "RUB"));
    assertThat(m.contraction()).isEqualTo(Amounts.of(30, "RUB"));
    assertThat(m.newMrr()).isEqualTo(Amounts.of(40, "RUB"));
    assertThat(m.endMrr()).isEqualTo(Amounts.of(260, "RUB"));
    assertThat(Amounts.isEqual(m.startPlusMovements(), m.endMrr())).isTrue();
    assertThat(m.counts().atStart()).isEqualTo(2);
    assertThat(m.counts().churned()).isEqualTo(1);
    assertThat(m.counts().reactivated()).isEqualTo(1);
    assertThat(m.counts().atEnd()).isEqualTo(3);
    assertThat(r.explanation()).hasValue("2026-01 → 2026-06, 5 monthly bridges");
    assertThat(r.policies()).containsExactly(MovementWindow.SUM_OF_MONTHLY_BRIDGES);
  }

  @Test
  void aOneMonthWindowIsTheSameEitherWay() {
    RevenueAnalysis a = RevenueAnalysis.of(ledger());
    assertThat(a.movements(JAN, JAN.plusMonths(1), MovementWindow.SUM_OF_MONTHLY_BRIDGES).value())
        .isEqualTo(a.movements(JAN, JAN.plusMonths(1), MovementWindow.POINT_TO_POINT).value());
    assertThat(a.movements(JAN, JAN, MovementWindow.SUM_OF_MONTHLY_BRIDGES).value())
        .isEqualTo(a.movements(JAN, JAN).value());
    assertThatThrownBy(() -> a.movements(JAN, JAN.minusMonths(1), MovementWindow.SUM_OF_MONTHLY_BRIDGES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end month must not be before start month: end 2025-12, start 2026-01");
  }
}
