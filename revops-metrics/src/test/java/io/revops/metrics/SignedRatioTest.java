package io.revops.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.money.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** A ratio that may be negative: exact like {@link Ratio}, signed. */
class SignedRatioTest {
  @Test
  void equalityIgnoresScale() {
    assertThat(SignedRatio.of(new BigDecimal("1.50"))).isEqualTo(SignedRatio.of(new BigDecimal("1.5")))
        .hasSameHashCodeAs(SignedRatio.of(new BigDecimal("1.5")));
    assertThat(SignedRatio.of(new BigDecimal("-0.125")).round(2, RoundingMode.HALF_EVEN)).hasToString("-0.12");
    assertThat(SignedRatio.of(new BigDecimal("100"))).hasToString("100");
    assertThat(SignedRatio.of(new BigDecimal("-2.50"))).hasToString("-2.5");
  }

  @Test
  void divisionIsRatioDivisionWithASign() {
    assertThat(SignedRatio.of(new BigDecimal("-1"), new BigDecimal("4"))).hasToString("-0.25");
    SignedRatio third = SignedRatio.of(new BigDecimal("-1"), new BigDecimal("3"));
    assertThat(third.toBigDecimal().negate()).isEqualTo(Ratio.of(BigDecimal.ONE, new BigDecimal("3")).toBigDecimal());
    assertThat(third.toRatio()).isEmpty();
    assertThat(SignedRatio.of(new BigDecimal("3"), new BigDecimal("2")).toRatio()).contains(Ratio.of("1.5"));
    assertThatThrownBy(() -> SignedRatio.of(BigDecimal.ONE, BigDecimal.ZERO)).hasMessage("denominator must be positive: 0");
  }

  @Test
  void parsesWhatItPrints() {
    assertThat(SignedRatio.parse("-25%")).isEqualTo(SignedRatio.parse("-0.25"));
    assertThat(SignedRatio.parse("-0.25").toPercentString(1, RoundingMode.HALF_EVEN)).isEqualTo("-25.0%");
  }
}
