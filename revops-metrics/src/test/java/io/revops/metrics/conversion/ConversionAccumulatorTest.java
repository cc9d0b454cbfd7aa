package io.revops.metrics.conversion;

import static io.revops.metrics.conversion.Histories.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.revops.core.funnel.LifecycleStage;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.LeadId;
import io.revops.core.lead.LeadSource;
import io.revops.core.money.Amounts;
import io.revops.metrics.ExcludedLead;
import io.revops.metrics.MetricResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stage-to-stage conversion by cohort of leads entering the earlier stage. */
class ConversionAccumulatorTest {
  static final Instant FROM = day(0);
  static final Instant TO = day(31);
  static final Instant AS_OF = day(90);

  static ConversionAccumulator mqlToSql() {
    return ConversionAccumulator.of(LifecycleStage.MQL, LifecycleStage.SQL, FROM, TO, AS_OF);
  }

  static LeadEventHistory mql(String id, String source, int mqlDay, Integer sqlDay) {
    LeadEventHistory.Builder b = LeadEventHistory.builder(id).created(day(mqlDay), source).becameMql(day(mqlDay));
    if (sqlDay != null) {
      b.acceptedAsSql(day(sqlDay), "rep");
    }
    return b.build();
  }

  @Test
  void cohortIsTheLeadsReachingTheEarlierStageInTheWindow() {
    List<LeadEventHistory> hs = List.of(
        mql("A", "ads", 1, 5), mql("B", "ads", 2, null), mql("C", "webinar", 3, 40), mql("D", "webinar", 4, 100),
        mql("E", "ads", 35, 36), // outside the window
        LeadEventHistory.builder("F").created(day(1), "ads").acceptedAsSql(day(2), "rep").build()); // skipped MQL

    ConversionReport r = mqlToSql().addAll(hs).result();

    MetricResult<Proportion> overall = r.overall();
    assertThat(overall.value().successes()).isEqualTo(2); // A, C; D converted after asOf
    assertThat(overall.value().trials()).isEqualTo(4);
    assertThat(overall.toString()).startsWith("MQL→SQL conversion = 50% (95% CI ")
        .contains("2 reached SQL by 2026-04-01T00:00:00Z / 4 leads that reached MQL in [2026-01-01T00:00:00Z, 2026-02-01T00:00:00Z)");
    assertThat(r.forSource(LeadSource.of("ads")).value()).isEqualTo(Proportion.of(1, 2));
    assertThat(r.forSource(LeadSource.of("webinar")).value()).isEqualTo(Proportion.of(1, 2));
    assertThat(r.bySource()).containsOnlyKeys(LeadSource.of("ads"), LeadSource.of("webinar"));
    assertThat(r.excluded()).isEmpty();
  }

  @Test
  void anomalousAndOutOfOrderLeadsAreListedNotDropped() {
    LeadEventHistory wonAndLost = LeadEventHistory.builder("X").created(day(1), "ads").becameMql(day(1))
        .acceptedAsSql(day(2), "rep").won(day(3), "rep", Amounts.of(1, "RUB")).lost(day(4), "rep", "oops").build();
    LeadEventHistory sqlFirst = LeadEventHistory.builder("Y").created(day(1), "ads").acceptedAsSql(day(1), "rep")
        .becameMql(day(2)).build();

    ConversionReport r = mqlToSql().add(mql("A", "ads", 1, 5)).add(wonAndLost).add(sqlFirst).result();

    assertThat(r.overall().value()).isEqualTo(Proportion.of(1, 1));
    assertThat(r.excluded()).extracting(ExcludedLead::leadId).containsExactly(LeadId.of("X"), LeadId.of("Y"));
    assertThat(r.excluded().get(0).reason()).startsWith("history has 1 anomaly: WON_AND_LOST");
    assertThat(r.excluded().get(1).reason())
        .isEqualTo("reached SQL at 2026-01-02T00:00:00Z before MQL at 2026-01-03T00:00:00Z");
    assertThat(r.anomalousCount()).isEqualTo(1);
    assertThat(r.overall().explanation().orElseThrow()).endsWith("; 2 excluded (see report)");
    assertThat(r.toString()).contains("excluded X: history has 1 anomaly", "excluded Y: reached SQL");
  }

