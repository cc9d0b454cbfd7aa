package io.revops.core.history;

import static io.revops.core.history.Events.L1;
import static io.revops.core.history.Events.L2;
import static io.revops.core.history.Events.assigned;
import static io.revops.core.history.Events.attempt;
import static io.revops.core.history.Events.created;
import static io.revops.core.history.Events.id;
import static io.revops.core.history.Events.lost;
import static io.revops.core.history.Events.mql;
import static io.revops.core.history.Events.t;
import static io.revops.core.history.Events.won;
import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.lead.LeadSource;
import io.revops.core.money.Amounts;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bad data inside a history is reported as {@link HistoryAnomaly}, never thrown, never silently dropped. */
class LeadEventHistoryAnomaliesTest {

  static HistoryAnomaly only(LeadEventHistory h) {
    assertThat(h.anomalies()).hasSize(1);
    assertThat(h.hasAnomalies()).isTrue();
    return h.anomalies().get(0);
  }

  @Test
  void exactDuplicatesAreDroppedAndReported() {
    LeadEvent c = created("c", t(0));
    LeadEvent m = mql("m", t(1));
    LeadEventHistory h = LeadEventHistory.of(L1, m, c, m, m);
    assertThat(h.events()).containsExactly(c, m);
    HistoryAnomaly a = only(h);
    assertThat(a.kind()).isEqualTo(HistoryAnomaly.Kind.EXACT_DUPLICATE_DROPPED);
    assertThat(a.events()).containsExactly(id("m"));
    assertThat(a.message()).isEqualTo("event m appeared 3 times; kept one");
    assertThat(h.isSound()).as("a dropped exact duplicate leaves a correct history").isTrue();
  }

  @Test
  void onlyAnomaliesThatBuildingCannotRepairCompromiseTheHistory() {
    assertThat(java.util.Arrays.stream(HistoryAnomaly.Kind.values()).filter(k -> !k.compromisesHistory()))
        .containsExactly(HistoryAnomaly.Kind.EXACT_DUPLICATE_DROPPED, HistoryAnomaly.Kind.FOREIGN_LEAD_EVENT);
    assertThat(LeadEventHistory.of(L1, created("c", t(0)), created("f", L2, t(0), "ads")).isSound()).isTrue();
    assertThat(LeadEventHistory.of(L1, mql("m", t(1))).isSound()).as("missing creation").isFalse();
    assertThat(LeadEventHistory.of(L1, created("c", t(0)), won("w", t(5), "1"), lost("l", t(6))).isSound()).isFalse();
  }

  @Test
  void aWinRepeatedWithAnotherScaleIsAnExactDuplicate() {
    LeadEventHistory h = LeadEventHistory.of(L1, created("c", t(0)), won("w", t(5), "500000"), won("w", t(5), "500000.00"));
    assertThat(h.size()).isEqualTo(2);
    assertThat(only(h).kind()).isEqualTo(HistoryAnomaly.Kind.EXACT_DUPLICATE_DROPPED);
  }

  @Test
  void conflictingDuplicateIdsKeepTheFirstInEventOrderWhateverTheInputOrder() {
    LeadEvent c = created("c", t(0));
    LeadEvent early = assigned("x", t(1), "rep-1");
    LeadEvent late = attempt("x", t(2));
    LeadEventHistory h1 = LeadEventHistory.of(L1, c, early, late);
    LeadEventHistory h2 = LeadEventHistory.of(L1, late, c, early);
    assertThat(h1).isEqualTo(h2);
    assertThat(h1.events()).containsExactly(c, early);
    HistoryAnomaly a = only(h1);
    assertThat(a.kind()).isEqualTo(HistoryAnomaly.Kind.CONFLICTING_DUPLICATE_ID);
    assertThat(a.events()).containsExactly(id("x"));
    assertThat(a.message()).isEqualTo("2 different events share id x; kept ASSIGNED x at 2026-03-06T14:31:00Z");
  }

  @Test
  void conflictingDuplicatesAtTheSameInstantAndKindAreStillResolvedDeterministically() {
    LeadEvent web = created("c", L1, t(0), "web");
    LeadEvent ads = created("c", L1, t(0), "ads");
    LeadEventHistory h1 = LeadEventHistory.of(L1, web, ads);
    LeadEventHistory h2 = LeadEventHistory.of(L1, ads, web);
    assertThat(h1).isEqualTo(h2);
    assertThat(h1.size()).isEqualTo(1);
    assertThat(h1.source()).isEqualTo(h2.source()).isPresent();
    assertThat(only(h1).kind()).isEqualTo(HistoryAnomaly.Kind.CONFLICTING_DUPLICATE_ID);
  }

  @Test
  void foreignLeadEventsAreLeftOutAndReported() {
    LeadEvent mine = created("c", t(0));
    LeadEvent theirs = created("c2", L2, t(0), "ads");
    LeadEventHistory h = LeadEventHistory.of(L1, mine, theirs);
    assertThat(h.events()).containsExactly(mine);
    HistoryAnomaly a = only(h);
    assertThat(a.kind()).isEqualTo(HistoryAnomaly.Kind.FOREIGN_LEAD_EVENT);
    assertThat(a.events()).containsExactly(id("c2"));
    assertThat(a.message()).isEqualTo("event c2 belongs to lead L-2, not L-1; left out");
  }

