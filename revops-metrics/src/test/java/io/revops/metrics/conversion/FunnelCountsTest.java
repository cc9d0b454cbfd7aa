package io.revops.metrics.conversion;

import static io.revops.metrics.conversion.Histories.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.revops.core.funnel.BowtieStage;
import io.revops.core.funnel.FunnelSnapshot;
import io.revops.core.funnel.LifecycleStage;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.LeadId;
import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import io.revops.metrics.ExcludedLead;
import io.revops.metrics.SplitMerge;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Funnel and bowtie counts measured from lead histories. */
class FunnelCountsTest {
  static final Instant FROM = day(0);
  static final Instant TO = day(31);
  static final Instant AS_OF = day(90);

  static FunnelCounts counts(long visitors) {
    return FunnelCounts.of(visitors, FROM, TO, AS_OF);
  }

  static LeadEventHistory.Builder lead(String id, int createdDay) {
    return LeadEventHistory.builder(id).created(day(createdDay), "ads");
  }

  @Test
  void countsTheLeadsOfTheWindowAtEveryStageTheyReached() {
    List<LeadEventHistory> hs = List.of(
        lead("A", 1).build(),
        lead("B", 2).becameMql(day(3)).build(),
        lead("C", 3).becameMql(day(4)).acceptedAsSql(day(6), "rep").build(),
        lead("D", 4).becameMql(day(5)).acceptedAsSql(day(7), "rep").won(day(20), "rep", Amounts.of(1000, "RUB")).build(),
        lead("E", 5).acceptedAsSql(day(6), "rep").build(), // skipped MQL in the record: counts as passed
        lead("F", 6).becameMql(day(7)).acceptedAsSql(day(8), "rep").won(day(95), "rep", Amounts.of(1, "RUB")).build(),
        lead("G", 40).becameMql(day(41)).build()); // created after the window

    FunnelCountsReport r = counts(1_000).addAll(hs).result();

    assertThat(r.funnel()).isEqualTo(FunnelSnapshot.of(1_000, 6, 5, 4, 1)); // F won after asOf
    assertThat(r.leads()).isEqualTo(6);
    assertThat(r.funnel().conversion(LifecycleStage.MQL, LifecycleStage.SQL).rate()).contains(Rate.ofPercent(80));
    assertThat(r.funnel().records(LifecycleStage.OPPORTUNITY)).isFalse();
    assertThat(r.excluded()).isEmpty();
    assertThat(r.toString()).startsWith("Funnel counts (1000 visitors, leads created in [2026-01-01T00:00:00Z, "
        + "2026-02-01T00:00:00Z), as of 2026-04-01T00:00:00Z)\nFunnelSnapshot");
  }

  @Test
  void opportunitiesAreCountedOnlyWhenRecorded() {
    FunnelCountsReport r = counts(100).add(lead("A", 1).becameMql(day(2)).acceptedAsSql(day(3), "rep")
            .opportunityCreated(day(4), "rep").build())
        .add(lead("B", 1).acceptedAsSql(day(3), "rep").won(day(9), "rep", Amounts.of(5, "RUB")).build())
        .result();

    // B was won without an opportunity event: it passed the stage, so customers never exceed opportunities
    assertThat(r.funnel()).isEqualTo(FunnelSnapshot.of(100, 2, 2, 2, 2, 1));
  }

  @Test
  void anomalousHistoriesAreExcludedAndListed() {
    LeadEventHistory wonAndLost = lead("X", 2).becameMql(day(3)).won(day(10), "rep", Amounts.of(1, "RUB"))
        .lost(day(11), "rep", "changed their mind").build();
    LeadEventHistory outside = lead("Y", 50).won(day(60), "rep", Amounts.of(1, "RUB")).lost(day(61), "rep", "x").build();

    FunnelCountsReport r = counts(10).add(wonAndLost).add(outside).add(lead("Z", 3).build()).result();

    assertThat(r.funnel()).isEqualTo(FunnelSnapshot.of(10, 1, 0, 0, 0));
    assertThat(r.excluded()).extracting(ExcludedLead::leadId).containsExactly(LeadId.of("X"));
    assertThat(r.excluded().get(0).reason()).startsWith(ExcludedLead.ANOMALOUS_PREFIX);
    assertThat(r.toString()).contains("1 lead excluded:\n  X: history has 1 anomaly");
  }

  @Test
  void bowtieTakesTheLeftWingFromTheHistoriesAndTheRightWingFromTheCaller() {
    FunnelCountsReport r = counts(500).add(lead("A", 1).becameMql(day(2)).acceptedAsSql(day(3), "rep")
        .won(day(9), "rep", Amounts.of(5, "RUB")).build()).add(lead("B", 1).becameMql(day(2)).build()).result();

    assertThat(r.leftWingAndDeal()).containsExactly(java.util.Map.entry(BowtieStage.ATTRACTION, 500L),
        java.util.Map.entry(BowtieStage.CONVERSION, 2L), java.util.Map.entry(BowtieStage.DEAL, 1L));
    var bowtie = r.bowtie(1, 3, 2);
    assertThat(bowtie.volume(BowtieStage.DEAL)).isEqualTo(1);
    assertThat(bowtie.volume(BowtieStage.EXPANSION)).isEqualTo(3);
    assertThat(bowtie.rightWingExceedsLeft()).isFalse();
    assertThatThrownBy(() -> r.bowtie(-1, 0, 0)).hasMessageContaining("volume of RETENTION must not be negative: -1");
  }

  @Test
  void badInputIsRejectedNamingTheParameter() {
    assertThatThrownBy(() -> FunnelCounts.of(-1, FROM, TO, AS_OF)).hasMessage("visitors must not be negative: -1");
    assertThatThrownBy(() -> FunnelCounts.of(1, TO, FROM, AS_OF)).hasMessageStartingWith("windowEnd must be after windowStart");
    assertThatThrownBy(() -> FunnelCounts.of(1, FROM, TO, day(5))).hasMessageStartingWith("asOf must not be before windowEnd");
    FunnelCounts a = counts(1);
    assertThatThrownBy(() -> a.merge(a)).hasMessageContaining("must not be this accumulator");
    assertThatThrownBy(() -> a.merge(counts(2))).hasMessageStartingWith("other must count the same funnel: 1 visitors");
  }

  @Test
  void anySplitMergedGivesTheSameReport() {
    qt().withExamples(200).forAll(SplitMerge.dealt(Histories.histories(), 30)).checkAssert(dealt -> {
      FunnelCountsReport whole = SplitMerge.whole(dealt, () -> counts(1_000));
      assertThat(SplitMerge.merged(dealt, () -> counts(1_000))).isEqualTo(whole);
      // every count is at most the one before it, and every history in the window is counted or excluded
      List<Long> c = whole.funnel().stages().stream().skip(1).map(s -> whole.funnel().count(s).orElseThrow()).toList();
      for (int i = 1; i < c.size(); i++) {
        assertThat(c.get(i)).isLessThanOrEqualTo(c.get(i - 1));
      }
      long inWindow = dealt.stream().filter(e -> e.getKey().reachedAt(LifecycleStage.LEAD)
          .filter(t -> !t.isBefore(FROM) && t.isBefore(TO)).isPresent()).count();
      assertThat(whole.leads() + whole.excluded().size()).isEqualTo(inWindow);
    });
  }
}
