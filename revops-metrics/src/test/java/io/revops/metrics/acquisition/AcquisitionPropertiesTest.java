package io.revops.metrics.acquisition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.revops.core.funnel.Department;
import io.revops.core.money.Amounts;
import io.revops.metrics.MetricResult;
import io.revops.metrics.MonthRange;
import io.revops.metrics.SplitMerge;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of CAC and of its accumulator, over generated inputs. */
class AcquisitionPropertiesTest {
  private static final CurrencyUnit RUB = Amounts.currency("RUB");
  private static final List<Optional<Channel>> CHANNELS = List.of(Optional.empty(),
      Optional.of(Channel.paid("paid_search")), Optional.of(Channel.paid("display")),
      Optional.of(Channel.organic("seo")), Optional.of(Channel.organic("referral")));

  private static Gen<AcquisitionRecord> records() {
    Gen<YearMonth> months = integers().between(1, 7).map(m -> YearMonth.of(2026, m));
    Gen<Optional<Channel>> channels = Generate.pick(CHANNELS);
    Gen<MonetaryAmount> amounts = longs().between(0, 100_000_000).map(c -> Amounts.of(BigDecimal.valueOf(c, 2), RUB));
    Gen<Long> counts = longs().between(0, 40);
    Gen<AcquisitionRecord> spend = months.zip(channels, Generate.pick(List.of(Department.MARKETING, Department.SALES)), amounts,
        (m, c, d, a) -> c.map(ch -> Spend.of(m, ch, d, a)).orElseGet(() -> Spend.of(m, d, a)));
    Gen<AcquisitionRecord> customers = months.zip(channels, counts,
        (m, c, n) -> c.map(ch -> NewCustomers.of(m, ch, n)).orElseGet(() -> NewCustomers.of(m, n)));
    Gen<AcquisitionRecord> leads = months.zip(channels, counts,
        (m, c, n) -> c.map(ch -> NewLeads.of(m, ch, n)).orElseGet(() -> NewLeads.of(m, n)));
    return Generate.oneOf(spend, customers, leads);
  }

  @Test
  void mergingThePartsOfAnySplitEqualsTheWhole() {
    MonthRange period = MonthRange.of(YearMonth.of(2026, 4), YearMonth.of(2026, 6));
    qt().withExamples(300)
        .forAll(SplitMerge.dealt(records(), 40), Generate.enumValues(SpendTiming.class))
        .checkAssert((dealt, timing) -> {
          AcquisitionReport whole = SplitMerge.whole(dealt, () -> AcquisitionAccumulator.of(RUB, period, timing));
          AcquisitionReport merged = SplitMerge.merged(dealt, () -> AcquisitionAccumulator.of(RUB, period, timing));
          assertThat(merged).isEqualTo(whole);
          assertThat(merged).hasToString(whole.toString());
        });
  }

  @Test
  void reportAgreesWithCacOfItsTotals() {
    MonthRange period = MonthRange.ofMonth(YearMonth.of(2026, 5));
    qt().withExamples(200).forAll(SplitMerge.dealt(records(), 30)).checkAssert(dealt -> {
      List<AcquisitionRecord> rs = new ArrayList<>();
      dealt.forEach(e -> rs.add(e.getKey()));
      BigDecimal spend = BigDecimal.ZERO;
      long customers = 0;
      for (AcquisitionRecord r : rs) {
        if (r instanceof Spend s && period.contains(s.month())) {
          spend = spend.add(Amounts.toBigDecimal(s.amount()));
        } else if (r instanceof NewCustomers n && period.contains(n.month())) {
          customers += n.count();
        }
      }
      MetricResult<MonetaryAmount> blended = Cac.blended(RUB, period, SpendTiming.SAME_PERIOD, rs);
      MetricResult<MonetaryAmount> direct = Cac.of(Amounts.of(spend, RUB), customers, SpendTiming.SAME_PERIOD);
      assertThat(blended.toOptional().map(Amounts::format)).isEqualTo(direct.toOptional().map(Amounts::format));
      assertThat(blended.reason()).isEqualTo(direct.reason());
    });
  }

  @Test
  void cacFallsWeaklyAsCustomersRise() {
    qt().withExamples(500)
        .forAll(longs().between(0, 1_000_000_000_000L), longs().between(1, 100_000), longs().between(0, 100_000))
        .checkAssert((kopecks, customers, more) -> {
          MonetaryAmount spend = Amounts.of(BigDecimal.valueOf(kopecks, 2), RUB);
          MonetaryAmount fewer = Cac.of(spend, customers, SpendTiming.SAME_PERIOD).value();
          MonetaryAmount many = Cac.of(spend, customers + more, SpendTiming.SAME_PERIOD).value();
          assertThat(Amounts.compare(many, fewer)).isLessThanOrEqualTo(0);
        });
  }

  @Test
  void cacRisesWeaklyWithSpend() {
    qt().withExamples(500)
        .forAll(longs().between(0, 1_000_000_000_000L), longs().between(0, 1_000_000_000L), longs().between(1, 10_000))
        .checkAssert((kopecks, extra, customers) -> {
          MonetaryAmount less = Cac.of(Amounts.of(BigDecimal.valueOf(kopecks, 2), RUB), customers, SpendTiming.SAME_PERIOD).value();
          MonetaryAmount more = Cac.of(Amounts.of(BigDecimal.valueOf(kopecks + extra, 2), RUB), customers, SpendTiming.SAME_PERIOD).value();
          assertThat(Amounts.compare(more, less)).isGreaterThanOrEqualTo(0);
        });
  }
}
