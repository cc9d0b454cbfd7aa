package io.revops.io.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.revops.core.history.EventKind;
import io.revops.core.history.LeadEvent;
import io.revops.core.money.Amounts;
import io.revops.io.profile.Profile;
import io.revops.io.profile.Profiles;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: random leads and events written in each built-in profile's layout (delimiter, quoting, trailing
 * delimiter, charset, byte order mark, number and date format, local zone) read back equal, with no finding.
 */
class RoundTripPropertyTest {
  private static final String RU = "Ромашка ООО «Вектор» Иванов Пётр ёжик ";
  private static final String NASTY = ",;\"\n'";
  private static final DateTimeFormatter RU_TIME = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm:ss", Locale.ROOT);

  /** One generated lead: what was written and the events it must read back as. */
  private record Made(List<String> cells, List<String> expected) {}

  private static String text(Random r, boolean cyrillic) {
    StringBuilder b = new StringBuilder();
    int n = 1 + r.nextInt(12);
    for (int i = 0; i < n; i++) {
      int k = r.nextInt(10);
      b.append(k < 2 ? NASTY.charAt(r.nextInt(NASTY.length()))
          : cyrillic ? RU.charAt(r.nextInt(RU.length())) : (char) ('a' + r.nextInt(26)));
    }
    String s = b.toString().strip();
    return s.isEmpty() ? "x" : s;
  }

  private static LocalDateTime time(Random r) {
    return LocalDateTime.of(2025, 1, 1, 0, 0).plusSeconds(r.nextInt(60 * 60 * 24 * 700));
  }

  private static BigDecimal amount(Random r) {
    return BigDecimal.valueOf(r.nextInt(1_000_000_000), 2);
  }

