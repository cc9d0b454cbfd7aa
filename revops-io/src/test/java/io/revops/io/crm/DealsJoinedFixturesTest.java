package io.revops.io.crm;

import static io.revops.io.crm.Imported.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.history.EventKind;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.money.Amounts;

import io.revops.io.profile.Profiles;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A deals file joined to its leads file (Bitrix24's deal list and lead list, HubSpot's deals and contacts
 * exports) imports with zero rejected rows and the counts the fixtures were made with: each deal is an
 * opportunity of its lead, a lead has one outcome however many deals it has, a deal without a lead is its own
 * lead, and every deal outcome that is not its lead's is counted in the summary.
 */
class DealsJoinedFixturesTest {
  private static LeadEvent.Won won(Imported in, String lead) {
    return in.events.stream().filter(e -> e instanceof LeadEvent.Won && e.leadId().value().equals(lead))
        .map(LeadEvent.Won.class::cast).findFirst().orElseThrow();
  }

  private static BigDecimal amount(LeadEvent.Won w) {
    return Amounts.toBigDecimal(w.amount());
  }

  @Test
  void bitrix24DealListJoinedToTheLeadList() {
    // given in the "wrong" order: the lead list is read first
    Imported in = Imported.read(Profiles.builtIn("bitrix24"),
        List.of(fixture("bitrix24-deals-of-leads.csv"), fixture("bitrix24-leads.csv")));
    assertThat(in.findings.all()).isEmpty();
    assertThat(in.summary.files()).extracting(ImportSummary.FileSummary::spec).containsExactly("leads", "deals");
    assertThat(in.summary.rowsRead()).isEqualTo(10 + 9);
    // 10 leads and the two deals without a lead (D_606, D_607)
    assertThat(in.leads).hasSize(12);
    assertThat(in.leads).extracting(l -> l.id().value()).contains("D_606", "D_607");
    assertThat(in.count(EventKind.CREATED)).isEqualTo(12);
    assertThat(in.count(EventKind.ACCEPTED_AS_SQL)).isEqualTo(3);
    assertThat(in.count(EventKind.REJECTED)).isEqualTo(2);
    assertThat(in.count(EventKind.OPPORTUNITY_CREATED)).isEqualTo(9);
    // lead 100 (won by deal 600; 605 is a repeat sale, 608 a lost deal of a won lead), D_606; lead 108 lost
    // (both its deals lost, the last counts); lead 104 has an open deal, so its lost deal does not make it lost
    assertThat(in.count(EventKind.WON)).isEqualTo(2);
    assertThat(in.count(EventKind.LOST)).isEqualTo(1);
    assertThat(in.events).hasSize(15 + 9 + 2 + 3);

    LeadEvent.Won first = won(in, "100");
    assertThat(first.at()).isEqualTo(Instant.parse("2026-02-20T13:00:00Z")); // 20.02.2026 16:00:00 in Moscow
    assertThat(amount(first)).isEqualByComparingTo("250000.00");
    assertThat(first.amount().getCurrency().getCurrencyCode()).isEqualTo("RUB");
    LeadEvent.Won export = won(in, "D_606");
    assertThat(amount(export)).isEqualByComparingTo("1234567.89"); // "1 234 567,89" with no-break spaces
    assertThat(export.amount().getCurrency().getCurrencyCode()).isEqualTo("USD"); // "Доллар США"
    LeadEvent.Lost lost = in.events.stream().filter(e -> e instanceof LeadEvent.Lost).map(LeadEvent.Lost.class::cast)
        .findFirst().orElseThrow();
    assertThat(lost.leadId().value()).isEqualTo("108");
    assertThat(lost.at()).isEqualTo(Instant.parse("2026-03-15T15:20:00Z"));
    assertThat(lost.reason()).hasValue("Сделка провалена");

    Map<String, Long> joins = in.summary.files().get(1).joins();
    assertThat(joins).containsExactlyInAnyOrderEntriesOf(Map.of(
        Rows.OWN_LEAD, 2L, DealOutcomes.REPEAT_WIN, 1L, DealOutcomes.LOST_BUT_WON, 1L,
        DealOutcomes.LOST_BUT_OPEN, 1L, DealOutcomes.EARLIER_LOSS, 1L));
    assertThat(in.summary.describe()).contains("column \"Лид\": mapped to leadId",
        "column \"Название сделки\": ignored", "2 rows: deal that names no lead: read as its own lead");
    // every history is sound: one outcome per lead, no event before its lead's creation
    assertThat(LeadEventHistory.groupByLead(in.events)).allSatisfy(h -> assertThat(h.anomalies()).isEmpty());
  }

