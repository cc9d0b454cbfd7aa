package io.revops.io.crm;

import static io.revops.io.crm.Imported.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.history.EventKind;
import io.revops.core.history.LeadEvent;
import io.revops.core.money.Amounts;
import io.revops.io.profile.Profiles;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The amoCRM and Bitrix24 fixtures (made from the documented layouts, see the profiles) import with zero
 * rejected rows and the counts they were made with.
 */
class AmoCrmBitrixFixturesTest {
  @Test
  void amocrmDealsAsDownloaded() {
    Imported in = Imported.read(Profiles.builtIn("amocrm"), List.of(fixture("amocrm-deals.csv")));
    assertThat(in.findings.all()).isEmpty();
    assertThat(in.leads).hasSize(12);
    assertThat(in.count(EventKind.CREATED)).isEqualTo(12);
    assertThat(in.count(EventKind.WON)).isEqualTo(4);
    assertThat(in.count(EventKind.LOST)).isEqualTo(3);
    assertThat(in.events).hasSize(12 + 4 + 3);
    assertThat(in.summary.files().get(0).rowsRead()).isEqualTo(12);
    assertThat(in.summary.files().get(0).rowsRejected()).isZero();
    assertThat(in.summary.describe()).contains("UTF-8 (byte order mark)", "delimiter \",\"",
        "column \"Этап сделки\": mapped to stage", "column \"Теги\": ignored");
  }

  @Test
  void amocrmDealsResavedByExcelReadTheSame() {
    Imported downloaded = Imported.read(Profiles.builtIn("amocrm"), List.of(fixture("amocrm-deals.csv")));
    Imported excel = Imported.read(Profiles.builtIn("amocrm"), List.of(fixture("amocrm-deals-excel.csv")));
    assertThat(excel.findings.all()).isEmpty();
    assertThat(excel.summary.describe()).contains("windows-1251 (not valid UTF-8 at byte", "delimiter \";\"");
    assertThat(excel.leads).isEqualTo(downloaded.leads);
    assertThat(excel.events).isEqualTo(downloaded.events);
  }

  @Test
  void amocrmWonIsTheBudgetAtTheClosingDateInMoscow() {
    Imported in = Imported.read(Profiles.builtIn("amocrm"), List.of(fixture("amocrm-deals-excel.csv")));
    LeadEvent.Won won = in.events.stream().filter(e -> e instanceof LeadEvent.Won).map(LeadEvent.Won.class::cast)
        .filter(w -> w.leadId().value().equals("31000007")).findFirst().orElseThrow();
    assertThat(Amounts.toBigDecimal(won.amount())).isEqualByComparingTo(new BigDecimal("630500.50"));
    assertThat(won.amount().getCurrency().getCurrencyCode()).isEqualTo("RUB");
    // 09.04.2026 17:15:00 Moscow (UTC+3)
    assertThat(won.at()).isEqualTo(Instant.parse("2026-04-09T14:15:00Z"));
    LeadEvent.Lost lost = in.events.stream().filter(e -> e instanceof LeadEvent.Lost).map(LeadEvent.Lost.class::cast)
        .findFirst().orElseThrow();
    assertThat(lost.reason()).hasValue("Закрыто и не реализовано");
    assertThat(in.leads.get(0).contact().name()).contains("Смирнов Анна");
    assertThat(in.leads.get(0).source()).hasValueSatisfying(s -> assertThat(s.code()).isEqualTo("phone"));
  }

  @Test
  void bitrix24LeadList() {
    Imported in = Imported.read(Profiles.builtIn("bitrix24"), List.of(fixture("bitrix24-leads.csv")));
    assertThat(in.findings.all()).isEmpty();
    assertThat(in.leads).hasSize(10);
    assertThat(in.count(EventKind.ACCEPTED_AS_SQL)).isEqualTo(3);
    assertThat(in.count(EventKind.REJECTED)).isEqualTo(2);
    assertThat(in.events).hasSize(10 + 3 + 2);
    LeadEvent.Rejected junk = in.events.stream().filter(e -> e instanceof LeadEvent.Rejected)
        .map(LeadEvent.Rejected.class::cast).filter(r -> r.leadId().value().equals("101")).findFirst().orElseThrow();
    assertThat(junk.reason().text()).contains("Нет бюджета в этом году");
    assertThat(in.leads.get(1).contact().name()).contains("Олег Петровна Попов");
    assertThat(in.summary.files().get(0).spec()).isEqualTo("leads");
  }

  @Test
  void bitrix24DealList() {
    Imported in = Imported.read(Profiles.builtIn("bitrix24"), List.of(fixture("bitrix24-deals.csv")));
    assertThat(in.findings.all()).isEmpty();
    assertThat(in.leads).hasSize(8);
    assertThat(in.count(EventKind.WON)).isEqualTo(3);
    assertThat(in.count(EventKind.LOST)).isEqualTo(2);
    LeadEvent.Won won = in.events.stream().filter(e -> e instanceof LeadEvent.Won).map(LeadEvent.Won.class::cast)
        .findFirst().orElseThrow();
    // "400 001,50" with no-break spaces, currency "Российский рубль"
    assertThat(Amounts.toBigDecimal(won.amount())).isEqualByComparingTo(new BigDecimal("400001.50"));
    assertThat(won.amount().getCurrency().getCurrencyCode()).isEqualTo("RUB");
    assertThat(in.summary.files().get(0).spec()).isEqualTo("deals");
  }
}