  @Test
  void missingCreation() {
    LeadEventHistory h = LeadEventHistory.of(L1, mql("m", t(0)), attempt("a", t(1)));
    assertThat(h.size()).isEqualTo(2);
    HistoryAnomaly a = only(h);
    assertThat(a.kind()).isEqualTo(HistoryAnomaly.Kind.MISSING_CREATION);
    assertThat(a.events()).isEmpty();
    assertThat(a.message()).isEqualTo("lead L-1 has 2 events but no Created event");
  }

  @Test
  void multipleCreationTheFirstCounts() {
    LeadEvent first = created("c1", L1, t(0), "web");
    LeadEvent second = created("c2", L1, t(10), "ads");
    LeadEventHistory h = LeadEventHistory.of(L1, second, first);
    assertThat(h.size()).isEqualTo(2);
    assertThat(h.source()).contains(LeadSource.of("web"));
    assertThat(h.reachedAt(io.revops.core.funnel.LifecycleStage.LEAD)).contains(t(0));
    HistoryAnomaly a = only(h);
    assertThat(a.kind()).isEqualTo(HistoryAnomaly.Kind.MULTIPLE_CREATION);
    assertThat(a.events()).containsExactly(id("c1"), id("c2"));
    assertThat(a.message()).isEqualTo("lead L-1 was created 2 times; the first, at 2026-03-06T14:30:00Z, counts");
  }

  @Test
  void eventBeforeCreation() {
    LeadEventHistory h = LeadEventHistory.of(L1, created("c", t(10)), mql("m", t(5)), attempt("a", t(11)));
    assertThat(h.size()).isEqualTo(3);
    HistoryAnomaly a = only(h);
    assertThat(a.kind()).isEqualTo(HistoryAnomaly.Kind.EVENT_BEFORE_CREATION);
    assertThat(a.events()).containsExactly(id("m"));
    assertThat(a.message()).isEqualTo("1 event(s) before the lead was created at 2026-03-06T14:40:00Z:"
        + " BECAME_MQL m at 2026-03-06T14:35:00Z");
  }

  @Test
  void anEventAtTheCreationInstantIsNotBeforeIt() {
    assertThat(LeadEventHistory.of(L1, mql("m", t(0)), created("c", t(0))).hasAnomalies()).isFalse();
  }

  @Test
  void wonAndLost() {
    LeadEventHistory h = LeadEventHistory.of(L1, created("c", t(0)), lost("l", t(20)), won("w", t(10), "100"));
    HistoryAnomaly a = only(h);
    assertThat(a.kind()).isEqualTo(HistoryAnomaly.Kind.WON_AND_LOST);
    assertThat(a.events()).containsExactly(id("w"), id("l"));
    assertThat(a.message()).isEqualTo("lead L-1 was both won and lost: WON w at 2026-03-06T14:40:00Z,"
        + " LOST l at 2026-03-06T14:50:00Z");
    assertThat(h.isClosed()).isTrue();
  }

  @Test
  void multipleOutcomesTheFirstWinCounts() {
    LeadEventHistory h = LeadEventHistory.of(L1, created("c", t(0)), won("w2", t(20), "200"), won("w1", t(10), "100"));
    HistoryAnomaly a = only(h);
    assertThat(a.kind()).isEqualTo(HistoryAnomaly.Kind.MULTIPLE_OUTCOMES);
    assertThat(a.events()).containsExactly(id("w1"), id("w2"));
    assertThat(a.message()).isEqualTo("lead L-1 has 2 Won and 0 Lost events");
    assertThat(h.wonAmount()).hasValueSatisfying(w -> assertThat(Amounts.format(w)).isEqualTo("100,00 RUB"));
  }

  @Test
  void multipleLossesAreMultipleOutcomesToo() {
    LeadEventHistory h = LeadEventHistory.of(L1, created("c", t(0)), lost("l1", t(1)), lost("l2", t(2)));
    assertThat(only(h).kind()).isEqualTo(HistoryAnomaly.Kind.MULTIPLE_OUTCOMES);
    assertThat(only(h).message()).isEqualTo("lead L-1 has 0 Won and 2 Lost events");
  }

