package io.revops.io.crm;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.io.profile.Profiles;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Damaged copies of the fixtures reject exactly the damaged rows, and every other row reads as before. */
class DamagedFixturesTest {
  /** The fixture with line {@code n} (1-based) of its text changed by {@code damage}. */
  private static ExportFile damaged(String name, Charset charset, int bom, List<Integer> lines,
      UnaryOperator<String> damage) {
    byte[] bytes = Imported.bytes(name);
    String text = new String(bytes, bom, bytes.length - bom, charset);
    List<String> all = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    for (int n : lines) {
      all.set(n - 1, damage.apply(all.get(n - 1)));
    }
    byte[] body = String.join("\n", all).getBytes(charset);
    byte[] out = new byte[bom + body.length];
    System.arraycopy(bytes, 0, out, 0, bom);
    System.arraycopy(body, 0, out, bom, body.length);
    return ExportFile.of(name, out);
  }

  @Test
  void amocrmBadDatesAndBudgetsRejectTheirRows() {
    // line 3 is deal 31000001 (closed: its date is broken), line 8 is deal 31000005
    ExportFile file = damaged("amocrm-deals.csv", StandardCharsets.UTF_8, 3, List.of(3, 8),
        line -> line.replace(".03.2026", ".13.2026"));
    Imported in = Imported.read(Profiles.builtIn("amocrm"), List.of(file));
    assertThat(in.rejectedLines()).containsExactly(3L, 8L);
    assertThat(in.findings.all()).allSatisfy(f -> assertThat(f.rule()).contains("dd.MM.yyyy HH:mm:ss"));
    assertThat(in.leads).hasSize(10);
    assertThat(in.summary.files().get(0).rowsRejected()).isEqualTo(2);
    assertThat(in.summary.files().get(0).rowsRead()).isEqualTo(12);
  }

  @Test
  void amocrmExcelCopyWithAnUnterminatedQuoteAShortRowAndABadNumber() {
    Charset cp1251 = Charset.forName("windows-1251");
    ExportFile quote = damaged("amocrm-deals-excel.csv", cp1251, 0, List.of(4), line -> line.replace("Сделка №3", "\"Сделка №3"));
    ExportFile shortRow = damaged("amocrm-deals-excel.csv", cp1251, 0, List.of(9), line -> line.substring(0, line.lastIndexOf(';')));
    ExportFile number = damaged("amocrm-deals-excel.csv", cp1251, 0, List.of(13), line -> line.replaceFirst(";([0-9])", ";x$1"));
    for (ExportFile f : List.of(quote, shortRow, number)) {
      Imported in = Imported.read(Profiles.builtIn("amocrm"), List.of(f));
      assertThat(in.leads).as(f.name()).hasSize(11);
      assertThat(in.rejectedLines()).as(f.name()).hasSize(1);
    }
    assertThat(Imported.read(Profiles.builtIn("amocrm"), List.of(quote)).rejectedLines()).containsExactly(4L);
    assertThat(Imported.read(Profiles.builtIn("amocrm"), List.of(shortRow)).rejectedLines()).containsExactly(9L);
    assertThat(Imported.read(Profiles.builtIn("amocrm"), List.of(number)).rejectedLines()).containsExactly(13L);
  }

  @Test
  void bitrix24DuplicateLeadRowsAreReported() {
    byte[] bytes = Imported.bytes("bitrix24-leads.csv");
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    String[] lines = text.split("\r\n");
    String withCopy = text + lines[2] + "\r\n" + lines[3].replace("Заявка с сайта", "Другая заявка") + "\r\n";
    byte[] body = withCopy.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[body.length + 3];
    System.arraycopy(bytes, 0, out, 0, 3);
    System.arraycopy(body, 0, out, 3, body.length);
    Imported in = Imported.read(Profiles.builtIn("bitrix24"), List.of(ExportFile.of("leads.csv", out)));
    // line 12 repeats line 3: read once; line 13 conflicts with line 4: every row of that id is rejected
    assertThat(in.leads).hasSize(9);
    assertThat(in.rejectedLines()).containsExactly(4L, 12L, 13L);
    assertThat(in.findings.all().get(0).rule()).contains("leads.csv:13 has this id with other values")
        .contains("every row of this id is rejected");
    assertThat(in.findings.all().get(1).rule()).contains("repeats leads.csv:3");
    assertThat(in.findings.all().get(2).rule()).contains("leads.csv:4 has this id with other values");
  }

