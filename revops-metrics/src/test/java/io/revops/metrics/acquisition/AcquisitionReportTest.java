package io.revops.metrics.acquisition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.funnel.Department;
import io.revops.core.money.Amounts;
import io.revops.core.money.CurrencyMismatchException;
import io.revops.metrics.MonthRange;
import java.time.YearMonth;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/** CAC and CPL from records: blended, by channel, paid vs organic, spend timing, what is left out. */
class AcquisitionReportTest {
  private static final CurrencyUnit RUB = Amounts.currency("RUB");
  private static final Channel SEARCH = Channel.paid("paid_search");
  private static final Channel SEO = Channel.organic("seo");
  private static final YearMonth JAN = YearMonth.of(2026, 1);
  private static final YearMonth FEB = YearMonth.of(2026, 2);
  private static final MonthRange FEBRUARY = MonthRange.ofMonth(FEB);

  private static MonetaryAmount rub(long v) {
    return Amounts.of(v, RUB);
  }

  private static final List<AcquisitionRecord> RECORDS = List.of(
      Spend.of(JAN, SEARCH, Department.MARKETING, rub(600_000)),
      Spend.of(FEB, SEARCH, Department.MARKETING, rub(3_000_000)),
      Spend.of(FEB, SEO, Department.MARKETING, rub(2_000_000)),
      Spend.of(FEB, Department.SALES, rub(10_000_000)),
      NewCustomers.of(FEB, SEARCH, 10),
      NewCustomers.of(FEB, SEO, 15),
      NewCustomers.of(FEB, 5),
      NewCustomers.of(JAN, SEARCH, 4),
      NewLeads.of(FEB, SEARCH, 300),
      NewLeads.of(FEB, SEO, 100),
      NewLeads.of(JAN, SEO, 80));

  @Test
  void blendedCacUsesAllSpendAndAllNewCustomers() {
    AcquisitionReport r = Cac.report(RUB, FEBRUARY, SpendTiming.SAME_PERIOD, RECORDS);

    assertThat(r.cac()).hasToString(
        "CAC = 500 000,00 RUB (15 000 000,00 RUB spend in 2026-02 / 30 new customers in 2026-02, same-period spend)");
    assertThat(Cac.blended(RUB, FEBRUARY, SpendTiming.SAME_PERIOD, RECORDS)).isEqualTo(r.cac());
  }

  @Test
  void cacByChannelAndKindUseOnlyAttributedRecords() {
    AcquisitionReport r = Cac.report(RUB, FEBRUARY, SpendTiming.SAME_PERIOD, RECORDS);

    assertThat(r.cacByChannel().get(SEARCH)).hasToString("CAC paid_search (paid) = 300 000,00 RUB "
        + "(3 000 000,00 RUB spend in 2026-02 / 10 new customers in 2026-02, same-period spend)");
    assertThat(Amounts.format(r.cacByChannel().get(SEO).value())).isEqualTo("133 333,33 RUB");
    assertThat(r.cacByKind()).containsOnlyKeys(ChannelKind.PAID, ChannelKind.ORGANIC);
    assertThat(Amounts.format(r.cacByKind().get(ChannelKind.PAID).value())).isEqualTo("300 000,00 RUB");
    assertThat(r.cacByKind().get(ChannelKind.ORGANIC).metric()).isEqualTo("CAC organic");
    assertThat(Amounts.format(r.unattributedSpend())).isEqualTo("10 000 000,00 RUB");
    assertThat(r.unattributedNewCustomers()).isEqualTo(5);
  }

  @Test
  void laggedSpendComesFromThePreviousPeriod() {
    AcquisitionReport r = Cac.report(RUB, FEBRUARY, SpendTiming.LAGGED_ONE_PERIOD, RECORDS);

    assertThat(r.cac()).hasToString(
        "CAC = 20 000,00 RUB (600 000,00 RUB spend in 2026-01 / 30 new customers in 2026-02, spend lagged one period)");
    assertThat(r.cacByChannel().get(SEO)).hasToString("CAC seo (organic) = 0,00 RUB "
        + "(0,00 RUB spend in 2026-01 / 15 new customers in 2026-02, spend lagged one period)");
  }

