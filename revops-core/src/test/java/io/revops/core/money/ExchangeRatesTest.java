package io.revops.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

class ExchangeRatesTest {
  static final CurrencyUnit RUB = Amounts.currency("RUB");
  static final CurrencyUnit USD = Amounts.currency("USD");
  static final CurrencyUnit EUR = Amounts.currency("EUR");
  static final LocalDate JAN_1 = LocalDate.parse("2026-01-01");
  static final LocalDate FEB_1 = LocalDate.parse("2026-02-01");
  static final LocalDate MAR_1 = LocalDate.parse("2026-03-01");

  static final ExchangeRates RATES = ExchangeRates.builder()
      .rate(JAN_1, "USD", "RUB", "80.50")
      .rate(FEB_1, "USD", "RUB", "90")
      .rate(JAN_1, "EUR", "RUB", "100")
      .build();

  @Test
  void theLatestRateOnOrBeforeTheDateApplies() {
    assertThat(RATES.rate(USD, RUB, JAN_1)).contains(new BigDecimal("80.5"));
    assertThat(RATES.rate(USD, RUB, FEB_1.minusDays(1))).contains(new BigDecimal("80.5"));
    assertThat(RATES.rate(USD, RUB, FEB_1)).contains(new BigDecimal("90"));
    assertThat(RATES.rate(USD, RUB, LocalDate.parse("2030-01-01"))).contains(new BigDecimal("90"));
  }

  @Test
  void noRateBeforeTheFirstDate() {
    assertThat(RATES.rate(USD, RUB, JAN_1.minusDays(1))).isEmpty();
    assertThat(RATES.rate(USD, EUR, MAR_1)).isEmpty();
  }

  @Test
  void aCurrencyToItselfIsOne() {
    assertThat(ExchangeRates.none().rate(RUB, RUB, JAN_1)).contains(BigDecimal.ONE);
  }

