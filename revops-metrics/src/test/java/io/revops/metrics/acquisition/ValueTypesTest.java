package io.revops.metrics.acquisition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.funnel.Department;
import io.revops.core.lead.LeadSource;
import io.revops.core.money.Amounts;
import io.revops.metrics.MonthRange;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Equality, hash codes and text of the acquisition input types. */
class ValueTypesTest {
  private static final YearMonth MARCH = YearMonth.of(2026, 3);

  @Test
  void spendIsMarketingOrSalesOnly() {
    assertThatThrownBy(() -> Spend.of(MARCH, Department.SERVICE, Amounts.of("100", "RUB")))
        .hasMessage("department of acquisition spend must be MARKETING or SALES: SERVICE");
    assertThatThrownBy(() -> Spend.of(MARCH, Channel.paid("ads"), Department.INTERNAL, Amounts.of("100", "RUB")))
        .hasMessage("department of acquisition spend must be MARKETING or SALES: INTERNAL");
  }

  @Test
  void spendEqualityIgnoresTheScaleOfTheAmount() {
    Spend a = Spend.of(MARCH, Channel.paid("ads"), Department.MARKETING, Amounts.of("100", "RUB"));
    Spend b = Spend.of(MARCH, Channel.paid("ads"), Department.MARKETING, Amounts.of("100.00", "RUB"));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(Spend.of(MARCH, Channel.paid("ads"), Department.SALES, Amounts.of("100", "RUB")));
    assertThat(a).isNotEqualTo(Spend.of(MARCH, Department.MARKETING, Amounts.of("100", "RUB")));
    assertThat(a).isNotEqualTo(Spend.of(MARCH, Channel.paid("ads"), Department.MARKETING, Amounts.of("100", "USD")));
  }

  @Test
  void channelsAreEqualBySourceAndKind() {
    assertThat(Channel.paid("ads")).isEqualTo(Channel.of(LeadSource.of("ads"), ChannelKind.PAID))
        .hasSameHashCodeAs(Channel.of(LeadSource.of("ads"), ChannelKind.PAID))
        .isNotEqualTo(Channel.organic("ads"));
    assertThat(Channel.organic("seo")).hasToString("seo (organic)");
    assertThat(Channel.paid("ads").isPaid()).isTrue();
    assertThatThrownBy(() -> Channel.paid(" ")).hasMessage("source must not be blank: \" \"");
  }

  @Test
  void countsAreEqualByMonthChannelAndCount() {
    assertThat(NewCustomers.of(MARCH, Channel.paid("ads"), 3)).isEqualTo(NewCustomers.of(MARCH, Channel.paid("ads"), 3))
        .isNotEqualTo(NewCustomers.of(MARCH, 3))
        .isNotEqualTo(NewCustomers.of(MARCH.plusMonths(1), Channel.paid("ads"), 3));
    assertThat(NewLeads.of(MARCH, 3)).isEqualTo(NewLeads.of(MARCH, 3)).hasSameHashCodeAs(NewLeads.of(MARCH, 3));
    assertThat(NewLeads.of(MARCH, 1)).hasToString("2026-03 1 lead");
  }

  @Test
  void anAccumulatorDoesNotMergeIntoItself() {
    AcquisitionAccumulator acc = AcquisitionAccumulator.of(Amounts.currency("RUB"), MonthRange.ofMonth(MARCH),
        SpendTiming.SAME_PERIOD);

    assertThatThrownBy(() -> acc.merge(acc)).hasMessage("an accumulator cannot be merged into itself");
  }
}