  @Test
  void bitrix24UnmappedStatusesAreCountedNotRejected() {
    ExportFile file = damaged("bitrix24-leads.csv", StandardCharsets.UTF_8, 3, List.of(4, 5),
        line -> line.replace("\"Не обработан\"", "\"Тендер\"").replace("\"В работе\"", "\"Тендер\""));
    Imported in = Imported.read(Profiles.builtIn("bitrix24"), List.of(file));
    assertThat(in.findings.all()).isEmpty();
    assertThat(in.leads).hasSize(10);
    assertThat(in.summary.describe()).contains("\"Статус\" \"Тендер\": 2 rows, not mapped");
  }

  @Test
  void bitrix24DealsWithAnUnknownLeadABadAmountAndABadDateRejectTheirRows() {
    // line 3 is deal 601 (of lead 104), line 5 deal 603, line 8 deal 606 (a deal without a lead)
    ExportFile deals = damaged("bitrix24-deals-of-leads.csv", StandardCharsets.UTF_8, 3, List.of(3, 5, 8),
        line -> line.replace("\"104\";", "\"999\";").replace("000,00\";", "000,00 руб\";")
            .replace("05.02.2026 14:00:00", "31.02.2026 14:00:00"));
    Imported in = Imported.read(Profiles.builtIn("bitrix24"), List.of(Imported.fixture("bitrix24-leads.csv"), deals));
    assertThat(in.rejectedLines()).containsExactly(3L, 5L, 8L);
    assertThat(in.findings.all()).allSatisfy(f -> assertThat(f.source()).isEqualTo("bitrix24-deals-of-leads.csv"));
    assertThat(in.findings.all()).extracting(f -> f.field())
        .containsExactly(Optional.of("Лид"), Optional.of("Сумма"), Optional.of("Дата создания"));
    assertThat(in.findings.all().get(0).rule()).startsWith("must name a lead of the leads file");
    // the 10 leads and D_607 (D_606 is rejected)
    assertThat(in.leads).hasSize(11);
    assertThat(in.summary.files().get(1).rowsRejected()).isEqualTo(3);
    assertThat(in.summary.files().get(1).rowsRead()).isEqualTo(9);
    // lead 104 keeps only its open deal 602; lead 108 is lost by 604 alone
    assertThat(in.count(io.revops.core.history.EventKind.OPPORTUNITY_CREATED)).isEqualTo(6);
    assertThat(in.count(io.revops.core.history.EventKind.LOST)).isEqualTo(1);
  }

  @Test
  void hubspotDealsWithABadDateAWonDealWithoutAmountAndAnUnknownContactRejectTheirRows() {
    // line 3 is deal 90002, line 6 deal 90005 (no contact: its own lead), line 7 deal 90006
    ExportFile deals = damaged("hubspot-deals.csv", StandardCharsets.UTF_8, 0, List.of(3, 6, 7),
        line -> line.replace("2026-01-30 09:00", "2026-01-30 9am").replace("\"40,000.00\"", "\"\"")
            .replace("\"51003\"", "\"77777\""));
    Imported in = Imported.read(Profiles.builtIn("hubspot"), List.of(Imported.fixture("hubspot-contacts.csv"), deals));
    assertThat(in.rejectedLines()).containsExactly(3L, 6L, 7L);
    assertThat(in.findings.all()).extracting(f -> f.field())
        .containsExactly(Optional.of("Close Date"), Optional.of("Amount"), Optional.of("Associated Contact IDs"));
    assertThat(in.findings.all().get(1).rule()).isEqualTo("is required when the lead is won (the won amount)");
    assertThat(in.leads).hasSize(6);
    assertThat(in.count(io.revops.core.history.EventKind.WON)).isEqualTo(2);
    assertThat(in.count(io.revops.core.history.EventKind.LOST)).isZero();
  }
}
