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
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: random leads and events written in each built-in profile's layout (delimiter, quoting, trailing
 * delimiter, charset, byte order mark, number and date format, local zone) read back equal, with no finding;
 * and random deals joined to random leads (Bitrix24's deal list and lead list, HubSpot's deals and contacts)
 * read back as the events a model of the join computed apart says.
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
        extra = " " + l.reason().orElse("");
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

  /**
   * One generated deal: its id, its lead ({@code null}: none, the deal is its own lead), its creation, its outcome
   * ({@code won}, {@code lost} or {@code null} while open) with its close, amount, currency and lost reason.
   */
  private record Deal(String id, String lead, LocalDateTime created, String outcome, LocalDateTime closed,
      BigDecimal amount, String currency, String reason, String source) {}

  /**
   * The events {@code deals} must read back as, computed apart from the importer: an opportunity per deal; a
   * deal without a lead is its own lead ({@code prefix} and its id); a lead with deals is won by its earliest won
   * deal, else lost by its last lost deal when it has no open deal, unless its own row is won or lost
   * ({@code decided}).
   */
  private static List<String> dealEvents(List<Deal> deals, java.util.Set<String> decided, String prefix, ZoneId zone) {
    List<String> out = new ArrayList<>();
    java.util.Map<String, List<Deal>> byLead = new java.util.LinkedHashMap<>();
    for (Deal d : deals) {
      String lead = d.lead() == null ? prefix + d.id() : d.lead();
      if (d.lead() == null) {
        out.add(event(lead, EventKind.CREATED, d.created(), zone, " " + d.source()));
      }
      out.add(event(lead, EventKind.OPPORTUNITY_CREATED, d.created(), zone, ""));
      byLead.computeIfAbsent(lead, k -> new ArrayList<>()).add(d);
    }
    java.util.Comparator<Deal> byClose = java.util.Comparator.comparing((Deal d) -> d.closed().atZone(zone).toInstant())
        .thenComparing(d -> "deal/" + d.id() + "/" + d.outcome());
    byLead.forEach((lead, own) -> {
      if (decided.contains(lead)) {
        return;
      }
      Optional<Deal> won = own.stream().filter(d -> "won".equals(d.outcome())).min(byClose);
      Optional<Deal> lost = own.stream().filter(d -> "lost".equals(d.outcome())).max(byClose);
      if (won.isPresent()) {
        out.add(event(lead, EventKind.WON, won.get().closed(), zone,
            " " + won.get().amount().stripTrailingZeros().toPlainString() + " " + won.get().currency()));
      } else if (lost.isPresent() && own.stream().allMatch(d -> d.outcome() != null)) {
        out.add(event(lead, EventKind.LOST, lost.get().closed(), zone, " " + lost.get().reason()));
      }
    });
    return out;
  }

  private static void checkJoined(Profile profile, Layout layout, List<String> leadHeader, List<List<String>> leadRows,
      List<String> dealHeader, List<List<String>> dealRows, int leads, List<String> expected, long seed) {
    Imported in = Imported.read(profile, List.of(ExportFile.of("deals.csv", layout.write(dealHeader, dealRows)),
        ExportFile.of("leads.csv", layout.write(leadHeader, leadRows))));
    assertThat(in.findings.all()).as("seed %s", seed).isEmpty();
    assertThat(in.leads).as("seed %s", seed).hasSize(leads);
    assertThat(describe(in.events)).as("seed %s", seed).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void bitrix24LeadListAndDealList() {
    Profile bitrix = Profiles.builtIn("bitrix24");
    ZoneId msk = ZoneId.of("Europe/Moscow");
    List<String> leadHeader = List.of("ID", "Название лида", "Статус", "Источник", "Дата создания", "Дата завершения");
    List<String> dealHeader = List.of("ID", "Название сделки", "Стадия сделки", "Сумма", "Валюта", "Дата создания",
        "Дата завершения", "Источник", "Лид", "Контакт");
    String[][] stages = {{"Сделка успешна", "won"}, {"Сделка провалена", "lost"}, {"Анализ причины провала", "lost"},
        {"В работе", null}, {"Новая", null}};
    Layout layout = new Layout(';', true, true, StandardCharsets.UTF_8, true, "\r\n");
    qt().withFixedSeed(11).withExamples(60).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      int n = r.nextInt(15);
      List<List<String>> leadRows = new ArrayList<>();
      List<LocalDateTime> leadCreated = new ArrayList<>();
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String id = String.valueOf(i + 1);
        LocalDateTime created = time(r);
        leadCreated.add(created);
        boolean converted = r.nextBoolean();
        LocalDateTime done = created.plusMinutes(r.nextInt(9000));
        expected.add(event(id, EventKind.CREATED, created, msk, " website"));
        if (converted) {
          expected.add(event(id, EventKind.ACCEPTED_AS_SQL, done, msk, ""));
        }
        leadRows.add(List.of(id, text(r, true), converted ? "Сконвертирован" : "В работе", "Веб-сайт",
            RU_TIME.format(created), converted ? RU_TIME.format(done) : ""));
      }
      int m = r.nextInt(20);
      List<List<String>> dealRows = new ArrayList<>();
      List<Deal> deals = new ArrayList<>();
      for (int j = 0; j < m; j++) {
        // deal ids overlap the lead ids on purpose: a deal of its own is lead D_<id>
        String id = String.valueOf(j + 1);
        int lead = n > 0 && r.nextInt(4) > 0 ? r.nextInt(n) : -1;
        LocalDateTime created = (lead >= 0 ? leadCreated.get(lead) : time(r)).plusMinutes(r.nextInt(9000));
        String[] stage = stages[r.nextInt(stages.length)];
        LocalDateTime closed = created.plusMinutes(r.nextInt(90_000));
        BigDecimal amount = amount(r);
        boolean usd = r.nextInt(5) == 0;
        boolean phone = r.nextBoolean();
        deals.add(new Deal(id, lead >= 0 ? String.valueOf(lead + 1) : null, created, stage[1],
            stage[1] == null ? null : closed, amount, usd ? "USD" : "RUB", stage[0], phone ? "phone" : "website"));
        dealRows.add(List.of(id, text(r, true), stage[0], groupedComma(amount, '\u00a0'),
            usd ? "Доллар США" : "Российский рубль", RU_TIME.format(created), stage[1] == null ? "" : RU_TIME.format(closed),
            phone ? "Звонок" : "Веб-сайт", lead >= 0 ? String.valueOf(lead + 1) : "", text(r, true)));
      }
      expected.addAll(dealEvents(deals, java.util.Set.of(), "D_", msk));
      checkJoined(bitrix, layout, leadHeader, leadRows, dealHeader, dealRows,
          n + (int) deals.stream().filter(d -> d.lead() == null).count(), expected, seed);
    });
  }

  @Test
  void hubspotContactsAndDeals() {
    ZoneId ny = ZoneId.of("America/New_York");
    Profile hubspot = Profiles.builtIn("hubspot").withZone(ny);
    DateTimeFormatter hs = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);
    List<String> contactHeader = List.of("Record ID", "First Name", "Create Date", "Original Source",
        "Became a Customer Date", "Recent Deal Amount");
    List<String> dealHeader = List.of("Record ID", "Deal Name", "Deal Stage", "Amount", "Close Date", "Create Date",
        "Associated Contact IDs");
    String[][] stages = {{"Closed Won", "won"}, {"closedwon", "won"}, {"Closed Lost", "lost"},
        {"Contract Sent", null}, {"Appointment Scheduled", null}};
    Layout layout = new Layout(',', true, false, StandardCharsets.UTF_8, false, "\n");
    qt().withFixedSeed(5).withExamples(60).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      int n = r.nextInt(12);
      List<List<String>> contactRows = new ArrayList<>();
      List<LocalDateTime> contactCreated = new ArrayList<>();
      java.util.Set<String> customers = new java.util.HashSet<>();
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String id = String.valueOf(7000 + i);
        LocalDateTime created = time(r).withSecond(0);
        contactCreated.add(created);
        boolean customer = r.nextInt(3) == 0;
        LocalDateTime won = created.plusMinutes(r.nextInt(20_000));
        BigDecimal amount = amount(r);
        expected.add(event(id, EventKind.CREATED, created, ny, " referral"));
        if (customer) {
          customers.add(id);
          expected.add(event(id, EventKind.WON, won, ny, " " + amount.stripTrailingZeros().toPlainString() + " USD"));
        }
        contactRows.add(List.of(id, text(r, false), hs.format(created), "Referrals", customer ? hs.format(won) : "",
            customer ? String.format(Locale.ROOT, "%,.2f", amount) : ""));
      }
      int m = r.nextInt(16);
      List<List<String>> dealRows = new ArrayList<>();
      List<Deal> deals = new ArrayList<>();
      for (int j = 0; j < m; j++) {
        String id = String.valueOf(9000 + j);
        int contact = n > 0 && r.nextInt(4) > 0 ? r.nextInt(n) : -1;
        String contactId = contact >= 0 ? String.valueOf(7000 + contact) : null;
        // the ids of contacts outside the contacts file may come first: the first that is in the file is the lead
        String associated = contactId == null ? "" : r.nextBoolean() ? contactId : "99" + j + ";" + contactId;
        LocalDateTime created = (contact >= 0 ? contactCreated.get(contact) : time(r).withSecond(0))
            .plusMinutes(r.nextInt(9000));
        String[] stage = stages[r.nextInt(stages.length)];
        LocalDateTime closed = created.plusMinutes(r.nextInt(90_000));
        BigDecimal amount = amount(r);
        deals.add(new Deal(id, contactId, created, stage[1], stage[1] == null ? null : closed, amount, "USD", stage[0],
            "unknown"));
        dealRows.add(List.of(id, text(r, false), stage[0], String.format(Locale.ROOT, "%,.2f", amount),
            hs.format(closed), hs.format(created), associated));
      }
      expected.addAll(dealEvents(deals, customers, "deal-", ny));
      checkJoined(hubspot, layout, contactHeader, contactRows, dealHeader, dealRows,
          n + (int) deals.stream().filter(d -> d.lead() == null).count(), expected, seed);
    });
  }
}