  private static String groupedComma(BigDecimal a, char group) {
    String plain = a.toPlainString();
    String whole = plain.substring(0, plain.indexOf('.'));
    StringBuilder g = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        g.append(group);
      }
      g.append(whole.charAt(i));
    }
    return g + "," + plain.substring(plain.indexOf('.') + 1);
  }

  /** The events read, one line each, comparable with what was made. */
  private static List<String> describe(List<LeadEvent> events) {
    List<String> out = new ArrayList<>();
    for (LeadEvent e : events) {
      String extra = "";
      if (e instanceof LeadEvent.Won w) {
        extra = " " + Amounts.toBigDecimal(w.amount()).stripTrailingZeros().toPlainString() + " "
            + w.amount().getCurrency().getCurrencyCode();
      } else if (e instanceof LeadEvent.Lost l) {
        extra = " " + l.reason();
      } else if (e instanceof LeadEvent.Created c) {
        extra = " " + c.source().code();
      }
      out.add(e.leadId().value() + " " + e.kind() + " " + e.at() + extra);
    }
    return out;
  }

  private static String event(String id, EventKind kind, LocalDateTime at, ZoneId zone, String extra) {
    return id + " " + kind + " " + at.atZone(zone).toInstant() + extra;
  }

  private void check(Profile profile, Layout layout, List<String> header, long seed,
      java.util.function.BiFunction<Random, Integer, Made> make) {
    Random r = new Random(seed);
    int n = r.nextInt(30);
    List<List<String>> rows = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Made m = make.apply(r, i);
      rows.add(m.cells());
      expected.addAll(m.expected());
    }
    Imported in = Imported.read(profile, List.of(ExportFile.of("gen.csv", layout.write(header, rows))));
    assertThat(in.findings.all()).as("seed %s", seed).isEmpty();
    assertThat(in.leads).hasSize(n);
    assertThat(describe(in.events)).as("seed %s", seed).isEqualTo(expected);
  }

  @Test
  void amocrmAsDownloadedAndAsResavedByExcel() {
    Profile amo = Profiles.builtIn("amocrm");
    ZoneId msk = ZoneId.of("Europe/Moscow");
    List<String> header = List.of("ID", "Название сделки", "Бюджет", "Дата создания", "Дата закрытия", "Этап сделки",
        "Полное имя контакта", "Источник");
    String[] stages = {"Успешно реализовано", "Закрыто и не реализовано", "Переговоры", "Первичный контакт"};
    for (boolean excel : new boolean[] {false, true}) {
      Layout layout = excel ? new Layout(';', false, false, Charset.forName("windows-1251"), false, "\r\n")
          : new Layout(',', false, false, StandardCharsets.UTF_8, true, "\n");
      qt().withFixedSeed(excel ? 17 : 42).withExamples(60).forAll(longs().all()).checkAssert(seed ->
          check(amo, layout, header, seed, (r, i) -> {
            String id = String.valueOf(1000 + i);
            LocalDateTime created = time(r);
            LocalDateTime closed = created.plusHours(r.nextInt(2000));
            String stage = stages[r.nextInt(stages.length)];
            BigDecimal budget = amount(r);
            String budgetText = excel ? groupedComma(budget, '\u00a0') : budget.toPlainString().replace('.', ',');
            List<String> exp = new ArrayList<>();
            exp.add(event(id, EventKind.CREATED, created, msk, " phone"));
            if (stage.startsWith("Успешно")) {
              exp.add(event(id, EventKind.WON, closed, msk, " "
                  + budget.stripTrailingZeros().toPlainString() + " RUB"));
            } else if (stage.startsWith("Закрыто")) {
              exp.add(event(id, EventKind.LOST, closed, msk, " " + stage));
            }
            return new Made(List.of(id, text(r, true), budgetText, RU_TIME.format(created), RU_TIME.format(closed),
                stage, text(r, true), r.nextBoolean() ? "телефон" : "Звонок"), exp);
          }));
    }
  }

  @Test
  void bitrix24LeadList() {
    Profile bitrix = Profiles.builtIn("bitrix24");
    ZoneId msk = ZoneId.of("Europe/Moscow");
    List<String> header = List.of("ID", "Название лида", "Имя", "Фамилия", "Статус", "Дополнительно о статусе",
        "Источник", "Дата создания", "Дата завершения");
    String[] statuses = {"Сконвертирован", "Некачественный лид", "В работе", "Не обработан"};
    Layout layout = new Layout(';', true, true, StandardCharsets.UTF_8, true, "\r\n");
    qt().withFixedSeed(7).withExamples(60).forAll(longs().all()).checkAssert(seed ->
        check(bitrix, layout, header, seed, (r, i) -> {
          String id = String.valueOf(i + 1);
          LocalDateTime created = time(r);
          LocalDateTime done = created.plusMinutes(r.nextInt(90_000));
          String status = statuses[r.nextInt(statuses.length)];
          List<String> exp = new ArrayList<>();
          exp.add(event(id, EventKind.CREATED, created, msk, " website"));
          if (status.equals("Сконвертирован")) {
            exp.add(event(id, EventKind.ACCEPTED_AS_SQL, done, msk, ""));
          } else if (status.equals("Некачественный лид")) {
            exp.add(event(id, EventKind.REJECTED, done, msk, ""));
          }
          return new Made(List.of(id, text(r, true), text(r, true), text(r, true), status, "", "Веб-сайт",
              RU_TIME.format(created), exp.size() > 1 ? RU_TIME.format(done) : ""), exp);
        }));
  }

  @Test
  void hubspotContactsWithLifecycleDates() {
    ZoneId ny = ZoneId.of("America/New_York");
    Profile hubspot = Profiles.builtIn("hubspot").withZone(ny);
    DateTimeFormatter hs = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);
    List<String> header = List.of("Record ID", "First Name", "Create Date", "Original Source",
        "Became a Marketing Qualified Lead Date", "Became a Sales Qualified Lead Date", "Became a Customer Date",
        "Recent Deal Amount");
    Layout layout = new Layout(',', true, false, StandardCharsets.UTF_8, false, "\n");
    qt().withFixedSeed(3).withExamples(60).forAll(longs().all()).checkAssert(seed ->
        check(hubspot, layout, header, seed, (r, i) -> {
          String id = String.valueOf(7000 + i);
          LocalDateTime created = time(r).withSecond(0);
          int reached = r.nextInt(4);
          LocalDateTime mql = created.plusMinutes(r.nextInt(5000));
          LocalDateTime sql = mql.plusMinutes(r.nextInt(5000));
          LocalDateTime won = sql.plusMinutes(r.nextInt(5000));
          BigDecimal amount = amount(r);
          List<String> exp = new ArrayList<>();
          exp.add(event(id, EventKind.CREATED, created, ny, " paid_search"));
          if (reached >= 1) {
            exp.add(event(id, EventKind.BECAME_MQL, mql, ny, ""));
          }
          if (reached >= 2) {
            exp.add(event(id, EventKind.ACCEPTED_AS_SQL, sql, ny, ""));
          }
          if (reached >= 3) {
            exp.add(event(id, EventKind.WON, won, ny, " " + amount.stripTrailingZeros().toPlainString() + " USD"));
          }
          return new Made(List.of(id, text(r, false), hs.format(created), "Paid Search",
              reached >= 1 ? hs.format(mql) : "", reached >= 2 ? hs.format(sql) : "", reached >= 3 ? hs.format(won) : "",
              reached >= 3 ? String.format(Locale.ROOT, "%,.2f", amount) : ""), exp);
        }));
  }
}
