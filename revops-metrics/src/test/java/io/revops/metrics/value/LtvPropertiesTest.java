package io.revops.metrics.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of LTV and LTV:CAC over generated inputs. */
class LtvPropertiesTest {
  private static final CurrencyUnit RUB = Amounts.currency("RUB");

  private static Gen<MonetaryAmount> money(long maxKopecks) {
    return longs().between(0, maxKopecks).map(k -> Amounts.of(BigDecimal.valueOf(k, 2), RUB));
  }

  private static Gen<Rate> rates() {
    return integers().between(0, 10_000).map(bp -> Rate.of(BigDecimal.valueOf(bp, 4)));
  }

  /** k > 0 with up to 3 decimals, from 0.001 to 1000. */
  private static Gen<BigDecimal> factors() {
    return longs().between(1, 1_000_000).map(v -> BigDecimal.valueOf(v, 3));
  }

  @Test
  void scalingEveryAmountLeavesLtvToCacUnchanged() {
    qt().withExamples(500)
        .forAll(money(10_000_000_000L), money(10_000_000_000L).assuming(m -> m.isPositive()), factors())
        .checkAssert((ltv, cac, k) -> {
          LtvCacRatio base = LtvCac.of(ltv, cac).value();
          LtvCacRatio scaled = LtvCac.of(Amounts.multiply(ltv, k), Amounts.multiply(cac, k)).value();
          assertThat(scaled).isEqualTo(base);
        });
  }

  @Test
  void scalingRevenueAndSpendLeavesTheHandbookChainUnchanged() {
    // with whole-rouble inputs and whole k, LTV and CAC divide exactly, so the chain scales exactly
    qt().withExamples(300)
        .forAll(longs().between(1, 1_000_000),
            integers().between(1, 120).zip(rates(), (months, margin) -> BigDecimal.valueOf(months).multiply(margin.toBigDecimal())),
            longs().between(1, 1000), longs().between(1, 1000))
        .checkAssert((revenue, monthsTimesMargin, cacRoubles, k) -> {
          MonetaryAmount r = Amounts.of(revenue, RUB);
          MonetaryAmount cac = Amounts.of(cacRoubles, RUB);
          LtvCacRatio base = LtvCac.of(Amounts.multiply(r, monthsTimesMargin), cac).value();
          LtvCacRatio scaled = LtvCac.of(Amounts.multiply(Amounts.multiply(r, k), monthsTimesMargin),
              Amounts.multiply(cac, k)).value();
          assertThat(scaled).isEqualTo(base);
        });
  }

  @Test
  void ltvIsMonotoneInMargin() {
    qt().withExamples(500).forAll(money(100_000_000_00L), integers().between(0, 240), rates(), rates())
        .checkAssert((revenue, months, a, b) -> {
          Rate low = a.compareTo(b) <= 0 ? a : b;
          Rate high = a.compareTo(b) <= 0 ? b : a;
          MonetaryAmount lo = Ltv.of(revenue, months, low).value();
          MonetaryAmount hi = Ltv.of(revenue, months, high).value();
          assertThat(Amounts.compare(lo, hi)).isLessThanOrEqualTo(0);
        });
  }

  @Test
  void ltvIsMonotoneInLifetime() {
    qt().withExamples(500).forAll(money(100_000_000_00L), integers().between(0, 240), integers().between(0, 240), rates())
        .checkAssert((revenue, a, b, margin) -> {
          MonetaryAmount lo = Ltv.of(revenue, Math.min(a, b), margin).value();
          MonetaryAmount hi = Ltv.of(revenue, Math.max(a, b), margin).value();
          assertThat(Amounts.compare(lo, hi)).isLessThanOrEqualTo(0);
        });
  }

  @Test
  void churnBasedLtvFallsAsChurnRises() {
    qt().withExamples(500)
        .forAll(money(100_000_000_00L), rates(), integers().between(1, 10_000), integers().between(1, 10_000))
        .checkAssert((arpa, margin, a, b) -> {
          Rate low = Rate.of(BigDecimal.valueOf(Math.min(a, b), 4));
          Rate high = Rate.of(BigDecimal.valueOf(Math.max(a, b), 4));
          MonetaryAmount atLow = Ltv.fromChurn(arpa, margin, low).value();
          MonetaryAmount atHigh = Ltv.fromChurn(arpa, margin, high).value();
          assertThat(Amounts.compare(atHigh, atLow)).isLessThanOrEqualTo(0);
        });
  }

  @Test
  void zeroChurnPoliciesBoundLtvByTheirLimit() {
    qt().withExamples(300).forAll(money(100_000_000_00L), rates(), integers().between(0, 10_000), integers().between(1, 600))
        .checkAssert((arpa, margin, churnBp, capMonths) -> {
          Rate churn = Rate.of(BigDecimal.valueOf(churnBp, 4));
          MonetaryAmount capped = Ltv.fromChurn(arpa, margin, churn, ZeroChurnPolicy.lifetimeCap(capMonths)).value();
          MonetaryAmount limit = Ltv.of(arpa, capMonths, margin).value();
          assertThat(Amounts.compare(capped, limit)).isLessThanOrEqualTo(0);
        });
  }
}
