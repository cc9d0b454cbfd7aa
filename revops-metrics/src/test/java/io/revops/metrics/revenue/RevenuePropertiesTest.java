package io.revops.metrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import io.revops.core.money.Ratio;
import io.revops.metrics.ReportingCurrency;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of the recurring-revenue metrics over random ledgers. */
class RevenuePropertiesTest {
  private static final List<String> CURRENCIES = List.of("RUB", "USD", "EUR");

  @Test
  void aCohortWithNoChangesHasNrrAndGrrOf100Percent() {
    qt().withExamples(200).forAll(RevenueGenerators.rubLedgers(), integers().between(1, 12)).checkAssert((records, gap) -> {
      YearMonth start = YearMonth.of(2026, 1);
      YearMonth end = start.plusMonths(gap);
      RevenueLedger.Builder b = RevenueLedger.builder();
      for (RevenueRecord r : records) {
        b.add(new RevenueRecord(r.customerId(), start, r.mrr()));
        b.add(new RevenueRecord(r.customerId(), end, r.mrr()));
      }
      RevenueAnalysis a = RevenueAnalysis.of(b.result());
      assertThat(a.nrr(start, end).isComputed()).isEqualTo(records.stream().anyMatch(r -> r.mrr().isPositive()));
      if (a.nrr(start, end).isComputed()) {
        assertThat(a.nrr(start, end).value().ratio()).isEqualTo(Ratio.ONE);
        assertThat(a.grr(start, end).value()).isEqualTo(Rate.ONE);
      }
    });
  }

  @Test
  void grrIsAtMostNrrAndAtMost100Percent() {
    qt().withExamples(300).forAll(RevenueGenerators.rubLedgers(), RevenueGenerators.periods())
        .checkAssert((records, p) -> {
          RevenueAnalysis a = RevenueAnalysis.of(RevenueLedger.of(records));
          var nrr = a.nrr(p[0], p[1]);
          var grr = a.grr(p[0], p[1]);
          assertThat(grr.isComputed()).isEqualTo(nrr.isComputed());
          if (grr.isComputed()) {
            assertThat(grr.value().toBigDecimal()).isLessThanOrEqualTo(nrr.value().ratio().toBigDecimal());
            assertThat(grr.value()).isLessThanOrEqualTo(Rate.ONE);
          }
        });
  }

  @Test
  void startPlusMovementsEqualsEndInSeveralCurrencies() {
    qt().withExamples(300)
        .forAll(RevenueGenerators.ledgers(CURRENCIES), RevenueGenerators.periods(), RevenueGenerators.rates(),
            integers().between(0, 1))
        .checkAssert((records, p, rates, rounding) -> {
          RoundingMode mode = rounding == 0 ? RoundingMode.HALF_EVEN : RoundingMode.DOWN;
          RevenueAnalysis a = RevenueAnalysis.of(RevenueLedger.of(records), ReportingCurrency.of("RUB", rates, mode));
          MrrMovements m = a.movements(p[0], p[1]).value();
          assertThat(Amounts.isEqual(m.startPlusMovements(), m.endMrr())).as(m.toString()).isTrue();
          assertThat(m.newMrr().isNegative() || m.expansion().isNegative() || m.reactivation().isNegative()
              || m.contraction().isNegative() || m.churn().isNegative()).isFalse();
          if (p[0].equals(p[1])) {
            assertThat(m.losses().isZero() && m.gains().isZero() && m.fxImpact().isZero()).isTrue();
          }
        });
  }

  @Test
  void startPlusMovementsEqualsEndInOneCurrencyWithoutFx() {
    qt().withExamples(300).forAll(RevenueGenerators.rubLedgers(), RevenueGenerators.periods())
        .checkAssert((records, p) -> {
          MrrMovements m = RevenueAnalysis.of(RevenueLedger.of(records)).movements(p[0], p[1]).value();
          assertThat(Amounts.isEqual(m.startPlusMovements(), m.endMrr())).isTrue();
          assertThat(m.fxImpact().isZero()).isTrue();
        });
  }

  @Test
  void scalingEveryAmountLeavesRatesUnchanged() {
    qt().withExamples(200)
        .forAll(RevenueGenerators.rubLedgers(), RevenueGenerators.periods(), integers().between(1, 1_000_000),
            integers().between(0, 1))
        .checkAssert((records, p, k, d) -> {
          BigDecimal factor = BigDecimal.valueOf(k, 3);
          List<RevenueRecord> scaled = records.stream().map(r -> new RevenueRecord(r.customerId(), r.month(),
              Amounts.multiply(r.mrr(), factor))).toList();
          ChurnDenominator denominator = ChurnDenominator.values()[d];
          RevenueAnalysis a = RevenueAnalysis.of(RevenueLedger.of(records)).withChurnDenominator(denominator);
          RevenueAnalysis b = RevenueAnalysis.of(RevenueLedger.of(scaled)).withChurnDenominator(denominator);
          assertThat(b.nrr(p[0], p[1]).toOptional()).isEqualTo(a.nrr(p[0], p[1]).toOptional());
          assertThat(b.grr(p[0], p[1]).toOptional()).isEqualTo(a.grr(p[0], p[1]).toOptional());
          assertThat(b.logoChurn(p[0], p[1]).toOptional()).isEqualTo(a.logoChurn(p[0], p[1]).toOptional());
          assertThat(b.revenueChurn(p[0], p[1]).toOptional()).isEqualTo(a.revenueChurn(p[0], p[1]).toOptional());
        });
  }

  @Test
  void mergingTheLedgerOfAnySplitEqualsTheWhole() {
    var tagged = RevenueGenerators.records(CURRENCIES).zip(integers().between(0, 3), Tagged::new);
    qt().withExamples(200).forAll(lists().of(tagged).ofSizeBetween(0, 40), RevenueGenerators.periods())
        .checkAssert((items, p) -> {
          List<RevenueLedger.Builder> parts = new ArrayList<>();
          for (int i = 0; i < 4; i++) {
            parts.add(RevenueLedger.builder());
          }
          RevenueLedger.Builder whole = RevenueLedger.builder();
          for (Tagged t : items) {
            parts.get(t.part()).add(t.record());
            whole.add(t.record());
          }
          RevenueLedger merged = parts.get(3).merge(parts.get(1)).merge(parts.get(0).merge(parts.get(2))).result();
          assertThat(merged).isEqualTo(whole.result());
          assertThat(merged.entries()).isEqualTo(whole.result().entries());
        });
  }

  @Test
  void anNrrComputedFromMergedPartsEqualsTheWhole() {
    var tagged = RevenueGenerators.records(List.of("RUB")).zip(integers().between(0, 2), Tagged::new);
    qt().withExamples(200).forAll(lists().of(tagged).ofSizeBetween(1, 40), RevenueGenerators.periods())
        .checkAssert((items, p) -> {
          RevenueLedger.Builder[] parts = {RevenueLedger.builder(), RevenueLedger.builder(), RevenueLedger.builder()};
          items.forEach(t -> parts[t.part()].add(t.record()));
          RevenueLedger merged = parts[2].merge(parts[0]).merge(parts[1]).result();
          RevenueLedger whole = RevenueLedger.of(items.stream().map(Tagged::record).toList());
          assertThat(RevenueAnalysis.of(merged).nrr(p[0], p[1])).isEqualTo(RevenueAnalysis.of(whole).nrr(p[0], p[1]));
          assertThat(RevenueAnalysis.of(merged).movements(p[0], p[1]))
              .isEqualTo(RevenueAnalysis.of(whole).movements(p[0], p[1]));
        });
  }

  record Tagged(RevenueRecord record, int part) {}
}
