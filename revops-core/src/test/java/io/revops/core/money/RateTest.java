package io.revops.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.SerializableTester;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RateTest {

  @Nested
  class Factories {
    @Test
    void ofFractionKeepsTheExactValueWithoutTrailingZeros() {
      Rate r = Rate.of(new BigDecimal("0.400"));
      assertThat(r.toBigDecimal()).isEqualTo(new BigDecimal("0.4"));
      assertThat(r.toPercent()).isEqualTo(new BigDecimal("40"));
      assertThat(r).isEqualTo(Rate.of("0.4")).isEqualTo(Rate.ofPercent(40));
    }

    @Test
    void boundsAreIncluded() {
      assertThat(Rate.of("0")).isEqualTo(Rate.ZERO);
      assertThat(Rate.of("1.000")).isEqualTo(Rate.ONE);
      assertThat(Rate.ofPercent(100)).isEqualTo(Rate.ONE);
      assertThat(Rate.ofPercent(0)).isEqualTo(Rate.ZERO);
    }

    @Test
    void ofPercentAcceptsFractionalPercentages() {
      assertThat(Rate.ofPercent(new BigDecimal("12.5")).toBigDecimal()).isEqualTo(new BigDecimal("0.125"));
    }

    @Test
    void ofFractionIsExactWhenTheFractionTerminates() {
      assertThat(Rate.ofFraction(1, 4)).isEqualTo(Rate.of("0.25"));
      assertThat(Rate.ofFraction(125, 500)).isEqualTo(Rate.of("0.25"));
      assertThat(Rate.ofFraction(0, 7)).isEqualTo(Rate.ZERO);
      assertThat(Rate.ofFraction(7, 7)).isEqualTo(Rate.ONE);
    }

    @Test
    void ofFractionKeeps34SignificantDigitsWhenItDoesNotTerminate() {
      Rate third = Rate.ofFraction(1, 3);
      assertThat(third.toBigDecimal().precision()).isEqualTo(34);
      assertThat(third.toBigDecimal()).isEqualTo(BigDecimal.ONE.divide(BigDecimal.valueOf(3), MathContext.DECIMAL128));
    }

    @Test
    void ofFractionWithAContextRounds() {
      assertThat(Rate.ofFraction(2, 3, new MathContext(4)).toBigDecimal()).isEqualTo(new BigDecimal("0.6667"));
    }
  }

  @Nested
  class Validation {
    @Test
    void fractionOutsideZeroToOneNamesTheParameterValueAndRule() {
      assertThatThrownBy(() -> Rate.of(new BigDecimal("1.4")))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("rate must be in [0, 1]: 1.4");
      assertThatThrownBy(() -> Rate.of("-0.1"))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("rate must be in [0, 1]: -0.1");
    }

    @Test
    void plainStringIsUsedForTinyAndHugeValues() {
      assertThatThrownBy(() -> Rate.of(new BigDecimal("1E+3")))
          .hasMessage("rate must be in [0, 1]: 1000");
    }

    @Test
    void percentOutsideZeroToHundred() {
      assertThatThrownBy(() -> Rate.ofPercent(101))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("percent must be in [0, 100]: 101");
      assertThatThrownBy(() -> Rate.ofPercent(new BigDecimal("-0.5")))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("percent must be in [0, 100]: -0.5");
    }

    @Test
    void notADecimal() {
      assertThatThrownBy(() -> Rate.of("forty"))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("rate must be a decimal number: \"forty\"");
    }

    @Test
    void badFractions() {
      assertThatThrownBy(() -> Rate.ofFraction(1, 0))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("whole must be positive: 0");
      assertThatThrownBy(() -> Rate.ofFraction(5, 4))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("part must be in [0, whole=4]: 5");
      assertThatThrownBy(() -> Rate.ofFraction(-1, 4))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("part must be in [0, whole=4]: -1");
    }

    @Test
    void nullsNameTheParameter() {
      assertThatThrownBy(() -> Rate.of((BigDecimal) null)).isInstanceOf(NullPointerException.class).hasMessage("rate");
      assertThatThrownBy(() -> Rate.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
      assertThatThrownBy(() -> Rate.ONE.round(2, null)).isInstanceOf(NullPointerException.class).hasMessage("rounding");
    }
  }

  @Nested
  class Parsing {
    @Test
    void readsPercentagesWithOrWithoutSpace() {
      assertThat(Rate.parse("40%")).isEqualTo(Rate.of("0.4"));
      assertThat(Rate.parse(" 12.5 % ")).isEqualTo(Rate.of("0.125"));
    }

    @Test
    void readsPlainFractions() {
      assertThat(Rate.parse("0.4")).isEqualTo(Rate.ofPercent(40));
      assertThat(Rate.parse(" 1 ")).isEqualTo(Rate.ONE);
    }

    @Test
    void rejectsWithTheReadParameterName() {
      assertThatThrownBy(() -> Rate.parse("140%")).hasMessage("percent must be in [0, 100]: 140");
      assertThatThrownBy(() -> Rate.parse("1.4")).hasMessage("rate must be in [0, 1]: 1.4");
      assertThatThrownBy(() -> Rate.parse("abc%")).hasMessage("percent must be a decimal number: \"abc\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "0.4", "0.125", "0.0000001", "0.999999999999"})
    void toStringRoundTrips(String fraction) {
      Rate r = Rate.of(fraction);
      assertThat(Rate.parse(r.toString())).isEqualTo(r);
    }

    @Test
    void nonTerminatingFractionsRoundTrip() {
      for (int whole = 1; whole <= 50; whole++) {
        for (int part = 0; part <= whole; part++) {
          Rate r = Rate.ofFraction(part, whole);
          assertThat(Rate.parse(r.toString())).as("%s/%s", part, whole).isEqualTo(r);
        }
      }
    }
  }

  @Nested
  class Arithmetic {
    @Test
    void complementAndMultiply() {
      assertThat(Rate.ofPercent(10).complement()).isEqualTo(Rate.ofPercent(90));
      assertThat(Rate.ONE.complement()).isEqualTo(Rate.ZERO);
      assertThat(Rate.ofPercent(40).multiply(Rate.ofPercent(25))).isEqualTo(Rate.ofPercent(10));
    }

    @Test
    void isZero() {
      assertThat(Rate.ZERO.isZero()).isTrue();
      assertThat(Rate.of("0.000")).matches(Rate::isZero);
      assertThat(Rate.of("0.0001").isZero()).isFalse();
    }

    @Test
    void roundingUsesTheGivenMode() {
      Rate third = Rate.ofFraction(1, 3);
      assertThat(third.round(2, RoundingMode.HALF_UP)).isEqualTo(Rate.of("0.33"));
      assertThat(third.round(2, RoundingMode.UP)).isEqualTo(Rate.of("0.34"));
      assertThat(third.round(new MathContext(3, RoundingMode.DOWN))).isEqualTo(Rate.of("0.333"));
      assertThat(Rate.of("0.995").round(2, RoundingMode.HALF_UP)).isEqualTo(Rate.ONE);
    }

    @Test
    void roundingToANegativeScaleWouldLeaveTheRangeAndIsRejected() {
      // 0.5 to tens, rounding up, would be 10 = 1000%: not a rate
      assertThatThrownBy(() -> Rate.of("0.5").round(-1, RoundingMode.UP))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("scale must not be negative: -1");
    }

    @Test
    void percentString() {
      assertThat(Rate.ofFraction(1, 3).toPercentString(2, RoundingMode.HALF_UP)).isEqualTo("33.33%");
      assertThat(Rate.ofFraction(2, 3).toPercentString(0, RoundingMode.DOWN)).isEqualTo("66%");
      assertThat(Rate.ofPercent(40).toPercentString(1, RoundingMode.UNNECESSARY)).isEqualTo("40.0%");
    }

    @Test
    void ordering() {
      Rate a = Rate.ofPercent(20);
      Rate b = Rate.ofPercent(40);
      assertThat(a).isLessThan(b);
      assertThat(a.isLessThan(b)).isTrue();
      assertThat(b.isGreaterThan(a)).isTrue();
      assertThat(a.isGreaterThan(a)).isFalse();
      assertThat(a.compareTo(Rate.of("0.200"))).isZero();
    }
  }

  @Test
  void equalsAndHashCodeIgnoreScale() {
    new EqualsTester()
        .addEqualityGroup(Rate.of("0.4"), Rate.of("0.40"), Rate.ofPercent(40), Rate.parse("40%"), Rate.ofFraction(2, 5))
        .addEqualityGroup(Rate.ZERO, Rate.of("0.000"), Rate.ofFraction(0, 3))
        .addEqualityGroup(Rate.ONE, Rate.of("1.0"), Rate.ofPercent(100))
        .addEqualityGroup(Rate.ofFraction(1, 3))
        .testEquals();
  }

  @Test
  void toStringIsTheExactPercentage() {
    assertThat(Rate.of("0.4")).hasToString("40%");
    assertThat(Rate.of("0.125")).hasToString("12.5%");
    assertThat(Rate.ZERO).hasToString("0%");
    assertThat(Rate.ONE).hasToString("100%");
    assertThat(Rate.of("0.0000001")).hasToString("0.00001%");
    assertThat(Rate.ofFraction(1, 3)).hasToString("33.33333333333333333333333333333333%");
  }

  @Test
  void serializesToAnEqualRate() {
    SerializableTester.reserializeAndAssert(Rate.ofFraction(1, 3));
  }
}