  @Test
  void bitrix24DealListResavedByExcelReadsTheSame() {
    byte[] bytes = Imported.bytes("bitrix24-deals-of-leads.csv");
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    // Russian Excel: Windows-1251, ';', no quotes but where needed, no trailing delimiter
    StringBuilder excel = new StringBuilder();
    Layout layout = new Layout(';', false, false, StandardCharsets.UTF_8, false, "\r\n");
    for (String line : text.split("\r\n")) {
      // every cell of Bitrix24's layout is quoted and followed by ';' (none of the fixture's holds "";"")
      List<String> cells = java.util.Arrays.stream(line.substring(1, line.length() - 2).split("\";\"", -1))
          .map(c -> c.replace("\"\"", "\"")).toList();
      excel.append(new String(layout.write(cells, List.of()), StandardCharsets.UTF_8));
    }
    ExportFile resaved = ExportFile.of("deals.csv", excel.toString().getBytes(Charset.forName("windows-1251")));
    Imported original = Imported.read(Profiles.builtIn("bitrix24"),
        List.of(fixture("bitrix24-leads.csv"), fixture("bitrix24-deals-of-leads.csv")));
    Imported copy = Imported.read(Profiles.builtIn("bitrix24"), List.of(fixture("bitrix24-leads.csv"), resaved));
    assertThat(copy.findings.all()).isEmpty();
    assertThat(copy.summary.describe()).contains("deals.csv: deals (opportunities), windows-1251");
    assertThat(copy.leads).isEqualTo(original.leads);
    assertThat(copy.events).isEqualTo(original.events);
  }

  @Test
  void hubspotDealsJoinedToTheContacts() {
    Imported in = Imported.read(Profiles.builtIn("hubspot").withZone(ZoneId.of("America/New_York")),
        List.of(fixture("hubspot-contacts.csv"), fixture("hubspot-deals.csv")));
    assertThat(in.findings.all()).isEmpty();
    assertThat(in.summary.files()).extracting(ImportSummary.FileSummary::spec).containsExactly("contacts", "deals");
    assertThat(in.summary.rowsRead()).isEqualTo(6 + 8);
    // 6 contacts and the company deal 90005 without a contact
    assertThat(in.leads).hasSize(7);
    assertThat(in.count(EventKind.OPPORTUNITY_CREATED)).isEqualTo(3 + 8);
    // 51000 and 51005 (their own Became a Customer Date), 51003 (deal 90006), deal-90005
    assertThat(in.count(EventKind.WON)).isEqualTo(4);
    // 51004 (deal 90002); 51001's lost deal does not make it lost: its deal 90007 is open
    assertThat(in.count(EventKind.LOST)).isEqualTo(1);
    assertThat(in.events).hasSize(20 + 8 + 1 + 3);

    LeadEvent.Won deal = won(in, "51003");
    assertThat(deal.at()).isEqualTo(Instant.parse("2026-02-10T20:30:00Z")); // 15:30 in New York
    assertThat(amount(deal)).isEqualByComparingTo("30000.00");
    assertThat(amount(won(in, "deal-90005"))).isEqualByComparingTo("40000.00");
    // the contact's own customer date and Recent Deal Amount stand; its deal adds no second win
    assertThat(in.events.stream().filter(e -> e.kind() == EventKind.WON && e.leadId().value().equals("51000")))
        .hasSize(1);
    // "51003;51002": the first listed contact; "99999;51001": the first that is in the contacts file
    assertThat(in.events.stream().filter(e -> e.id().value().equals("deal/90004/created")).findFirst().orElseThrow()
        .leadId().value()).isEqualTo("51003");
    assertThat(in.events.stream().filter(e -> e.id().value().equals("deal/90007/created")).findFirst().orElseThrow()
        .leadId().value()).isEqualTo("51001");

    assertThat(in.summary.files().get(1).joins()).containsExactlyInAnyOrderEntriesOf(Map.of(
        Rows.OWN_LEAD, 1L, DealOutcomes.DECIDED, 2L, DealOutcomes.LOST_BUT_OPEN, 1L));
    assertThat(in.summary.describe()).contains("column \"Associated Contact IDs\": mapped to leadId",
        "column \"Deal Stage\": mapped to stage", "column \"Pipeline\": ignored");
    assertThat(LeadEventHistory.groupByLead(in.events)).allSatisfy(h -> assertThat(h.anomalies()).isEmpty());
  }