  @Test
  void theInverseOfTheOppositeRateIsUsedTo34Digits() {
    assertThat(RATES.rate(RUB, EUR, JAN_1)).contains(new BigDecimal("0.01"));
    BigDecimal expected = BigDecimal.ONE.divide(new BigDecimal("90"), MathContext.DECIMAL128);
    assertThat(RATES.rate(RUB, USD, MAR_1)).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo(expected));
  }

  @Test
  void whenBothDirectionsAreKnownTheLaterOneWinsAndTheDirectOneOnATie() {
    ExchangeRates rates = ExchangeRates.builder()
        .rate(JAN_1, "USD", "RUB", "80")
        .rate(FEB_1, "RUB", "USD", "0.0125") // = 1/80 ... but stated later, so it wins from FEB_1
        .rate(MAR_1, "USD", "RUB", "100")
        .rate(MAR_1, "RUB", "USD", "0.0100009") // consistent with 100 within the tolerance, not its exact inverse
        .build();
    assertThat(rates.rate(RUB, USD, JAN_1)).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.0125"));
    assertThat(rates.rate(USD, RUB, FEB_1)).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("80"));
    assertThat(rates.rate(USD, RUB, MAR_1)).contains(new BigDecimal("100"));
    assertThat(rates.rate(RUB, USD, MAR_1)).contains(new BigDecimal("0.0100009"));
  }

  @Test
  void convertRoundsToTheTargetMinorUnitWithTheGivenMode() {
    MonetaryAmount usd = Amounts.of("0.01", "USD"); // 0.805 RUB on JAN_1
    assertThat(Amounts.toBigDecimal(RATES.convert(usd, RUB, JAN_1, RoundingMode.HALF_EVEN))).isEqualByComparingTo("0.80");
    assertThat(Amounts.toBigDecimal(RATES.convert(usd, RUB, JAN_1, RoundingMode.HALF_UP))).isEqualByComparingTo("0.81");
    assertThat(Amounts.toBigDecimal(RATES.convert(usd, RUB, JAN_1, RoundingMode.DOWN))).isEqualByComparingTo("0.80");
    assertThat(RATES.convert(usd, RUB, JAN_1, RoundingMode.DOWN).getCurrency()).isEqualTo(RUB);
  }

  @Test
  void convertWithTheInverseRate() {
    MonetaryAmount rub = Amounts.of("100", "RUB");
    assertThat(Amounts.toBigDecimal(RATES.convert(rub, USD, MAR_1, RoundingMode.HALF_EVEN))).isEqualByComparingTo("1.11");
    assertThat(Amounts.toBigDecimal(RATES.convert(rub, USD, MAR_1, RoundingMode.UP))).isEqualByComparingTo("1.12");
    assertThat(Amounts.toBigDecimal(RATES.convert(rub, EUR, MAR_1, RoundingMode.UNNECESSARY))).isEqualByComparingTo("1");
  }

  @Test
  void convertRoundsToTheTargetsOwnMinorUnit() {
    ExchangeRates yen = ExchangeRates.builder().rate(JAN_1, "JPY", "RUB", "0.6").build();
    // 1000 RUB = 1666.66... JPY; the yen has no minor unit
    MonetaryAmount converted = yen.convert(Amounts.of("1000", "RUB"), Amounts.currency("JPY"), JAN_1, RoundingMode.HALF_EVEN);
    assertThat(Amounts.format(converted)).isEqualTo("1 667 JPY");
    assertThat(Amounts.format(yen.convert(Amounts.of("1001", "JPY"), RUB, JAN_1, RoundingMode.HALF_EVEN)))
        .isEqualTo("600,60 RUB");
  }

  @Test
  void convertToTheSameCurrencyIsTheIdentity() {
    MonetaryAmount a = Amounts.of("1.005", "RUB");
    assertThat(ExchangeRates.none().convert(a, RUB, JAN_1, RoundingMode.HALF_UP)).isSameAs(a);
  }

  @Test
  void aMissingRateNamesBothCurrenciesTheDateAndTheAmount() {
    assertThatThrownBy(() -> RATES.convert(Amounts.of("100", "USD"), EUR, MAR_1, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no exchange rate USD->EUR on or before 2026-03-01 to convert 100,00 USD");
    assertThatThrownBy(() -> RATES.convert(Amounts.of("100", "USD"), RUB, JAN_1.minusDays(1), RoundingMode.HALF_UP))
        .hasMessage("no exchange rate USD->RUB on or before 2025-12-31 to convert 100,00 USD");
  }

  @Test
  void entryValidation() {
    assertThatThrownBy(() -> new ExchangeRates.Entry(JAN_1, RUB, RUB, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exchange rate must be between two currencies, got RUB to RUB");
    assertThatThrownBy(() -> new ExchangeRates.Entry(JAN_1, USD, RUB, BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("exchange rate USD->RUB must be positive: 0");
    assertThatThrownBy(() -> ExchangeRates.builder().rate(JAN_1, "USD", "RUB", "-1.5"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("exchange rate USD->RUB must be positive: -1.5");
    assertThatThrownBy(() -> ExchangeRates.builder().rate(JAN_1, "USD", "RUB", "eighty"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("rate must be a decimal number: \"eighty\"");
    assertThatThrownBy(() -> ExchangeRates.builder().rate(JAN_1, "USD", "XYZ", "80"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("to: currencyCode must be an ISO 4217 code: XYZ");
    assertThatThrownBy(() -> new ExchangeRates.Entry(null, USD, RUB, BigDecimal.ONE)).hasMessage("validFrom");
  }

  @Test
  void entryNormalisesTheScale() {
    assertThat(new ExchangeRates.Entry(JAN_1, USD, RUB, new BigDecimal("80.500")))
        .isEqualTo(new ExchangeRates.Entry(JAN_1, USD, RUB, new BigDecimal("80.5")));
  }

  @Test
  void conflictingRatesForTheSamePairAndDateAreRefusedNamingBoth() {
    // #12: the last one used to win silently, so the table depended on the input order
    assertThatThrownBy(() -> ExchangeRates.builder().rate(JAN_1, "USD", "RUB", "80").rate(JAN_1, "USD", "RUB", "81"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate must not conflict with the rate already given for USD->RUB on 2026-01-01: 80 and 81");
    assertThatThrownBy(() -> ExchangeRates.builder().rate(JAN_1, "USD", "RUB", "81").rate(JAN_1, "USD", "RUB", "80"))
        .hasMessage("rate must not conflict with the rate already given for USD->RUB on 2026-01-01: 81 and 80");
  }

  @Test
  void theSameRateGivenTwiceIsKeptOnce() {
    ExchangeRates rates = ExchangeRates.builder().rate(JAN_1, "USD", "RUB", "80.50").rate(JAN_1, "USD", "RUB", "80.5")
        .build();
    assertThat(rates.rate(USD, RUB, JAN_1)).contains(new BigDecimal("80.5"));
    assertThat(rates.entries()).hasSize(1);
  }

  @Test
  void entriesAreOrderedByPairThenDate() {
    assertThat(RATES.entries()).containsExactly(
        new ExchangeRates.Entry(JAN_1, EUR, RUB, new BigDecimal("100")),
        new ExchangeRates.Entry(JAN_1, USD, RUB, new BigDecimal("80.5")),
        new ExchangeRates.Entry(FEB_1, USD, RUB, new BigDecimal("90")));
    assertThatThrownBy(() -> RATES.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void ofEntriesEqualsTheBuiltTable() {
    assertThat(ExchangeRates.of(RATES.entries())).isEqualTo(RATES);
  }

  @Test
  void theBuilderCanBeReusedWithoutChangingBuiltTables() {
    ExchangeRates.Builder b = ExchangeRates.builder().rate(JAN_1, "USD", "RUB", "80");
    ExchangeRates first = b.build();
    b.rate(FEB_1, "USD", "RUB", "90");
    assertThat(first.entries()).hasSize(1);
    assertThat(b.build().entries()).hasSize(2);
  }

  @Test
  void none() {
    assertThat(ExchangeRates.none().isEmpty()).isTrue();
    assertThat(RATES.isEmpty()).isFalse();
    assertThat(ExchangeRates.builder().build()).isEqualTo(ExchangeRates.none());
    assertThat(ExchangeRates.none()).hasToString("ExchangeRates[]");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(RATES,
            ExchangeRates.builder().rate(JAN_1, "EUR", "RUB", "100.00").rate(FEB_1, "USD", "RUB", "90")
                .rate(JAN_1, "USD", "RUB", "80.5").build(),
            ExchangeRates.of(List.copyOf(RATES.entries())))
        .addEqualityGroup(ExchangeRates.none(), ExchangeRates.of(List.of()))
        .addEqualityGroup(ExchangeRates.builder().rate(JAN_1, "RUB", "USD", "0.0125").build())
        .addEqualityGroup(ExchangeRates.builder().rate(JAN_1, "USD", "RUB", "80").build())
        .testEquals();
  }

  @Test
  void toStringListsEveryRate() {
    assertThat(RATES).hasToString(
        "ExchangeRates[2026-01-01 1 EUR = 100 RUB; 2026-01-01 1 USD = 80.5 RUB; 2026-02-01 1 USD = 90 RUB]");
  }

  @Test
  void nullArgumentsFailAtTheBoundaryEvenWhenNothingIsConverted() {
    MonetaryAmount rub = Amounts.of("1.005", "RUB");
    assertThatThrownBy(() -> RATES.convert(rub, RUB, null, RoundingMode.HALF_EVEN))
        .isInstanceOf(NullPointerException.class).hasMessage("asOf");
    assertThatThrownBy(() -> Amounts.sum(RUB, List.of(), RATES, null, RoundingMode.HALF_EVEN))
        .isInstanceOf(NullPointerException.class).hasMessage("asOf");
    assertThatThrownBy(() -> Amounts.sum(RUB, List.of(rub), RATES, JAN_1, null))
        .isInstanceOf(NullPointerException.class).hasMessage("rounding");
    assertThatThrownBy(() -> ExchangeRates.of(null)).isInstanceOf(NullPointerException.class).hasMessage("entries");
  }

  @Test
  void anAmountAlreadyInTheTargetIsReturnedUnrounded() {
    MonetaryAmount rub = Amounts.of("1.005", "RUB");
    assertThat(RATES.convert(rub, RUB, JAN_1, RoundingMode.HALF_EVEN)).isSameAs(rub);
  }

  @Test
  void theLatestRateWinsWhicheverDirectionItWasGivenIn() {
    ExchangeRates rates = ExchangeRates.builder()
        .rate(JAN_1, "USD", "RUB", "80")
        .rate(FEB_1, "RUB", "USD", "0.0125") // 1 USD = 80 RUB again, stated the other way round, later
        .rate(MAR_1, "USD", "RUB", "100")
        .rate(MAR_1, "RUB", "USD", "0.0100009") // same date as a direct rate: the direct rate wins
        .build();
    assertThat(rates.rate(USD, RUB, JAN_1)).contains(new BigDecimal("80"));
    assertThat(rates.rate(USD, RUB, FEB_1)).contains(new BigDecimal("80"));
    assertThat(rates.rate(RUB, USD, JAN_1)).contains(new BigDecimal("0.0125"));
    assertThat(rates.rate(USD, RUB, MAR_1)).contains(new BigDecimal("100"));
    assertThat(rates.rate(RUB, USD, MAR_1)).contains(new BigDecimal("0.0100009"));
  }

  @Test
  void anInconsistentReverseRateOfTheSameDayIsRefusedNamingBothWhicheverComesFirst() {
    // #12: EUR->RUB 100 and RUB->EUR 0.02 on one day cannot both hold (100 × 0.02 = 2)
    String expected = "rate must be consistent with the opposite rate given for 2026-01-01: ";
    assertThatThrownBy(() -> ExchangeRates.builder().rate(JAN_1, "EUR", "RUB", "100").rate(JAN_1, "RUB", "EUR", "0.02"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(expected + "1 RUB = 0.02 EUR and 1 EUR = 100 RUB multiply to 2, more than 0.001 from 1");
    assertThatThrownBy(() -> ExchangeRates.builder().rate(JAN_1, "RUB", "EUR", "0.02").rate(JAN_1, "EUR", "RUB", "100"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(expected + "1 EUR = 100 RUB and 1 RUB = 0.02 EUR multiply to 2, more than 0.001 from 1");
  }

  @Test
  void aRefusedReverseRateLeavesTheBuilderAsItWas() {
    ExchangeRates.Builder b = ExchangeRates.builder().rate(JAN_1, "EUR", "RUB", "100");
    assertThatThrownBy(() -> b.rate(JAN_1, "RUB", "EUR", "0.02")).isInstanceOf(IllegalArgumentException.class);
    ExchangeRates rates = b.rate(JAN_1, "RUB", "EUR", "0.01").build();
    assertThat(rates.entries()).hasSize(2);
    assertThat(rates.rate(RUB, EUR, JAN_1)).contains(new BigDecimal("0.01"));
  }

  @Test
  void reverseRatesWithinTheToleranceAreKeptAndOtherDaysAreNotCrossChecked() {
    ExchangeRates rates = ExchangeRates.builder()
        .rate(JAN_1, "EUR", "RUB", "98.1234")
        .rate(JAN_1, "RUB", "EUR", "0.010191") // 98.1234 × 0.010191 = 0.99997: rounding, not a conflict
        .rate(FEB_1, "RUB", "EUR", "0.02") // another day: a new rate, not a reverse of January's
        .build();
    assertThat(rates.entries()).hasSize(3);
  }

  @Test
  void theReverseToleranceCanBeWidenedOrNarrowedAndIsValidated() {
    assertThat(ExchangeRates.builder().reverseTolerance(new BigDecimal("0.02"))
        .rate(JAN_1, "USD", "RUB", "80").rate(JAN_1, "RUB", "USD", "0.0126").build().entries()).hasSize(2);
    assertThatThrownBy(() -> ExchangeRates.builder().reverseTolerance(BigDecimal.ZERO)
        .rate(JAN_1, "EUR", "RUB", "98.1234").rate(JAN_1, "RUB", "EUR", "0.010191"))
        .hasMessageContaining("more than 0 from 1");
    assertThatThrownBy(() -> ExchangeRates.builder().reverseTolerance(new BigDecimal("-0.1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("tolerance must be at least 0 and below 1: -0.1");
    assertThatThrownBy(() -> ExchangeRates.builder().reverseTolerance(BigDecimal.ONE))
        .hasMessage("tolerance must be at least 0 and below 1: 1");
    assertThatThrownBy(() -> ExchangeRates.builder().reverseTolerance(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("tolerance");
  }
}