  @Test
  void everyKindOfAnomalyAtOnceIsReportedInKindOrderAndTheEventsAreKept() {
    LeadEvent mqlEarly = mql("m", t(-5));
    LeadEventHistory h = LeadEventHistory.of(L1,
        won("w1", t(30), "1"), won("w2", t(31), "2"), lost("l", t(32)),
        created("c1", t(0)), created("c2", t(1)), mqlEarly, mqlEarly,
        attempt("x", t(2)), assigned("x", t(3), "rep-1"),
        created("f", L2, t(0), "ads"));
    assertThat(h.anomalies()).extracting(HistoryAnomaly::kind).containsExactly(
        HistoryAnomaly.Kind.EXACT_DUPLICATE_DROPPED,
        HistoryAnomaly.Kind.CONFLICTING_DUPLICATE_ID,
        HistoryAnomaly.Kind.FOREIGN_LEAD_EVENT,
        HistoryAnomaly.Kind.MULTIPLE_CREATION,
        HistoryAnomaly.Kind.EVENT_BEFORE_CREATION,
        HistoryAnomaly.Kind.WON_AND_LOST,
        HistoryAnomaly.Kind.MULTIPLE_OUTCOMES);
    assertThat(h.events()).extracting(e -> e.id().value()).containsExactly("m", "c1", "c2", "x", "w1", "w2", "l");
    assertThat(h.toString()).contains("7 anomalies").contains("\n  ! EXACT_DUPLICATE_DROPPED [m]: event m appeared 2 times");
  }

  @Test
  void missingCreationIsTheOnlyCreationAnomalyWithoutACreatedEvent() {
    LeadEventHistory h = LeadEventHistory.of(L1, mql("m", t(0)), won("w", t(1), "1"), lost("l", t(2)));
    assertThat(h.anomalies()).extracting(HistoryAnomaly::kind).containsExactly(
        HistoryAnomaly.Kind.MISSING_CREATION, HistoryAnomaly.Kind.WON_AND_LOST);
  }

  @Test
  void asOfKeepsInputReportsAboutKeptEventsOnly() {
    LeadEvent c = created("c", t(0));
    LeadEvent a = attempt("a", t(1));
    LeadEvent w = won("w", t(10), "5");
    LeadEventHistory h = LeadEventHistory.of(L1, c, c, a, w, w, created("f", L2, t(0), "ads"), lost("l", t(20)));
    assertThat(h.anomalies()).extracting(HistoryAnomaly::kind).containsExactly(
        HistoryAnomaly.Kind.EXACT_DUPLICATE_DROPPED, HistoryAnomaly.Kind.EXACT_DUPLICATE_DROPPED,
        HistoryAnomaly.Kind.FOREIGN_LEAD_EVENT, HistoryAnomaly.Kind.WON_AND_LOST);

    LeadEventHistory before = h.asOf(t(5));
    assertThat(before.events()).containsExactly(c, a);
    // the duplicate of c is still reported, the one of w (not yet happened) is not; nor is WON_AND_LOST.
    // A foreign event was passed in with the batch: that is reported whatever the cut.
    assertThat(before.anomalies()).extracting(x -> x.kind() + " " + x.events()).containsExactly(
        "EXACT_DUPLICATE_DROPPED [c]", "FOREIGN_LEAD_EVENT [f]");

    LeadEventHistory beforeLoss = h.asOf(t(15));
    assertThat(beforeLoss.anomalies()).extracting(x -> x.kind() + " " + x.events()).containsExactly(
        "EXACT_DUPLICATE_DROPPED [c]", "EXACT_DUPLICATE_DROPPED [w]", "FOREIGN_LEAD_EVENT [f]");
    assertThat(h.asOf(t(20)).anomalies()).isEqualTo(h.anomalies());
  }

  @Test
  void groupByLeadBuildsOneHistoryPerLeadOrderedById() {
    LeadEvent c1 = created("c1", L1, t(0), "web");
    LeadEvent c2 = created("c2", L2, t(0), "ads");
    LeadEvent m2 = new LeadEvent.BecameMql(id("m2"), L2, t(1), Optional.empty());
    List<LeadEventHistory> all = LeadEventHistory.groupByLead(List.of(m2, c1, c2, c2));
    assertThat(all).extracting(LeadEventHistory::leadId).containsExactly(L1, L2);
    assertThat(all.get(0).events()).containsExactly(c1);
    assertThat(all.get(0).hasAnomalies()).isFalse();
    assertThat(all.get(1).events()).containsExactly(c2, m2);
    assertThat(all.get(1).anomalies()).extracting(HistoryAnomaly::kind)
        .containsExactly(HistoryAnomaly.Kind.EXACT_DUPLICATE_DROPPED);
    assertThat(all.get(1)).isEqualTo(LeadEventHistory.of(L2, c2, m2, c2));
    assertThat(LeadEventHistory.groupByLead(List.of())).isEmpty();
  }

  @Test
  void sameEventWithAmountAtAnotherScaleIsAnExactDuplicateNotAConflict() {
    LeadEvent c = created("c", t(0));
    LeadEvent w = won("w", t(5), "100");
    LeadEvent sameAtScale2 = won("w", t(5), "100.00");
    assertThat(sameAtScale2).isEqualTo(w);
    LeadEventHistory h = LeadEventHistory.of(L1, c, w, sameAtScale2);
    assertThat(h.events()).containsExactly(c, w);
    assertThat(only(h).kind()).isEqualTo(HistoryAnomaly.Kind.EXACT_DUPLICATE_DROPPED);
  }
}