  @Test
  void aHistoryWhoseDuplicateWasDroppedStillCounts() {
    LeadEventHistory.Builder b = LeadEventHistory.builder("D").created(day(1), "ads").becameMql(day(1))
        .acceptedAsSql(day(2), "rep");
    LeadEventHistory duplicated = b.add(b.events().get(1)).build();
    assertThat(duplicated.hasAnomalies()).isTrue();

    ConversionReport r = mqlToSql().add(duplicated).result();

    assertThat(r.overall().value()).isEqualTo(Proportion.of(1, 1));
    assertThat(r.excluded()).isEmpty();
  }

  @Test
  void noLeadInTheCohortIsNotComputable() {
    ConversionReport r = mqlToSql().result();

    assertThat(r.overall().isComputed()).isFalse();
    assertThat(r.overall().reason()).hasValue(
        "no leads that reached MQL in [2026-01-01T00:00:00Z, 2026-02-01T00:00:00Z)");
    assertThat(r.forSource(LeadSource.of("ads")).isComputed()).isFalse();
  }

  @Test
  void badArguments() {
    assertThatThrownBy(() -> ConversionAccumulator.of(LifecycleStage.SQL, LifecycleStage.MQL, FROM, TO, AS_OF))
        .hasMessage("to stage must come after from stage: from SQL, to MQL");
    assertThatThrownBy(() -> ConversionAccumulator.of(LifecycleStage.VISITOR, LifecycleStage.MQL, FROM, TO, AS_OF))
        .hasMessage("from stage must be recorded in lead histories (LEAD or later): VISITOR");
    assertThatThrownBy(() -> ConversionAccumulator.of(LifecycleStage.MQL, LifecycleStage.SQL, TO, FROM, AS_OF))
        .hasMessage("windowEnd must be after windowStart: windowEnd 2026-01-01T00:00:00Z, windowStart 2026-02-01T00:00:00Z");
    assertThatThrownBy(() -> ConversionAccumulator.of(LifecycleStage.MQL, LifecycleStage.SQL, FROM, TO, day(3)))
        .hasMessage("asOf must not be before windowEnd: asOf 2026-01-04T00:00:00Z, windowEnd 2026-02-01T00:00:00Z");
    assertThatThrownBy(() -> mqlToSql().merge(
        ConversionAccumulator.of(LifecycleStage.LEAD, LifecycleStage.SQL, FROM, TO, AS_OF)))
        .hasMessageStartingWith("other must measure the same conversion");
  }

  @Test
  void mergingAnySplitEqualsTheWhole() {
    var tagged = Histories.histories().zip(integers().between(0, 2), Tagged::new);
    qt().withExamples(150).forAll(lists().of(tagged).ofSizeBetween(1, 30)).checkAssert(items -> {
      List<ConversionAccumulator> parts = new ArrayList<>(List.of(mqlToSql(), mqlToSql(), mqlToSql()));
      ConversionAccumulator whole = mqlToSql();
      for (Tagged t : items) {
        parts.get(t.part()).add(t.history());
        whole.add(t.history());
      }
      ConversionReport merged = parts.get(2).merge(parts.get(0)).merge(parts.get(1)).result();
      assertThat(merged).isEqualTo(whole.result());
      assertThat(merged.overall()).isEqualTo(whole.result().overall());
      assertThat(merged.bySource()).isEqualTo(whole.result().bySource());
    });
  }

  @Test
  void everyLeadOfTheCohortIsCountedOrExcluded() {
    qt().withExamples(150).forAll(lists().of(Histories.histories()).ofSizeBetween(1, 30)).checkAssert(hs -> {
      ConversionReport r = ConversionAccumulator.of(LifecycleStage.LEAD, LifecycleStage.MQL, FROM, TO, AS_OF)
          .addAll(hs).result();
      long inCohort = hs.stream().filter(h -> h.reachedAt(LifecycleStage.LEAD).filter(t -> t.isBefore(TO)).isPresent())
          .count();
      long trials = r.overall().toOptional().map(Proportion::trials).orElse(0L);
      assertThat(trials + r.excluded().size()).isEqualTo(inCohort);
    });
  }

  record Tagged(LeadEventHistory history, int part) {}
}