  @Test
  void hubspotDealsUnderTheirInternalNamesWithApiInstants() {
    String deals = "hs_object_id,dealname,pipeline,dealstage,amount,closedate,createdate,hs_is_closed_won,"
        + "Associated Contact IDs\n"
        + "1,A,default,closedwon,100.50,2026-01-20T13:10:00.000Z,2026-01-12T12:10:00.000Z,true,51001\n"
        // a custom pipeline's won stage: not in the stages map, won through hs_is_closed_won
        + "2,B,123456,7654321,200,2026-02-01T10:00:00Z,2026-01-15T10:00:00Z,true,51002\n"
        + "3,C,default,closedlost,,2026-02-02T10:00:00Z,2026-01-16T10:00:00Z,false,51004\n";
    Imported in = Imported.read(Profiles.builtIn("hubspot"), List.of(fixture("hubspot-contacts.csv"),
        ExportFile.of("deals.csv", deals.getBytes(StandardCharsets.UTF_8))));
    assertThat(in.findings.all()).isEmpty();
    assertThat(in.summary.files().get(1).spec()).isEqualTo("deals");
    assertThat(amount(won(in, "51001"))).isEqualByComparingTo("100.50");
    assertThat(won(in, "51001").at()).isEqualTo(Instant.parse("2026-01-20T13:10:00Z"));
    assertThat(amount(won(in, "51002"))).isEqualByComparingTo("200");
    assertThat(in.count(EventKind.LOST)).isEqualTo(1);
    assertThat(in.summary.describe()).contains("dealstage \"7654321\": 1 row, not mapped");
  }

  @Test
  void dealListsAloneAreTheirOwnLeads() {
    Imported bitrix = Imported.read(Profiles.builtIn("bitrix24"), List.of(fixture("bitrix24-deals-of-leads.csv")));
    assertThat(bitrix.findings.all()).isEmpty();
    assertThat(bitrix.leads).hasSize(9);
    assertThat(bitrix.leads).allSatisfy(l -> assertThat(l.id().value()).startsWith("D_"));
    // every deal is its own lead: each won or lost deal is its lead's outcome
    assertThat(bitrix.count(EventKind.WON)).isEqualTo(3);
    assertThat(bitrix.count(EventKind.LOST)).isEqualTo(4);
    assertThat(bitrix.summary.files().get(0).joins()).containsExactlyEntriesOf(Map.of(Rows.OWN_LEAD_NO_LEADS_FILE, 9L));
    Imported hubspot = Imported.read(Profiles.builtIn("hubspot"), List.of(fixture("hubspot-deals.csv")));
    assertThat(hubspot.findings.all()).isEmpty();
    assertThat(hubspot.leads).hasSize(8);
    assertThat(hubspot.count(EventKind.WON)).isEqualTo(4);
    assertThat(hubspot.count(EventKind.LOST)).isEqualTo(2);
  }

