package io.revops.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of {@link Rate}, {@link Ratio}, {@link Amounts} and {@link ExchangeRates} over generated values. */
class MoneyPropertiesTest {
  static final CurrencyUnit RUB = Amounts.currency("RUB");
  static final CurrencyUnit USD = Amounts.currency("USD");
  static final LocalDate DAY = LocalDate.parse("2026-06-01");

  /** Any exact fraction in [0, 1] with up to 18 fraction digits, plus non-terminating quotients. */
  static Gen<Rate> rates() {
    Gen<Rate> decimals = integers().between(0, 18).flatMap(scale -> {
      long max = BigDecimal.TEN.pow(scale).min(BigDecimal.valueOf(Long.MAX_VALUE)).longValueExact();
      return longs().between(0, max).map(unscaled -> Rate.of(BigDecimal.valueOf(unscaled, scale)));
    });
    Gen<Rate> quotients = longs().between(1, 1_000_000_000_000L)
        .flatMap(whole -> longs().between(0, whole).map(part -> Rate.ofFraction(part, whole)));
    return decimals.mix(quotients);
  }

  /** Any non-negative decimal, from tiny to huge, including negative scales (1E+6). */
  static Gen<Ratio> ratios() {
    return longs().between(0, Long.MAX_VALUE)
        .zip(integers().between(-12, 30), (unscaled, scale) -> Ratio.of(BigDecimal.valueOf(unscaled, scale)));
  }

  /** Roubles with kopecks, positive or negative, sometimes finer than a kopeck. */
  static Gen<MonetaryAmount> roubles() {
    return longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
        .zip(integers().between(0, 4), (unscaled, scale) -> Amounts.of(BigDecimal.valueOf(unscaled, scale), RUB));
  }

  @Test
  void rateToStringParsesBackToAnEqualRate() {
    qt().withExamples(500).forAll(rates()).checkAssert(r -> {
      assertThat(Rate.parse(r.toString())).isEqualTo(r);
      assertThat(Rate.parse(r.toBigDecimal().toPlainString())).isEqualTo(r);
    });
  }

  @Test
  void ratioToStringParsesBackToAnEqualRatio() {
    qt().withExamples(500).forAll(ratios()).checkAssert(r -> {
      assertThat(Ratio.parse(r.toString())).isEqualTo(r);
      assertThat(Ratio.parse(r.toPercent().toPlainString() + "%")).isEqualTo(r);
    });
  }

  @Test
  void addAndSubtractAreInverse() {
    qt().withExamples(500).forAll(roubles(), roubles()).checkAssert((a, b) -> {
      assertThat(Amounts.isEqual(Amounts.subtract(Amounts.add(a, b), b), a)).isTrue();
      assertThat(Amounts.isEqual(Amounts.add(Amounts.subtract(a, b), b), a)).isTrue();
      assertThat(Amounts.isEqual(Amounts.add(a, b), Amounts.add(b, a))).isTrue();
    });
  }

  @Test
  void sumDoesNotDependOnOrder() {
    qt().withExamples(300).forAll(lists().of(roubles()).ofSizeBetween(0, 30), longs().all()).checkAssert((amounts, seed) -> {
      List<MonetaryAmount> shuffled = new ArrayList<>(amounts);
      Collections.shuffle(shuffled, new Random(seed));
      MonetaryAmount total = Amounts.sum(RUB, amounts);
      assertThat(Amounts.isEqual(Amounts.sum(RUB, shuffled), total)).isTrue();
      MonetaryAmount folded = Amounts.zero(RUB);
      for (MonetaryAmount a : shuffled) {
        folded = Amounts.add(folded, a);
      }
      assertThat(Amounts.isEqual(folded, total)).isTrue();
    });
  }

  /*
   * Round trip A -> B -> A. With rounding to the minor unit at each step the round trip is NOT within
   * one minor unit of A in general: the B leg loses up to half a minor unit of B, which is worth
   * q = rate(B -> A) minor units of A (same number of fraction digits). What holds:
   *   |A->B->A - x| <= (q + 1) / 2 minor units of A (plus a 1E-30 allowance for the 34-digit inverse),
   * and therefore within one minor unit of A whenever q <= 1, i.e. B's minor unit is worth no more
   * than A's.
   */

  @Test
  void roundTripIsWithinHalfAMinorUnitOfEachLeg() {
    qt().withExamples(500)
        .forAll(longs().between(0, 1_000_000_000_000L), longs().between(1, 1_000_000_000L),
            Generate.pick(List.of(RoundingMode.HALF_EVEN, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN)))
        .checkAssert((kopecks, rate, mode) -> {
          BigDecimal q = BigDecimal.valueOf(rate, 4); // 1 USD = q RUB, from 0.0001 to 100 000
          ExchangeRates rates = ExchangeRates.builder().rate(DAY, USD, RUB, q).build();
          MonetaryAmount x = Amounts.of(BigDecimal.valueOf(kopecks, 2), RUB);
          MonetaryAmount back = rates.convert(rates.convert(x, USD, DAY, mode), RUB, DAY, mode);
          BigDecimal error = Amounts.toBigDecimal(Amounts.subtract(back, x)).abs();
          BigDecimal bound = new BigDecimal("0.005").multiply(q).add(new BigDecimal("0.005")).add(new BigDecimal("1E-30"));
          assertThat(error).isLessThanOrEqualTo(bound);
        });
  }

  @Test
  void roundTripThroughAFinerCurrencyIsWithinOneMinorUnit() {
    qt().withExamples(500)
        .forAll(longs().between(0, 1_000_000_000_000L), longs().between(1, 10_000L))
        .checkAssert((kopecks, rate) -> {
          BigDecimal q = BigDecimal.valueOf(rate, 4); // 1 B = q RUB with q <= 1: a cent of B is worth <= a kopeck
          ExchangeRates rates = ExchangeRates.builder().rate(DAY, USD, RUB, q).build();
          MonetaryAmount x = Amounts.of(BigDecimal.valueOf(kopecks, 2), RUB);
          MonetaryAmount back = rates.convert(rates.convert(x, USD, DAY, RoundingMode.HALF_EVEN), RUB, DAY,
              RoundingMode.HALF_EVEN);
          assertThat(Amounts.toBigDecimal(Amounts.subtract(back, x)).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
        });
  }

  @Test
  void roundTripThroughACoarserCurrencyCanLoseManyMinorUnits() {
    // the counterexample to "within one minor unit": 1 USD = 80 RUB, 1.00 RUB -> 0.0125 USD -> 0.01 USD -> 0.80 RUB
    ExchangeRates rates = ExchangeRates.builder().rate(DAY, "USD", "RUB", "80").build();
    MonetaryAmount usd = rates.convert(Amounts.of("1.00", "RUB"), USD, DAY, RoundingMode.HALF_EVEN);
    MonetaryAmount back = rates.convert(usd, RUB, DAY, RoundingMode.HALF_EVEN);
    assertThat(Amounts.format(usd)).isEqualTo("0,01 USD");
    assertThat(Amounts.format(back)).isEqualTo("0,80 RUB");
  }
}
