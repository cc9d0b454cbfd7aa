package io.revops.metrics.revenue;

import static io.revops.metrics.revenue.RevenueGenerators.FIRST;
import static io.revops.metrics.revenue.RevenueGenerators.MONTHS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.revops.core.money.Amounts;
import io.revops.core.money.ExchangeRates;
import io.revops.metrics.ReportingCurrency;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import javax.money.CurrencyUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The ledger walks in long arithmetic ({@link RevenueAnalysis#fastMovements}, {@link RevenueAnalysis#fastCohort},
 * {@link Valuation.AtRates}, {@link Scaled}) against the reference: the same walks in {@code BigDecimal}, every
 * amount converted through {@link ExchangeRates#convert} and Moneta. Equal means equal {@code BigDecimal}s,
 * scale included.
 */
class RevenueFastPathTest {
  // JPY has no minor unit, KWD three decimals
  private static final List<String> CURRENCIES = List.of("RUB", "USD", "EUR", "JPY", "KWD");
  private static final List<RoundingMode> ROUNDINGS = Arrays.stream(RoundingMode.values())
      .filter(m -> m != RoundingMode.UNNECESSARY).toList();

  /** A rate {@code unscaled / 10^scale}, given from the currency to the reporting one or the other way. */
  record RateSpec(long unscaled, int scale, boolean inverse) {}

  /** A ledger, a rate per currency and month, the reporting currency and the rounding. */
  record Scenario(List<RevenueRecord> records, List<RateSpec> rates, String reporting, RoundingMode rounding) {
    ExchangeRates table() {
      ExchangeRates.Builder b = ExchangeRates.builder();
      CurrencyUnit to = Amounts.currency(reporting);
      for (int c = 0; c < CURRENCIES.size(); c++) {
        CurrencyUnit from = Amounts.currency(CURRENCIES.get(c));
        if (from.equals(to)) {
          continue;
        }
        for (int m = 0; m < MONTHS; m++) {
          RateSpec r = rates.get(c * MONTHS + m);
          BigDecimal v = BigDecimal.valueOf(r.unscaled(), r.scale());
          // an inverse rate is used as 1 / v to 34 digits: no long holds it
          b.rate(FIRST.plusMonths(m).atDay(1), r.inverse() ? to : from, r.inverse() ? from : to, v);
        }
      }
      return b.build();
    }

    RevenueAnalysis analysis() {
      return RevenueAnalysis.of(RevenueLedger.of(records), ReportingCurrency.of(reporting, table(), rounding));
    }
  }

  private static Gen<BigDecimal> amounts(long maxUnscaled, int maxScale) {
    return longs().between(0, maxUnscaled).zip(integers().between(0, maxScale),
        (u, s) -> u % 5 == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(u, s));
  }

  private static Gen<Scenario> scenarios(Gen<BigDecimal> amounts, int maxRateScale) {
    Gen<RevenueRecord> record = integers().between(0, 7).zip(integers().between(0, MONTHS - 1), amounts,
        Generate.pick(CURRENCIES), (c, m, a, cur) -> RevenueRecord.of("C-" + c, FIRST.plusMonths(m),
            Amounts.of(a, Amounts.currency(cur))));
    Gen<RateSpec> rate = longs().between(100, 1_000_000).zip(integers().between(0, maxRateScale), booleans().all(),
        RateSpec::new);
    return lists().of(record).ofSizeBetween(1, 40).zip(lists().of(rate).ofSize(CURRENCIES.size() * MONTHS),
        Generate.pick(CURRENCIES), Generate.pick(ROUNDINGS), Scenario::new);
  }

  /** Amounts up to 10^7 with up to 4 decimals, rates from 0.01 to 10^6: every sum fits a long. */
  private static Gen<Scenario> moderate() {
    return scenarios(amounts(10_000_000, 4), 4);
  }

  /** Amounts up to 10^15 with up to 20 decimals: the fast path often gives up, and the reference answers. */
  private static Gen<Scenario> wild() {
    return scenarios(amounts(1_000_000_000_000_000L, 20), 12);
  }

  @Test
  void fastMovementsEqualTheReferenceExactly() {
    qt().withExamples(400).forAll(moderate(), RevenueGenerators.periods()).checkAssert((s, p) -> {
      RevenueAnalysis a = s.analysis();
      MrrMovements fast = a.fastMovements(p[0], p[1]);
      MrrMovements reference = a.referenceMovements(p[0], p[1]);
      assertThat(fast).as("fast path applies to %s", s).isNotNull();
      assertThat(fast.exactAmounts()).isEqualTo(reference.exactAmounts());
      assertThat(fast.counts()).isEqualTo(reference.counts());
      assertThat(fast.toString()).isEqualTo(reference.toString());
      assertThat(a.movements(p[0], p[1]).value().exactAmounts()).isEqualTo(reference.exactAmounts());
    });
  }

  @Test
  void fastCohortEqualsTheReferenceExactly() {
    qt().withExamples(400).forAll(moderate(), RevenueGenerators.periods()).checkAssert((s, p) -> {
      RevenueAnalysis a = s.analysis();
      RevenueAnalysis.Cohort fast = a.fastCohort(p[0], p[1]);
      assertThat(fast).as("fast path applies to %s", s).isNotNull();
      assertThat(fields(fast)).isEqualTo(fields(a.referenceCohort(p[0], p[1])));
    });
  }

  /**
   * An inverse rate whose reciprocal ends after many digits (1 / 65,536 = 0.0000152587890625) times an amount
   * with four decimals overflows a long product: the fast paths still apply (through an exact product) and
   * equal the reference. QuickTheories drew this case once in seven CI runs.
   */
  @Test
  void aReciprocalRateWithALongExpansionKeepsTheFastPaths() {
    List<RateSpec> rates = new java.util.ArrayList<>();
    for (int i = 0; i < CURRENCIES.size() * MONTHS; i++) {
      rates.add(new RateSpec(65_536, 0, true));
    }
    List<RevenueRecord> records = List.of(
        RevenueRecord.of("C-1", FIRST, Amounts.of(new BigDecimal("9999999.1234"), Amounts.currency("USD"))),
        RevenueRecord.of("C-1", FIRST.plusMonths(1), Amounts.of(new BigDecimal("8888888.4321"),
            Amounts.currency("USD"))),
        RevenueRecord.of("C-2", FIRST.plusMonths(1), Amounts.of(new BigDecimal("7.5"), Amounts.currency("EUR"))));
    for (RoundingMode rounding : ROUNDINGS) {
      RevenueAnalysis a = new Scenario(records, rates, "RUB", rounding).analysis();
      YearMonth from = FIRST;
      YearMonth to = FIRST.plusMonths(2);
      RevenueAnalysis.Cohort fast = a.fastCohort(from, to);
      assertThat(fast).as("fast cohort at %s", rounding).isNotNull();
      assertThat(fields(fast)).isEqualTo(fields(a.referenceCohort(from, to)));
      MrrMovements movements = a.fastMovements(from, to);
      assertThat(movements).as("fast movements at %s", rounding).isNotNull();
      assertThat(movements.exactAmounts()).isEqualTo(a.referenceMovements(from, to).exactAmounts());
    }
  }

  @Test
  void inOneCurrencyTheFastPathsEqualTheReference() {
    qt().withExamples(300).forAll(lists().of(amounts(1_000_000_000_000L, 6).zip(integers().between(0, 7),
        integers().between(0, MONTHS - 1), (v, c, m) -> RevenueRecord.of("C-" + c, FIRST.plusMonths(m),
            Amounts.of(v, Amounts.currency("RUB"))))).ofSizeBetween(1, 40), RevenueGenerators.periods())
        .checkAssert((records, p) -> {
          RevenueAnalysis a = RevenueAnalysis.of(RevenueLedger.of(records));
          MrrMovements fast = a.fastMovements(p[0], p[1]);
          assertThat(fast).isNotNull();
          assertThat(fast.exactAmounts()).isEqualTo(a.referenceMovements(p[0], p[1]).exactAmounts());
          assertThat(fast.counts()).isEqualTo(a.referenceMovements(p[0], p[1]).counts());
          assertThat(fields(a.fastCohort(p[0], p[1]))).isEqualTo(fields(a.referenceCohort(p[0], p[1])));
        });
  }

  @Test
  void beyondLongsTheResultsStillEqualTheReference() {
    qt().withExamples(150).forAll(wild(), RevenueGenerators.periods()).checkAssert((s, p) -> {
      RevenueAnalysis a = s.analysis();
      MrrMovements reference = a.referenceMovements(p[0], p[1]);
      MrrMovements m = a.movements(p[0], p[1]).value();
      assertThat(m.exactAmounts()).isEqualTo(reference.exactAmounts());
      assertThat(m.counts()).isEqualTo(reference.counts());
      RevenueAnalysis.Cohort fast = a.fastCohort(p[0], p[1]);
      if (fast != null) {
        assertThat(fields(fast)).isEqualTo(fields(a.referenceCohort(p[0], p[1])));
      }
    });
  }

  /** The public results of the long walk and the BigDecimal walk are equal as Moneta amounts and as values. */
  @Test
  void theResultsOfBothWalksAreEqualMonetaryAmounts() {
    qt().withExamples(300).forAll(moderate(), RevenueGenerators.periods()).checkAssert((s, p) -> {
      RevenueAnalysis a = s.analysis();
      MrrMovements fast = a.fastMovements(p[0], p[1]);
      MrrMovements reference = a.referenceMovements(p[0], p[1]);
      assertThat(fast).as("fast path applies to %s", s).isNotNull();
      assertThat(monetaryAmounts(fast)).isEqualTo(monetaryAmounts(reference));
      assertThat(fast).isEqualTo(reference);
      RevenueAnalysis.Cohort cohort = a.fastCohort(p[0], p[1]);
      RevenueAnalysis.Cohort referenceCohort = a.referenceCohort(p[0], p[1]);
      assertThat(Amounts.of(cohort.endMrr, a.currency())).isEqualTo(Amounts.of(referenceCohort.endMrr, a.currency()));
      assertThat(Amounts.of(cohort.keptMrr, a.currency())).isEqualTo(Amounts.of(referenceCohort.keptMrr, a.currency()));
    });
  }

  private static List<javax.money.MonetaryAmount> monetaryAmounts(MrrMovements m) {
    return List.of(m.startMrr(), m.fxImpact(), m.newMrr(), m.expansion(), m.reactivation(), m.contraction(),
        m.churn(), m.endMrr(), m.gains(), m.losses());
  }

  @Test
  void everyConversionEqualsExchangeRatesConvertThroughMoneta() {
    Gen<RoundingMode> anyRounding = Generate.enumValues(RoundingMode.class);
    qt().withExamples(2000)
        .forAll(amounts(1_000_000_000_000L, 8), longs().between(1, 1_000_000_000_000L).zip(integers().between(0, 14),
            BigDecimal::valueOf), Generate.pick(CURRENCIES).zip(Generate.pick(CURRENCIES), (a, b) -> List.of(a, b)),
            anyRounding.zip(booleans().all(), (mode, inverse) -> List.of(mode, inverse)))
        .assuming((amount, rate, pair, how) -> !pair.get(0).equals(pair.get(1)))
        .checkAssert((amount, rate, pair, how) -> {
          CurrencyUnit from = Amounts.currency(pair.get(0));
          CurrencyUnit to = Amounts.currency(pair.get(1));
          RoundingMode mode = (RoundingMode) how.get(0);
          ExchangeRates rates = (Boolean) how.get(1)
              ? ExchangeRates.builder().rate(FIRST.atDay(1), to, from, rate).build()
              : ExchangeRates.builder().rate(FIRST.atDay(1), from, to, rate).build();
          RevenueLedger ledger = RevenueLedger.of(RevenueRecord.of("C", FIRST, Amounts.of(amount, from)));
          Valuation valuation = Valuation.converted(ReportingCurrency.of(to, rates, mode));
          BigDecimal expected;
          try {
            expected = Amounts.toBigDecimal(rates.convert(Amounts.of(amount, from), to, FIRST.atEndOfMonth(), mode));
          } catch (ArithmeticException e) { // UNNECESSARY where rounding is needed: the fast path gives up too
            assertThat(catchThrowable(() -> valuation.atRates(ledger.scale(), FIRST).read(ledger.rows().get(0), 0)))
                .isInstanceOfAny(ArithmeticException.class, Valuation.Unfit.class);
            return;
          }
          assertThat(ledger.rows().get(0).value(FIRST, valuation, FIRST)).isEqualTo(expected);
          Valuation.AtRates at;
          long value;
          try {
            at = valuation.atRates(ledger.scale(), FIRST);
            value = at.read(ledger.rows().get(0), 0);
          } catch (ArithmeticException | Valuation.Unfit e) {
            assertThat(beyondLongs(ledger, rates.rate(from, to, FIRST.atEndOfMonth()).orElseThrow(), to, expected))
                .as("the fast path gives up only beyond longs").isTrue();
            return;
          }
          assertThat(BigDecimal.valueOf(value, at.scale)).isEqualByComparingTo(expected);
        });
  }

  @Test
  void theBenchmarksConversionIsExact() {
    // W3: USD at a constant 90 RUB, cents times 90 stripped by Money (1851.85 USD = 166666.5 RUB)
    ExchangeRates rates = ExchangeRates.builder().rate(YearMonth.of(2000, 1).atDay(1), "USD", "RUB", "90").build();
    RevenueLedger ledger = RevenueLedger.of(
        RevenueRecord.of("A", "2026-01", "1851.85", "USD"), RevenueRecord.of("B", "2026-01", "100", "USD"),
        RevenueRecord.of("A", "2026-02", "2000.10", "USD"), RevenueRecord.of("C", "2026-02", "0.5", "RUB"));
    RevenueAnalysis a = RevenueAnalysis.of(ledger, ReportingCurrency.of("RUB", rates, RoundingMode.HALF_EVEN));
    YearMonth jan = YearMonth.of(2026, 1);
    YearMonth feb = YearMonth.of(2026, 2);
    assertThat(a.fastMovements(jan, feb).exactAmounts()).isEqualTo(a.referenceMovements(jan, feb).exactAmounts());
    assertThat(a.fastMovements(jan, feb).exactAmounts().get(0)).isEqualTo(new BigDecimal("175666.5"));
    assertThat(fields(a.fastCohort(jan, feb))).isEqualTo(fields(a.referenceCohort(jan, feb)));
  }

  @Test
  void aMissingRateFailsAsTheReferenceDoes() {
    ExchangeRates rates = ExchangeRates.builder().rate(FIRST.plusMonths(3).atDay(1), "USD", "RUB", "90").build();
    RevenueLedger ledger = RevenueLedger.of(RevenueRecord.of("A", FIRST, Amounts.of("10", "USD")),
        RevenueRecord.of("A", FIRST.plusMonths(4), Amounts.of("20", "USD")));
    RevenueAnalysis a = RevenueAnalysis.of(ledger, ReportingCurrency.of("RUB", rates, RoundingMode.HALF_EVEN));
    YearMonth end = FIRST.plusMonths(4);
    Throwable reference = catchThrowable(() -> a.referenceMovements(FIRST, end));
    assertThat(reference).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no exchange rate USD->RUB");
    assertThat(a.fastMovements(FIRST, end)).isNull();
    assertThatThrownBy(() -> a.movements(FIRST, end)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(reference.getMessage());
    assertThat(a.nrr(FIRST.plusMonths(3), end).isComputed()).isFalse(); // nobody paid then: no conversion needed
  }

  @Test
  void aRoundingThatMustNotRoundFailsAsTheReferenceDoes() {
    ExchangeRates rates = ExchangeRates.builder().rate(FIRST.atDay(1), "USD", "RUB", "90.123").build();
    RevenueLedger ledger = RevenueLedger.of(RevenueRecord.of("A", FIRST, Amounts.of("10.01", "USD")));
    RevenueAnalysis a = RevenueAnalysis.of(ledger, ReportingCurrency.of("RUB", rates, RoundingMode.UNNECESSARY));
    assertThat(catchThrowable(() -> a.referenceMovements(FIRST, FIRST))).isInstanceOf(ArithmeticException.class);
    assertThat(a.fastMovements(FIRST, FIRST)).isNull();
    assertThatThrownBy(() -> a.movements(FIRST, FIRST)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void longDivisionRoundsAsBigDecimalDoes() {
    qt().withExamples(3000).forAll(longs().all(), integers().between(0, 18), Generate.enumValues(RoundingMode.class))
        .checkAssert((p, e, mode) -> {
          Object expected;
          try {
            expected = BigDecimal.valueOf(p, e).setScale(0, mode).longValueExact();
          } catch (ArithmeticException ex) {
            expected = ArithmeticException.class;
          }
          Object actual;
          try {
            actual = Scaled.divide(p, Scaled.pow10(e), mode);
          } catch (ArithmeticException ex) {
            actual = ArithmeticException.class;
          }
          assertThat(actual).isEqualTo(expected);
        });
  }

  /**
   * True if converting the ledger's only amount at {@code rate} into {@code to} needs more than a long: the
   * product of the unscaled amount and rate (a rate of up to 18 digits), a power of ten beyond 10^18 to round
   * it, or the result at the walk's scale.
   */
  private static boolean beyondLongs(RevenueLedger ledger, BigDecimal rate, CurrencyUnit to, BigDecimal expected) {
    BigDecimal amount = ledger.rows().get(0).singleAmount()[0];
    int minor = Math.max(0, to.getDefaultFractionDigits());
    int walkScale = Math.max(ledger.scale(), minor);
    boolean longRate = rate.precision() <= 18 && rate.scale() <= 18;
    return longRate && (amount.unscaledValue().multiply(rate.unscaledValue()).bitLength() > 63
        || amount.scale() + rate.scale() - minor > 18)
        || expected.movePointRight(walkScale).abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0;
  }

  private static List<Object> fields(RevenueAnalysis.Cohort c) {
    return List.of(c.customers, c.reactivated, c.startMrr, c.endMrr, c.keptMrr, c.reactivatedMrr);
  }
}