  @Test
  void aDealStageMappedToAnotherEventIsThatEventOfTheLead() {
    // a user's profile maps a stage of its own to "rejected": the event goes to the lead, the deal stays open
    String profile = Profiles.builtInText("hubspot").replace("\"Contract Sent\": \"open\"", "\"Contract Sent\": \"rejected\"");
    Imported in = Imported.read(Profiles.parse(profile, "mine.json"),
        List.of(fixture("hubspot-contacts.csv"), fixture("hubspot-deals.csv")));
    assertThat(in.findings.all()).isEmpty();
    LeadEvent.Rejected rejected = in.events.stream().filter(e -> e instanceof LeadEvent.Rejected)
        .map(LeadEvent.Rejected.class::cast).findFirst().orElseThrow();
    assertThat(rejected.leadId().value()).isEqualTo("51003");
    assertThat(rejected.reason().text()).contains("Contract Sent");
    // 51003 is still won by its deal 90006
    assertThat(won(in, "51003").at()).isEqualTo(Instant.parse("2026-02-10T15:30:00Z"));
  }

  @Test
  void aRepeatedDealOfADealListAloneIsJudgedOnAllItsRowsWhateverTheirOrder() {
    List<String> lines = new String(Imported.bytes("hubspot-deals.csv"), StandardCharsets.UTF_8).lines().toList();
    String header = lines.get(0);
    String first = lines.get(1); // deal 90001, won
    String second = lines.get(2); // deal 90002, lost
    String conflicting = second.replace("\"8,000.00\"", "\"9,000.00\"");
    List<String> rest = lines.subList(3, lines.size());
    // 90001 twice alike, 90002 twice with another amount: the repeat first in one file, last in the other
    List<String> repeatsFirst = new java.util.ArrayList<>(List.of(header, first, conflicting, first, second));
    repeatsFirst.addAll(rest);
    List<String> repeatsLast = new java.util.ArrayList<>(List.of(header, first, second));
    repeatsLast.addAll(rest);
    repeatsLast.addAll(List.of(first, conflicting));
    Imported a = Imported.read(Profiles.builtIn("hubspot"), List.of(text("deals.csv", repeatsFirst)));
    Imported b = Imported.read(Profiles.builtIn("hubspot"), List.of(text("deals.csv", repeatsLast)));
    for (Imported in : List.of(a, b)) {
      // 8 deals, each its own lead: 90001 read once, every row of 90002 rejected
      assertThat(in.leads).extracting(l -> l.id().value()).hasSize(7).contains("deal-90001")
          .doesNotContain("deal-90002");
      assertThat(in.findings.all()).hasSize(3);
      assertThat(in.findings.all()).filteredOn(f -> f.rule().contains("repeats")).hasSize(1);
      assertThat(in.findings.all()).filteredOn(f -> f.rule().contains("every row of this id is rejected"))
          .hasSize(2);
    }
    assertThat(a.leads).containsExactlyInAnyOrderElementsOf(b.leads);
    assertThat(a.events).containsExactlyInAnyOrderElementsOf(b.events);
  }

  @Test
  void aCustomerWithoutRecentDealAmountIsWonWithItsEarliestWonDealsAmount() {
    List<String> lines = new String(Imported.bytes("hubspot-contacts.csv"), StandardCharsets.UTF_8).lines().toList();
    List<String> edited = new java.util.ArrayList<>(lines);
    // 51000 (won deal 90001) and 51005 (won deal 90003) lose their Recent Deal Amount; so does 51005 when its deal
    // is not given
    edited.set(1, lines.get(1).replace("\"12,500.00\"", "\"\""));
    edited.set(6, lines.get(6).replaceFirst("\"[0-9,.]+\",(\"[^\"]*\")$", "\"\",$1"));
    assertThat(edited.get(1)).doesNotContain("12,500.00");
    assertThat(edited.get(6)).isNotEqualTo(lines.get(6));
    Imported in = Imported.read(Profiles.builtIn("hubspot"),
        List.of(text("hubspot-contacts.csv", edited), fixture("hubspot-deals.csv")));
    assertThat(in.findings.all()).isEmpty();
    LeadEvent.Won w = won(in, "51000");
    assertThat(w.at()).isEqualTo(Instant.parse("2026-01-20T13:10:00Z")); // the contact's Became a Customer Date
    assertThat(amount(w)).isEqualByComparingTo("12500.00"); // deal 90001's amount
    assertThat(w.id().value()).isEqualTo("51000/won");
    assertThat(amount(won(in, "51005"))).isEqualByComparingTo("12500.00");
    assertThat(in.count(EventKind.WON)).isEqualTo(4);
    assertThat(in.summary.files().get(1).joins()).containsEntry(DealOutcomes.AMOUNT_OF_WIN, 2L);
    assertThat(LeadEventHistory.groupByLead(in.events)).allSatisfy(h -> assertThat(h.anomalies()).isEmpty());

    // without 51005's won deal: the contact is read, without its won event, and its row is a finding
    List<String> deals = new String(Imported.bytes("hubspot-deals.csv"), StandardCharsets.UTF_8).lines()
        .filter(l -> !l.startsWith("\"90003\"")).toList();
    Imported noDeal = Imported.read(Profiles.builtIn("hubspot"),
        List.of(text("hubspot-contacts.csv", edited), text("hubspot-deals.csv", deals)));
    assertThat(noDeal.leads).extracting(l -> l.id().value()).contains("51005");
    assertThat(noDeal.events).noneMatch(e -> e.kind() == EventKind.WON && e.leadId().value().equals("51005"));
    assertThat(noDeal.findings.all()).singleElement().satisfies(f -> {
      assertThat(f.source()).isEqualTo("hubspot-contacts.csv");
      assertThat(f.line()).isEqualTo(7);
      assertThat(f.field()).hasValue("Recent Deal Amount");
      assertThat(f.rule()).contains("no won deal of this lead gives one");
    });
  }

