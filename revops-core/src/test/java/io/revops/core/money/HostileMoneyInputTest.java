package io.revops.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/** The money findings of #12: numbers and codes of hostile size cost no memory and no time, and say why. */
class HostileMoneyInputTest {
  private static final Duration FAST = Duration.ofSeconds(2);

  @Test
  void aRateWithABillionDigitExponentIsRefusedNamingTheLimitNotPrintedInFull() {
    // it used to run out of memory: the message was built eagerly from the plain text of 10^-999999999
    assertTimeoutPreemptively(FAST, () -> {
      assertThatThrownBy(() -> Rate.parse("1e-999999999")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("rate must have a decimal exponent within ±1000, has -999999999: 1e-999999999");
      assertThatThrownBy(() -> Rate.of(new BigDecimal("1e-999999999")))
          .hasMessage("rate must have a decimal exponent within ±1000, has -999999999: 1E-999999999");
      assertThatThrownBy(() -> Rate.parse("1e999999999 %"))
          .hasMessage("percent must have a decimal exponent within ±1000, has 999999999: 1e999999999");
      assertThatThrownBy(() -> Ratio.parse("1e999999999")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("ratio must have a decimal exponent within ±1000");
      assertThatThrownBy(() -> Amounts.of("1e999999999", "EUR")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("amount must have a decimal exponent within ±1000");
    });
  }

  @Test
  void digitsAndTextLengthAreBounded() {
    String digits = "7".repeat(101);
    assertThatThrownBy(() -> Rate.parse("0." + digits))
        .hasMessageStartingWith("rate must have at most 100 significant digits, has 101: 0.777");
    String huge = "1".repeat(100_000);
    assertThatThrownBy(() -> Ratio.parse(huge)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("text must be at most 200 characters: \"111").hasMessageEndingWith("(100000 chars)\"");
    // within the limits everything still works
    assertThat(Rate.parse("1e-900").toBigDecimal()).isEqualByComparingTo("1e-900");
    assertThat(Rate.parse("0." + "3".repeat(100))).isNotNull();
  }

  @Test
  void aMessageIsBuiltOnlyWhenTheCheckFails() {
    // the plain text of 10^1000 is 1001 characters; a passing check must not format it
    BigDecimal big = new BigDecimal("1e1000");
    assertThat(Ratio.of(big).toBigDecimal()).isEqualByComparingTo(big);
    assertThatThrownBy(() -> Ratio.of(big.negate())).hasMessageStartingWith("ratio must not be negative: -1000")
        .hasMessageEndingWith("(1002 chars)");
  }

  @Test
  void aHugeCurrencyCodeIsRefusedAtOnceAndQuotedBounded() {
    // it cost 5-21 s in Moneta's look-up and was copied whole into the message
    String code = "X".repeat(100_000);
    assertTimeoutPreemptively(Duration.ofMillis(500), () -> assertThatThrownBy(() -> Amounts.currency(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("currencyCode must be an ISO 4217 code: XXX")
        .hasMessageEndingWith("(100000 chars)")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200)));
    // Moneta reads a code as a regular expression: a code that is not one fails cleanly
    assertThatThrownBy(() -> Amounts.currency("+1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("currencyCode must be an ISO 4217 code: +1");
  }

  @Test
  void negativeAmountChecksFormatOnlyOnFailure() {
    MonetaryAmount ok = Amounts.of(5, "EUR");
    assertThat(Amounts.requireNonNegative("spend", ok)).isSameAs(ok);
    assertThatThrownBy(() -> Amounts.requirePositive("spend", Amounts.of(-5, "EUR")))
        .hasMessage("spend must be positive: -5,00 EUR");
    assertThatThrownBy(() -> Amounts.divide(ok, new BigDecimal("1e-999999999"), RoundingMode.HALF_EVEN))
        .hasMessageStartingWith("divisor must have a decimal exponent within ±1000");
  }
}
