package io.revops.examples.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.funnel.Department;
import io.revops.core.lead.LeadSource;
import io.revops.core.money.Amounts;
import io.revops.examples.data.SpendRecord;
import io.revops.metrics.acquisition.Channel;
import io.revops.metrics.acquisition.ChannelKind;
import io.revops.metrics.acquisition.Spend;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/** A CRM spend row becomes a spend record with its channel, or with none: never with a channel {@code ""}. */
class CrmInputTest {
  private static final YearMonth JAN = YearMonth.of(2026, 1);
  private static final MonetaryAmount RUB = Amounts.of(1_000, "RUB");

  @Test
  void spendWithoutAChannelHasNone() {
    SpendRecord s = CrmInput.spendRecord(Spend.of(JAN, Department.SALES, RUB));
    assertThat(s.channel()).isEqualTo(Optional.empty());
    assertThat(s.paid()).isFalse();
    assertThat(s.department()).isEqualTo("sales");
    assertThat(HealthAccumulator.paidChannels(List.of(s))).isEmpty();
  }

  @Test
  void spendOnAChannelKeepsItsCodeAndKind() {
    Channel webinar = Channel.of(LeadSource.of("webinar"), ChannelKind.PAID);
    SpendRecord s = CrmInput.spendRecord(Spend.of(JAN, webinar, Department.MARKETING, RUB));
    assertThat(s.channel()).isEqualTo(Optional.of("webinar"));
    assertThat(s.paid()).isTrue();
    assertThat(HealthAccumulator.paidChannels(List.of(s))).containsExactly("webinar");
  }
}