  @Test
  void aRepeatedDealJoinedToItsLeadIsReadOnceAndAConflictingOneNotAtAll() {
    List<String> lines = new String(Imported.bytes("hubspot-deals.csv"), StandardCharsets.UTF_8).lines().toList();
    Imported base = Imported.read(Profiles.builtIn("hubspot"),
        List.of(fixture("hubspot-contacts.csv"), fixture("hubspot-deals.csv")));
    // 90006 (51003's won deal) twice alike, at the end; 90002 (51004's lost deal) again with another amount, first
    List<String> edited = new java.util.ArrayList<>(lines.subList(0, 1));
    String d90002 = lines.stream().filter(l -> l.startsWith("\"90002\"")).findFirst().orElseThrow();
    String d90006 = lines.stream().filter(l -> l.startsWith("\"90006\"")).findFirst().orElseThrow();
    edited.add(d90002.replace("\"8,000.00\"", "\"9,000.00\""));
    edited.addAll(lines.subList(1, lines.size()));
    edited.add(d90006);
    Imported in = Imported.read(Profiles.builtIn("hubspot"),
        List.of(fixture("hubspot-contacts.csv"), text("hubspot-deals.csv", edited)));
    assertThat(in.findings.all()).extracting(f -> f.line()).containsExactlyInAnyOrder(2L, 4L, (long) edited.size());
    assertThat(in.findings.all()).filteredOn(f -> f.line() == edited.size()).singleElement()
        .satisfies(f -> assertThat(f.rule()).contains("a deal must appear once: this row repeats"));
    assertThat(in.findings.all()).filteredOn(f -> f.line() != edited.size())
        .allSatisfy(f -> assertThat(f.rule()).contains("every row of this id is rejected"));
    // 90006 counts once: the same events as without the copy; 90002 is gone, so 51004 is no longer lost
    assertThat(in.events.stream().filter(e -> e.id().value().startsWith("deal/90006/"))).hasSize(2);
    assertThat(in.events).noneMatch(e -> e.id().value().startsWith("deal/90002/"));
    assertThat(in.count(EventKind.WON)).isEqualTo(base.count(EventKind.WON));
    assertThat(in.count(EventKind.LOST)).isEqualTo(base.count(EventKind.LOST) - 1);
    assertThat(LeadEventHistory.groupByLead(in.events)).allSatisfy(h -> assertThat(h.anomalies()).isEmpty());
  }

  private static ExportFile text(String name, List<String> lines) {
    byte[] bytes = String.join("\n", lines).concat("\n").getBytes(StandardCharsets.UTF_8);
    return ExportFile.of(name, () -> new java.io.ByteArrayInputStream(bytes));
  }
}
