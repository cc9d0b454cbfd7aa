package io.revops.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.SerializableTester;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RatioTest {

  @Test
  void factories() {
    assertThat(Ratio.of("3.84").toBigDecimal()).isEqualTo(new BigDecimal("3.84"));
    assertThat(Ratio.of(new BigDecimal("1.200"))).isEqualTo(Ratio.ofPercent(120));
    assertThat(Ratio.ofPercent(new BigDecimal("12.5"))).isEqualTo(Ratio.of("0.125"));
    assertThat(Ratio.of("0")).isEqualTo(Ratio.ZERO);
    assertThat(Ratio.of("1.00")).isEqualTo(Ratio.ONE);
  }

  @Test
  void ltvToCacFromTheHandbook() {
    Ratio r = Ratio.of(Amounts.of(1_920_000, "RUB"), Amounts.of(500_000, "RUB"));
    assertThat(r).isEqualTo(Ratio.of("3.84")).hasToString("3.84");
  }

  @Test
  void nrrFromTheHandbook() {
    Ratio nrr = Ratio.of(new BigDecimal("12000000"), new BigDecimal("10000000"));
    assertThat(nrr.toPercent()).isEqualTo(new BigDecimal("120"));
    assertThat(nrr.toPercentString(1, RoundingMode.HALF_UP)).isEqualTo("120.0%");
  }

  @Test
  void nonTerminatingQuotientKeeps34Digits() {
    Ratio r = Ratio.of(BigDecimal.TEN, BigDecimal.valueOf(3));
    assertThat(r.toBigDecimal()).isEqualTo(BigDecimal.TEN.divide(BigDecimal.valueOf(3), MathContext.DECIMAL128));
    assertThat(r.toString(2, RoundingMode.HALF_UP)).isEqualTo("3.33");
  }

  @Test
  void validationMessages() {
    assertThatThrownBy(() -> Ratio.of("-1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ratio must not be negative: -1");
    assertThatThrownBy(() -> Ratio.ofPercent(-5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("percent must not be negative: -5");
    assertThatThrownBy(() -> Ratio.of(BigDecimal.ONE, BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("denominator must be positive: 0");
    assertThatThrownBy(() -> Ratio.of(BigDecimal.ONE.negate(), BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("numerator must not be negative: -1");
    assertThatThrownBy(() -> Ratio.of("x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ratio must be a decimal number: \"x\"");
    assertThatThrownBy(() -> Ratio.of((String) null)).isInstanceOf(NullPointerException.class).hasMessage("ratio");
  }

  @Test
  void amountsInDifferentCurrenciesAreRejectedNamingBoth() {
    assertThatThrownBy(() -> Ratio.of(Amounts.of(100, "RUB"), Amounts.of(1, "USD")))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("denominator").hasMessageContaining("RUB").hasMessageContaining("USD");
  }

  @Test
  void parse() {
    assertThat(Ratio.parse("3.84")).isEqualTo(Ratio.of("3.84"));
    assertThat(Ratio.parse("120%")).isEqualTo(Ratio.of("1.2"));
    assertThat(Ratio.parse(" 120 % ")).isEqualTo(Ratio.of("1.2"));
    assertThatThrownBy(() -> Ratio.parse("-3")).hasMessage("ratio must not be negative: -3");
    assertThatThrownBy(() -> Ratio.parse("lots%")).hasMessage("percent must be a decimal number: \"lots\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1", "3.84", "1.2", "1E+6", "0.000000000001", "123456789.987654321"})
  void toStringRoundTrips(String value) {
    Ratio r = Ratio.of(value);
    assertThat(Ratio.parse(r.toString())).isEqualTo(r);
  }

  @Test
  void toStringIsPlain() {
    assertThat(Ratio.of("1E+6")).hasToString("1000000");
    assertThat(Ratio.of("3.840")).hasToString("3.84");
  }

  @Test
  void toRateOnlyUpToOne() {
    assertThat(Ratio.of("0.4").toRate()).contains(Rate.ofPercent(40));
    assertThat(Ratio.ONE.toRate()).contains(Rate.ONE);
    assertThat(Ratio.of("1.0001").toRate()).isEmpty();
  }

  @Test
  void rounding() {
    Ratio r = Ratio.of("3.845");
    assertThat(r.round(2, RoundingMode.HALF_EVEN)).isEqualTo(Ratio.of("3.84"));
    assertThat(r.round(2, RoundingMode.HALF_UP)).isEqualTo(Ratio.of("3.85"));
    assertThat(r.toString(1, RoundingMode.DOWN)).isEqualTo("3.8");
    assertThat(r.toPercentString(0, RoundingMode.HALF_UP)).isEqualTo("385%");
  }

  @Test
  void ordering() {
    assertThat(Ratio.of("1")).isLessThan(Ratio.of("3.84"));
    assertThat(Ratio.of("1.0").compareTo(Ratio.ONE)).isZero();
  }

  @Test
  void equalsAndHashCodeIgnoreScale() {
    new EqualsTester()
        .addEqualityGroup(Ratio.of("1.2"), Ratio.of("1.20"), Ratio.ofPercent(120), Ratio.parse("120%"))
        .addEqualityGroup(Ratio.ZERO, Ratio.of("0.00"))
        .addEqualityGroup(Ratio.of("1E+2"), Ratio.of("100"), Ratio.ofPercent(10_000))
        .addEqualityGroup(Ratio.of("3.84"))
        .testEquals();
  }

  @Test
  void serializesToAnEqualRatio() {
    SerializableTester.reserializeAndAssert(Ratio.of("3.84"));
  }

  @Test
  void comparesLikeRate() {
    Ratio three = Ratio.of("3");
    Ratio threeAtScale = Ratio.of("3.00");
    assertThat(Ratio.of("3.84").isGreaterThan(three)).isTrue();
    assertThat(three.isLessThan(Ratio.of("3.84"))).isTrue();
    assertThat(three.isGreaterThan(threeAtScale)).isFalse();
    assertThat(three.isLessThan(threeAtScale)).isFalse();
    assertThatThrownBy(() -> three.isLessThan(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void ofFractionOfCountsMatchesRateAndMayExceedOne() {
    assertThat(Ratio.ofFraction(12, 10)).isEqualTo(Ratio.of("1.2"));
    assertThat(Ratio.ofFraction(1, 3).toRate()).contains(Rate.ofFraction(1, 3));
    assertThat(Ratio.ofFraction(0, 7)).isEqualTo(Ratio.ZERO);
    assertThatThrownBy(() -> Ratio.ofFraction(1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("denominator must be positive: 0");
    assertThatThrownBy(() -> Ratio.ofFraction(-1, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("numerator must not be negative: -1");
  }
}
