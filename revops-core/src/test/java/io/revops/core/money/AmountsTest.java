package io.revops.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {
  static final CurrencyUnit RUB = Amounts.currency("RUB");
  static final CurrencyUnit USD = Amounts.currency("USD");

  static MonetaryAmount rub(String amount) {
    return Amounts.of(amount, "RUB");
  }

  @Nested
  class Factories {
    @Test
    void everyFactoryGivesTheSameMoney() {
      MonetaryAmount expected = Amounts.of(new BigDecimal("500000"), RUB);
      assertThat(Amounts.isEqual(Amounts.of("500000.00", "RUB"), expected)).isTrue();
      assertThat(Amounts.isEqual(Amounts.of(500_000L, RUB), expected)).isTrue();
      assertThat(Amounts.isEqual(Amounts.of(500_000L, "RUB"), expected)).isTrue();
      assertThat(expected.getCurrency().getCurrencyCode()).isEqualTo("RUB");
    }

    @Test
    void zero() {
      assertThat(Amounts.zero(USD).isZero()).isTrue();
      assertThat(Amounts.zero(USD).getCurrency()).isEqualTo(USD);
    }

    @Test
    void unknownCurrencyNamesTheCode() {
      assertThatThrownBy(() -> Amounts.currency("XYZ")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("currencyCode must be an ISO 4217 code: XYZ");
      assertThatThrownBy(() -> Amounts.of(1, "rubles")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("currencyCode must be an ISO 4217 code: rubles");
      assertThatThrownBy(() -> Amounts.of("1", "XYZ")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("currencyCode must be an ISO 4217 code: XYZ");
    }

    @Test
    void amountThatIsNotADecimalNamesTheParameter() {
      assertThatThrownBy(() -> Amounts.of("5 000", "RUB")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("amount must be a decimal number: \"5 000\"");
    }

    @Test
    void nullsNameTheParameter() {
      assertThatThrownBy(() -> Amounts.of((String) null, "RUB")).hasMessage("amount");
      assertThatThrownBy(() -> Amounts.of("1", null)).hasMessage("currencyCode");
      assertThatThrownBy(() -> Amounts.of(BigDecimal.ONE, null)).hasMessage("currency");
      assertThatThrownBy(() -> Amounts.zero(null)).hasMessage("currency");
    }

    @Test
    void toBigDecimalIsExact() {
      assertThat(Amounts.toBigDecimal(rub("1.005"))).isEqualByComparingTo("1.005");
      assertThat(Amounts.toBigDecimal(rub("123456789012345678901234567890.12")))
          .isEqualByComparingTo("123456789012345678901234567890.12");
    }
  }

  @Nested
  class Checks {
    @Test
    void requireSameCurrencyNamesTheParameterBothCurrenciesAndBothAmounts() {
      CurrencyMismatchException e = org.junit.jupiter.api.Assertions.assertThrows(CurrencyMismatchException.class,
          () -> Amounts.requireSameCurrency("spend", rub("5000000"), Amounts.of("100", "USD")));
      assertThat(e).hasMessage("spend must be in RUB like 5 000 000,00 RUB, but is in USD: 100,00 USD"
          + " (pass ExchangeRates to combine currencies)");
      assertThat(e.expected()).isEqualTo(RUB);
      assertThat(e.actual()).isEqualTo(USD);
      assertThat(e).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requireCurrencyNamesBothCurrencies() {
      CurrencyMismatchException e = org.junit.jupiter.api.Assertions.assertThrows(CurrencyMismatchException.class,
          () -> Amounts.requireCurrency("revenue", RUB, Amounts.of("7.5", "EUR")));
      assertThat(e).hasMessage("revenue must be in RUB, but is in EUR: 7,50 EUR (pass ExchangeRates to combine currencies)");
      assertThat(e.expected()).isEqualTo(RUB);
      assertThat(e.actual().getCurrencyCode()).isEqualTo("EUR");
    }

    @Test
    void aDeserializedMismatchStillNamesBothCurrencies() {
      CurrencyMismatchException e = org.junit.jupiter.api.Assertions.assertThrows(CurrencyMismatchException.class,
          () -> Amounts.requireCurrency("revenue", RUB, Amounts.of("7.5", "EUR")));
      CurrencyMismatchException copy = com.google.common.testing.SerializableTester.reserialize(e);
      assertThat(copy).hasMessage(e.getMessage());
      assertThat(copy.expected()).isEqualTo(RUB);
      assertThat(copy.actual()).isEqualTo(Amounts.currency("EUR"));
    }

    @Test
    void sameCurrencyPassesThrough() {
      MonetaryAmount a = rub("1");
      assertThat(Amounts.requireSameCurrency("x", rub("2"), a)).isSameAs(a);
      assertThat(Amounts.requireCurrency("x", RUB, a)).isSameAs(a);
    }

    @Test
    void signChecks() {
      assertThat(Amounts.requireNonNegative("spend", rub("0"))).isNotNull();
      assertThatThrownBy(() -> Amounts.requireNonNegative("spend", rub("-1")))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("spend must not be negative: -1,00 RUB");
      assertThatThrownBy(() -> Amounts.requirePositive("deal", rub("0")))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("deal must be positive: 0,00 RUB");
      assertThatThrownBy(() -> Amounts.requirePositive("deal", null))
          .isInstanceOf(NullPointerException.class).hasMessage("deal");
    }
  }

  @Nested
  class Arithmetic {
    @Test
    void addSubtractCompare() {
      assertThat(Amounts.isEqual(Amounts.add(rub("0.10"), rub("0.20")), rub("0.30"))).isTrue();
      assertThat(Amounts.isEqual(Amounts.subtract(rub("0.10"), rub("0.30")), rub("-0.20"))).isTrue();
      assertThat(Amounts.compare(rub("2"), rub("10"))).isNegative();
      assertThat(Amounts.compare(rub("2.00"), rub("2"))).isZero();
    }

    @Test
    void mixedCurrenciesAreRejected() {
      assertThatThrownBy(() -> Amounts.add(rub("1"), Amounts.of("1", "USD")))
          .isInstanceOf(CurrencyMismatchException.class).hasMessageStartingWith("b must be in RUB");
      assertThatThrownBy(() -> Amounts.subtract(rub("1"), Amounts.of("1", "USD")))
          .isInstanceOf(CurrencyMismatchException.class);
      assertThatThrownBy(() -> Amounts.compare(rub("1"), Amounts.of("1", "USD")))
          .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void sumIsExact() {
      MonetaryAmount total = Amounts.sum(RUB, List.of(rub("5000000"), rub("10000000"), rub("0.005")));
      assertThat(Amounts.toBigDecimal(total)).isEqualByComparingTo("15000000.005");
      assertThat(Amounts.sum(RUB, List.of()).isZero()).isTrue();
      assertThat(Amounts.sum(RUB, List.of()).getCurrency()).isEqualTo(RUB);
    }

    @Test
    void sumRejectsAnotherCurrencyNamingIt() {
      assertThatThrownBy(() -> Amounts.sum(RUB, List.of(rub("1"), Amounts.of("2", "USD"))))
          .isInstanceOf(CurrencyMismatchException.class)
          .hasMessage("amounts must be in RUB, but is in USD: 2,00 USD (pass ExchangeRates to combine currencies)");
    }

    @Test
    void sumWithRatesConvertsEachAmountAndRoundsItBeforeAdding() {
      ExchangeRates rates = ExchangeRates.builder().rate(LocalDate.parse("2026-01-01"), "USD", "RUB", "80.555").build();
      // 1 USD = 80.555 RUB -> 80.56 (HALF_UP), twice: 161.12, not round(161.11) = 161.11
      MonetaryAmount total = Amounts.sum(RUB, List.of(Amounts.of("1", "USD"), Amounts.of("1", "USD"), rub("0.005")),
          rates, LocalDate.parse("2026-02-01"), RoundingMode.HALF_UP);
      assertThat(Amounts.toBigDecimal(total)).isEqualByComparingTo("161.125");
      assertThat(total.getCurrency()).isEqualTo(RUB);
    }

    @Test
    void multiply() {
      assertThat(Amounts.isEqual(Amounts.multiply(rub("200000"), 24), rub("4800000"))).isTrue();
      assertThat(Amounts.isEqual(Amounts.multiply(rub("4800000"), new BigDecimal("0.40")), rub("1920000"))).isTrue();
      assertThat(Amounts.toBigDecimal(Amounts.multiply(rub("0.01"), new BigDecimal("0.5")))).isEqualByComparingTo("0.005");
      assertThat(Amounts.isEqual(Amounts.multiply(rub("0.01"), new BigDecimal("0.5"), RoundingMode.HALF_UP), rub("0.01")))
          .isTrue();
      assertThat(Amounts.isEqual(Amounts.multiply(rub("0.01"), new BigDecimal("0.5"), RoundingMode.HALF_EVEN), rub("0")))
          .isTrue();
    }

    @Test
    void cacFromTheHandbookIsExact() {
      MonetaryAmount spend = Amounts.add(rub("5000000"), rub("10000000"));
      MonetaryAmount cac = Amounts.divide(spend, 30, RoundingMode.UNNECESSARY);
      assertThat(Amounts.format(cac)).isEqualTo("500 000,00 RUB");
      assertThat(Amounts.isEqual(cac, rub("500000"))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"UP, 3.34", "DOWN, 3.33", "HALF_UP, 3.33", "CEILING, 3.34"})
    void divideRoundsToTheMinorUnitWithTheGivenMode(RoundingMode mode, String expected) {
      assertThat(Amounts.toBigDecimal(Amounts.divide(rub("10"), 3, mode))).isEqualByComparingTo(expected);
      assertThat(Amounts.toBigDecimal(Amounts.divide(rub("10"), new BigDecimal("3"), mode)))
          .isEqualByComparingTo(expected);
    }

    @Test
    void divideRoundsToZeroFractionDigitsForYen() {
      assertThat(Amounts.toBigDecimal(Amounts.divide(Amounts.of("10", "JPY"), 4, RoundingMode.HALF_EVEN)))
          .isEqualByComparingTo("2");
      assertThat(Amounts.toBigDecimal(Amounts.divide(Amounts.of("10", "JPY"), 4, RoundingMode.HALF_UP)))
          .isEqualByComparingTo("3");
    }

    @Test
    void divideUnnecessaryRoundingFailsWhenItWouldRound() {
      assertThatThrownBy(() -> Amounts.divide(rub("10"), 3, RoundingMode.UNNECESSARY))
          .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void divideByZeroOrNegativeIsRejected() {
      assertThatThrownBy(() -> Amounts.divide(rub("10"), 0, RoundingMode.HALF_UP))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("divisor must be positive: 0");
      assertThatThrownBy(() -> Amounts.divide(rub("10"), new BigDecimal("-2.5"), RoundingMode.HALF_UP))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("divisor must be positive: -2.5");
      assertThatThrownBy(() -> Amounts.divide(rub("10"), 2, null)).hasMessage("rounding");
    }

    @Test
    void ratio() {
      assertThat(Amounts.ratio(rub("1920000"), rub("500000"), MathContext.DECIMAL64)).isEqualByComparingTo("3.84");
      assertThat(Amounts.ratio(rub("1"), rub("3"), new MathContext(3))).isEqualByComparingTo("0.333");
      assertThatThrownBy(() -> Amounts.ratio(rub("1"), rub("0"), MathContext.DECIMAL64))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("denominator must not be zero: 0,00 RUB");
      assertThatThrownBy(() -> Amounts.ratio(rub("1"), Amounts.of(1, "USD"), MathContext.DECIMAL64))
          .isInstanceOf(CurrencyMismatchException.class).hasMessageStartingWith("denominator must be in RUB");
    }

    @Test
    void round() {
      assertThat(Amounts.toBigDecimal(Amounts.round(rub("1.005"), RoundingMode.HALF_EVEN))).isEqualByComparingTo("1.00");
      assertThat(Amounts.toBigDecimal(Amounts.round(rub("1.005"), RoundingMode.HALF_UP))).isEqualByComparingTo("1.01");
      assertThat(Amounts.toBigDecimal(Amounts.round(Amounts.of("2.5", "JPY"), RoundingMode.HALF_EVEN)))
          .isEqualByComparingTo("2");
    }

    @Test
    void isEqualIgnoresScaleButNotCurrency() {
      assertThat(Amounts.isEqual(rub("1.50"), rub("1.5"))).isTrue();
      assertThat(Amounts.isEqual(rub("1.5"), rub("1.51"))).isFalse();
      assertThat(Amounts.isEqual(rub("1"), Amounts.of("1", "USD"))).isFalse();
    }
  }

  @Nested
  class Formatting {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "500000     | RUB | 500 000,00 RUB",
        "500000.00  | RUB | 500 000,00 RUB",
        "15000000   | RUB | 15 000 000,00 RUB",
        "1000       | RUB | 1 000,00 RUB",
        "999.9      | RUB | 999,90 RUB",
        "100000     | RUB | 100 000,00 RUB",
        "0          | RUB | 0,00 RUB",
        "0.00       | RUB | 0,00 RUB",
        "-1234567.5 | RUB | -1 234 567,50 RUB",
        "-0.5       | RUB | -0,50 RUB",
        "-1000      | USD | -1 000,00 USD",
        "500        | JPY | 500 JPY",
        "1500000    | JPY | 1 500 000 JPY",
        "500.00     | JPY | 500 JPY",
        "500.5      | JPY | 500,5 JPY",
        "1.5        | BHD | 1,500 BHD",
        "1.005      | RUB | 1,005 RUB",
        "1.0500     | RUB | 1,05 RUB",
        "0.001      | RUB | 0,001 RUB",
        "1E+3       | RUB | 1 000,00 RUB",
    })
    void formatsWithSpacedThousandsCommaAndIsoCode(String amount, String currency, String expected) {
      assertThat(Amounts.format(Amounts.of(amount, currency))).isEqualTo(expected);
    }

    @Test
    void doesNotDependOnTheDefaultLocale() {
      Locale saved = Locale.getDefault();
      try {
        for (Locale l : List.of(Locale.US, Locale.GERMANY, Locale.forLanguageTag("ru-RU"), Locale.forLanguageTag("ar-EG"))) {
          Locale.setDefault(l);
          assertThat(Amounts.format(rub("-1234567.89"))).as("%s", l).isEqualTo("-1 234 567,89 RUB");
        }
      } finally {
        Locale.setDefault(saved);
      }
    }
  }
}
