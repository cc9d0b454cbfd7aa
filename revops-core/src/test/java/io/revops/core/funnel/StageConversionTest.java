package io.revops.core.funnel;

import static io.revops.core.funnel.LifecycleStage.CUSTOMER;
import static io.revops.core.funnel.LifecycleStage.MQL;
import static io.revops.core.funnel.LifecycleStage.OPPORTUNITY;
import static io.revops.core.funnel.LifecycleStage.SQL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.money.Rate;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class StageConversionTest {
  @Test
  void definedConversion() {
    StageConversion c = StageConversion.of(MQL, SQL, 200, 24);
    assertThat(c.status()).isEqualTo(StageConversion.Status.DEFINED);
    assertThat(c.rate()).contains(Rate.ofPercent(12));
    assertThat(c.fromCount()).isEqualTo(OptionalLong.of(200));
    assertThat(c.toCount()).isEqualTo(OptionalLong.of(24));
    assertThat(c.toString()).isEqualTo("MQL→SQL 12% (24 of 200)");
  }

  @Test
  void statusPrecedence() {
    assertThat(StageConversion.of(MQL, SQL, 0, 0).status()).isEqualTo(StageConversion.Status.NO_BASE);
    assertThat(StageConversion.of(MQL, SQL, 0, 3).status()).isEqualTo(StageConversion.Status.INCONSISTENT);
    assertThat(StageConversion.of(MQL, SQL, 3, 3).rate()).contains(Rate.ONE);
    assertThat(StageConversion.of(SQL, OPPORTUNITY, OptionalLong.of(5), OptionalLong.empty()).status())
        .isEqualTo(StageConversion.Status.NOT_RECORDED);
  }

  @Test
  void validation() {
    assertThatThrownBy(() -> StageConversion.of(CUSTOMER, SQL, 1, 1)).hasMessage("from must be a stage before to: CUSTOMER -> SQL");
    assertThatThrownBy(() -> StageConversion.of(MQL, SQL, -1, 0)).hasMessage("count of MQL must not be negative: -1");
    assertThatThrownBy(() -> StageConversion.of(MQL, SQL, 1, -2)).hasMessage("count of SQL must not be negative: -2");
  }

  @Test
  void equality() {
    assertThat(StageConversion.of(MQL, SQL, 200, 24)).isEqualTo(StageConversion.of(MQL, SQL, 200, 24))
        .hasSameHashCodeAs(StageConversion.of(MQL, SQL, 200, 24))
        .isNotEqualTo(StageConversion.of(MQL, SQL, 200, 25))
        .isNotEqualTo(StageConversion.of(MQL, CUSTOMER, 200, 24));
  }

  @Test
  void shortPercentRoundsToOneDecimalWithoutTrailingZeros() {
    assertThat(StageConversion.of(MQL, SQL, 3, 2).shortPercent()).contains("66.7%");
    assertThat(StageConversion.of(MQL, SQL, 1000, 125).shortPercent()).contains("12.5%");
    assertThat(StageConversion.of(MQL, SQL, 10, 0).shortPercent()).contains("0%");
    assertThat(StageConversion.of(MQL, SQL, 0, 0).shortPercent()).isEmpty();
  }

  @Test
  void shortPercentKeepsTwoSignificantDigitsBelowOnePercent() {
    // 6 of 10 000 is 0.06%: one decimal would print 0.1%, and 3 of 10 000 would print 0%
    assertThat(StageConversion.of(MQL, SQL, 10_000, 6).shortPercent()).contains("0.06%");
    assertThat(StageConversion.of(MQL, SQL, 10_000, 3).shortPercent()).contains("0.03%");
    assertThat(StageConversion.of(MQL, SQL, 3_000, 1).shortPercent()).contains("0.033%");
    assertThat(StageConversion.of(MQL, SQL, 100_000, 1).shortPercent()).contains("0.001%");
    assertThat(StageConversion.of(MQL, SQL, 1_000, 10).shortPercent()).contains("1%");
    assertThat(StageConversion.of(MQL, SQL, 10_000, 6)).hasToString("MQL→SQL 0.06% (6 of 10000)");
  }
}
