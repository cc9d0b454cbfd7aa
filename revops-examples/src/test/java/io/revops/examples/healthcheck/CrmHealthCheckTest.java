package io.revops.examples.healthcheck;

import static io.revops.examples.healthcheck.HealthCheckTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job on a CRM's own export: {@code --crm NAME FILE… [--zone ZONE] [--dry-run]}. */
class CrmHealthCheckTest {
  /** An amoCRM deals export as re-saved by Russian Excel: Windows-1251, ';', grouped budgets with a no-break space. */
  static Path amocrmExport(Path dir) throws IOException {
    String text = "ID;Название сделки;Бюджет;Дата создания;Дата закрытия;Этап сделки;Полное имя контакта;Источник\r\n"
        + "1;Поставка;1\u00a0200\u00a0000,00;02.03.2026 10:00:00;20.03.2026 15:00:00;Успешно реализовано;Иван Петров;телефон\r\n"
        + "2;Аудит;85\u00a0000,00;03.03.2026 11:00:00;21.03.2026 12:00:00;Закрыто и не реализовано;Анна;Сайт\r\n"
        + "3;Внедрение;450\u00a0000,00;04.03.2026 12:00:00;;Тендер;Олег;Сайт\r\n"
        + "4;Лицензии;99\u00a0000,00;05.03.2026 12:00:00;;Тендер;Юлия;телефон\r\n"
        + "5;Сломанная;12,0,0;31.02.2026 12:00:00;;Переговоры;Павел;телефон\r\n";
    Path file = dir.resolve("amocrm_export_leads.csv");
    Files.write(file, text.getBytes(Charset.forName("windows-1251")));
    return file;
  }