  @Test
  void cplUsesMarketingSpendAndLeadsOfThePeriod() {
    AcquisitionReport r = Cac.report(RUB, FEBRUARY, SpendTiming.LAGGED_ONE_PERIOD, RECORDS);

    assertThat(r.cpl()).as("CPL is same-period whatever the CAC timing; sales spend does not count")
        .hasToString("CPL = 12 500,00 RUB (5 000 000,00 RUB marketing spend / 400 leads in 2026-02)");
    assertThat(Amounts.format(r.cplByChannel().get(SEARCH).value())).isEqualTo("10 000,00 RUB");
    assertThat(Amounts.format(r.cplByKind().get(ChannelKind.ORGANIC).value())).isEqualTo("20 000,00 RUB");
  }

  @Test
  void recordsOutsideThePeriodAreCountedNotUsed() {
    AcquisitionReport same = Cac.report(RUB, FEBRUARY, SpendTiming.SAME_PERIOD, RECORDS);
    AcquisitionReport lagged = Cac.report(RUB, FEBRUARY, SpendTiming.LAGGED_ONE_PERIOD, RECORDS);

    assertThat(same.recordsOutsidePeriod()).as("January spend, customers and leads").isEqualTo(3);
    assertThat(lagged.recordsOutsidePeriod()).as("January customers and leads; February sales spend")
        .isEqualTo(3);
    assertThat(same.toString()).contains("unattributed: 10 000 000,00 RUB spend, 5 new customers, 0 leads; "
        + "3 records outside the period");
  }

  @Test
  void aChannelWithSpendButNoCustomersIsNotComputable() {
    AcquisitionReport r = Cac.report(RUB, FEBRUARY, SpendTiming.SAME_PERIOD,
        List.of(Spend.of(FEB, Channel.paid("display"), Department.MARKETING, rub(1_000))));

    assertThat(r.cacByChannel().get(Channel.paid("display")).reason()).contains("no new customers");
    assertThat(r.cac().reason()).contains("no new customers");
    assertThat(r.cpl().reason()).contains("no leads");
  }

  @Test
  void spendInAnotherCurrencyIsRejected() {
    AcquisitionAccumulator acc = AcquisitionAccumulator.of(RUB, FEBRUARY, SpendTiming.SAME_PERIOD);

    assertThatThrownBy(() -> acc.add(Spend.of(FEB, SEARCH, Department.MARKETING, Amounts.of(10, "USD"))))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("spend must be in RUB, but is in USD: 10,00 USD");
  }

  @Test
  void accumulatorsOfDifferentPeriodsDoNotMerge() {
    AcquisitionAccumulator feb = AcquisitionAccumulator.of(RUB, FEBRUARY, SpendTiming.SAME_PERIOD);
    AcquisitionAccumulator jan = AcquisitionAccumulator.of(RUB, MonthRange.ofMonth(JAN), SpendTiming.SAME_PERIOD);

    assertThatThrownBy(() -> feb.merge(jan)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same currency, period, timing and rounding")
        .hasMessageContaining("2026-02").hasMessageContaining("2026-01");
  }

  @Test
  void badRecordsAreRejectedAtTheBoundary() {
    assertThatThrownBy(() -> Spend.of(FEB, SEARCH, Department.MARKETING, rub(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("spend must not be negative: -1,00 RUB");
    assertThatThrownBy(() -> NewCustomers.of(FEB, SEARCH, -2))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("newCustomers must not be negative: -2");
    assertThatThrownBy(() -> NewLeads.of(FEB, -3))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("newLeads must not be negative: -3");
  }

  @Test
  void recordsPrintReadably() {
    assertThat(RECORDS.get(1)).hasToString("2026-02 MARKETING paid_search (paid) 3 000 000,00 RUB");
    assertThat(RECORDS.get(6)).hasToString("2026-02 5 new customers");
    assertThat(RECORDS.get(8)).hasToString("2026-02 paid_search (paid) 300 leads");
  }
}
