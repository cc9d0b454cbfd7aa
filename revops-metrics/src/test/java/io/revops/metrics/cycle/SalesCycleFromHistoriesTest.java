package io.revops.metrics.cycle;

import static io.revops.metrics.conversion.Histories.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.revops.core.history.AttemptOutcome;
import io.revops.core.history.ContactChannel;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.LeadId;
import io.revops.core.money.Amounts;
import io.revops.metrics.ExcludedLead;
import io.revops.metrics.conversion.Histories;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cycle lengths derived from lead event histories, with the start event as a policy. */
class SalesCycleFromHistoriesTest {
  static final Instant AS_OF = day(200);

  static LeadEventHistory wonDeal(String id, int created, int contacted, int won) {
    return LeadEventHistory.builder(id).created(day(created), "ads")
        .contactAttempt(day(contacted), "rep", ContactChannel.PHONE, AttemptOutcome.NO_ANSWER)
        .connected(day(contacted + 1), "rep", ContactChannel.PHONE)
        .won(day(won), "rep", Amounts.of(100, "RUB")).build();
  }

  @Test
  void firstContactOrCreationStartsTheCycle() {
    List<LeadEventHistory> hs = List.of(wonDeal("A", 0, 10, 100), wonDeal("B", 0, 30, 90));

    SalesCycleReport fromContact = SalesCycleAccumulator.of(AS_OF).addAll(hs).result();
    SalesCycleReport fromCreation = SalesCycleAccumulator.of(AS_OF, CycleStart.CREATION, OpenDeals.EXCLUDED,
        LostDeals.EXCLUDED).addAll(hs).result();

    assertThat(fromContact.mean().value()).isEqualTo(CycleTime.ofDays(75)); // 90 and 60
    assertThat(fromCreation.mean().value()).isEqualTo(CycleTime.ofDays(95)); // 100 and 90
    assertThat(fromCreation.mean().policies()).containsExactly(CycleStart.CREATION, OpenDeals.EXCLUDED,
        LostDeals.EXCLUDED);
  }

  @Test
  void connectedWithoutAttemptAlsoCountsAsFirstContact() {
    LeadEventHistory h = LeadEventHistory.builder("C").created(day(0), "ads")
        .connected(day(5), "rep", ContactChannel.EMAIL).won(day(65), "rep", Amounts.of(1, "RUB")).build();

    assertThat(SalesCycleAccumulator.of(AS_OF).add(h).result().mean().value()).isEqualTo(CycleTime.ofDays(60));
  }

  @Test
  void anomaliesAndMissingStartsAreListedOpenLeadsCounted() {
    LeadEventHistory anomalous = LeadEventHistory.builder("X").created(day(0), "ads")
        .contactAttempt(day(1), "rep", ContactChannel.PHONE, AttemptOutcome.REACHED)
        .won(day(5), "rep", Amounts.of(1, "RUB")).lost(day(6), "rep", "x").build();
    LeadEventHistory noContact = LeadEventHistory.builder("Y").created(day(0), "ads")
        .won(day(5), "rep", Amounts.of(1, "RUB")).build();
    LeadEventHistory untouched = LeadEventHistory.builder("Z").created(day(0), "ads").build();
    LeadEventHistory open = LeadEventHistory.builder("O").created(day(0), "ads")
        .contactAttempt(day(150), "rep", ContactChannel.PHONE, AttemptOutcome.REACHED).build();

    SalesCycleReport r = SalesCycleAccumulator.of(AS_OF)
        .addAll(List.of(wonDeal("A", 0, 10, 100), anomalous, noContact, untouched, open)).result();

    assertThat(r.won()).isEqualTo(1);
    assertThat(r.excluded()).extracting(ExcludedLead::leadId).containsExactly(LeadId.of("X"), LeadId.of("Y"));
    assertThat(r.excluded().get(1).reason()).isEqualTo("won at 2026-01-06T00:00:00Z with no first contact");
    assertThat(r.anomalousCount()).isEqualTo(1);
    assertThat(r.notStarted()).isEqualTo(1);
    assertThat(r.count(CycleObservation.Outcome.OPEN)).isEqualTo(1);
    assertThat(r.observations()).filteredOn(o -> o.dealId().equals("O")).singleElement()
        .extracting(o -> CycleTime.of(o.duration())).isEqualTo(CycleTime.ofDays(50));
    assertThat(r.toString()).contains("1 won, 1 open, 0 lost, 2 excluded, 1 not started", "excluded Y: won at");
  }

  @Test
  void eventsAfterAsOfAreIgnored() {
    SalesCycleReport r = SalesCycleAccumulator.of(day(50)).add(wonDeal("A", 0, 10, 100)).result();

    assertThat(r.won()).isZero();
    assertThat(r.count(CycleObservation.Outcome.OPEN)).isEqualTo(1);
  }

  @Test
  void mergingAnySplitEqualsTheWhole() {
    record Tagged(LeadEventHistory history, int part) {}
    var tagged = Histories.histories().zip(integers().between(0, 2), Tagged::new);
    qt().withExamples(150).forAll(lists().of(tagged).ofSizeBetween(1, 30), integers().between(0, 7))
        .checkAssert((items, p) -> {
          CycleStart start = CycleStart.values()[p % 2];
          OpenDeals open = OpenDeals.values()[(p / 2) % 2];
          LostDeals lost = LostDeals.values()[(p / 4) % 2];
          SalesCycleAccumulator[] parts = new SalesCycleAccumulator[3];
          for (int i = 0; i < 3; i++) {
            parts[i] = SalesCycleAccumulator.of(AS_OF, start, open, lost);
          }
          SalesCycleAccumulator whole = SalesCycleAccumulator.of(AS_OF, start, open, lost);
          items.forEach(t -> {
            parts[t.part()].add(t.history());
            whole.add(t.history());
          });
          SalesCycleReport merged = parts[2].merge(parts[1]).merge(parts[0]).result();
          SalesCycleReport expected = whole.result();
          assertThat(merged).isEqualTo(expected);
          assertThat(merged.mean()).isEqualTo(expected.mean());
          assertThat(merged.p90()).isEqualTo(expected.p90());
          assertThat(merged.medianTimeToClose()).isEqualTo(expected.medianTimeToClose());
        });
  }
}