  @Test
  void aCrmExportIsEvaluatedAndEveryRejectedRowIsInTheReport(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("report");
    HealthCheckTest.Run r = run("--crm", "amocrm", amocrmExport(tmp).toString(), "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertThat(json.at("/input/rowsRead").asLong()).isEqualTo(5);
    assertThat(json.at("/input/rowsRejected").asLong()).isEqualTo(1);
    assertThat(json.at("/input/errors/0/line").asLong()).isEqualTo(6);
    assertThat(json.at("/funnel/lead").asLong()).isEqualTo(4);
    assertThat(json.at("/funnel/customer").asLong()).isEqualTo(1);
    // the case: "Customer 1", "Win rate 50% (1/2)" and a sales cycle of "no won deals" — now one deal
    assertThat(json.at("/conversions/Win rate/value/successes").asLong()).isEqualTo(1);
    assertThat(json.at("/conversions/Win rate/value/trials").asLong()).isEqualTo(2);
    assertThat(json.at("/salesCycle/wonDeals").asLong()).isEqualTo(1);
    assertThat(json.at("/salesCycle/customers").asLong()).isEqualTo(1);
    assertThat(json.at("/salesCycle/start").asText()).isEqualTo("from lead creation");
    assertThat(r.out()).contains("Sales cycle (from lead creation: the data records no contact attempt): median")
        .doesNotContain("no won deals");
  }

  @Test
  void aDryRunSaysWhatWasUnderstood(@TempDir Path tmp) throws IOException {
    HealthCheckTest.Run r = run("--crm", "amocrm", amocrmExport(tmp).toString(), "--zone", "Asia/Yekaterinburg",
        "--dry-run");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("windows-1251 (not valid UTF-8 at byte", "delimiter \";\"",
        "column \"Этап сделки\": mapped to stage", "column \"Название сделки\": ignored",
        "\"Этап сделки\" \"Тендер\": 2 rows, not mapped", "4 leads", "1 rows rejected");
    assertThat(r.out()).doesNotContain("wrote");
  }

  @Test
  void badCrmArguments(@TempDir Path tmp) throws IOException {
    assertThat(run("--crm", "pipedrive", amocrmExport(tmp).toString()).status()).isEqualTo(2);
    assertThat(run("--crm", "amocrm").status()).isEqualTo(2);
    assertThat(run("--zone", "Europe/Moscow").err()).contains("--zone needs --crm");
    assertThat(run("--crm", "amocrm", tmp.resolve("missing.csv").toString()).err()).contains("missing.csv");
  }

  private static String fixture(String name) {
    return SectionsAgreeTest.FIXTURES.resolve(name).toString();
  }

  @Test
  void hubspotContactsAndDealsEndToEnd(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("report");
    // the roles of the files come from their headers: any order
    HealthCheckTest.Run r = run("--crm", "hubspot", fixture("hubspot-deals.csv"), fixture("hubspot-contacts.csv"),
        "--zone", "America/New_York", "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertThat(json.at("/input/rowsRead").asLong()).isEqualTo(6 + 8);
    assertThat(json.at("/input/rowsRejected").asLong()).isZero();
    // 6 contacts and the company deal 90005; customers: 51000, 51005 (their own dates), 51003 and deal-90005
    assertThat(json.at("/funnel/lead").asLong()).isEqualTo(7);
    assertThat(json.at("/funnel/customer").asLong()).isEqualTo(4);
    assertThat(json.at("/salesCycle/wonDeals").asLong()).isEqualTo(4);
  }

  @Test
  void bitrix24LeadsAndDealsEndToEnd(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("report");
    HealthCheckTest.Run r = run("--crm", "bitrix24", fixture("bitrix24-leads.csv"), fixture("bitrix24-deals-of-leads.csv"),
        "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertThat(json.at("/input/rowsRead").asLong()).isEqualTo(10 + 9);
    assertThat(json.at("/input/rowsRejected").asLong()).isZero();
    // 10 leads and the deals D_606 and D_607 without a lead; customers: lead 100 (deal 600) and D_606
    assertThat(json.at("/funnel/lead").asLong()).isEqualTo(12);
    assertThat(json.at("/funnel/customer").asLong()).isEqualTo(2);
    assertThat(json.at("/conversions/Win rate/value/successes").asLong()).isEqualTo(2);
    assertThat(json.at("/conversions/Win rate/value/trials").asLong()).isEqualTo(3);
  }

  @Test
  void aDryRunOfLeadsAndDealsSaysHowTheDealsJoined(@TempDir Path tmp) throws IOException {
    HealthCheckTest.Run bitrix = run("--crm", "bitrix24", fixture("bitrix24-leads.csv"),
        fixture("bitrix24-deals-of-leads.csv"), "--dry-run");
    assertThat(bitrix.status()).as(bitrix.err()).isZero();
    assertThat(bitrix.out()).contains("bitrix24-deals-of-leads.csv: deals (opportunities), UTF-8 (byte order mark)",
        "column \"Лид\": mapped to leadId", "column \"Сумма\": mapped to amount",
        "column \"Название сделки\": ignored",
        "2 rows: deal that names no lead: read as its own lead",
        "1 row: won deal of a lead won by an earlier deal: a repeat sale, the earliest win makes the customer",
        "1 row: lost deal of a lead with an open deal: the lead is not lost",
        "12 leads", "0 rows rejected");
    HealthCheckTest.Run hubspot = run("--crm", "hubspot", fixture("hubspot-contacts.csv"), fixture("hubspot-deals.csv"),
        "--dry-run");
    assertThat(hubspot.status()).as(hubspot.err()).isZero();
    assertThat(hubspot.out()).contains("hubspot-deals.csv: deals (opportunities)",
        "column \"Associated Contact IDs\": mapped to leadId", "column \"Deal Stage\": mapped to stage",
        "column \"Close Date\": mapped to stageAt", "column \"Pipeline\": ignored",
        "2 rows: outcome of a deal of a lead whose own row is won or lost: the lead row's outcome counts",
        "7 leads", "0 rows rejected");
    // a stage the profile does not know is listed with its count, for the user to add
    Path custom = tmp.resolve("deals.csv");
    Files.writeString(custom, Files.readString(Path.of(fixture("hubspot-deals.csv"))).replace("Contract Sent", "Legal review"));
    assertThat(run("--crm", "hubspot", fixture("hubspot-contacts.csv"), custom.toString(), "--dry-run").out())
        .contains("\"Deal Stage\" \"Legal review\": 1 row, not mapped");
  }
}
