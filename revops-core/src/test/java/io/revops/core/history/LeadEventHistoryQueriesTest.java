package io.revops.core.history;

import static io.revops.core.history.Events.L1;
import static io.revops.core.history.Events.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.revops.core.funnel.LifecycleStage;
import io.revops.core.lead.LeadId;
import io.revops.core.lead.LeadSource;
import io.revops.core.money.Amounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Queries on a clean (anomaly-free) history. */
class LeadEventHistoryQueriesTest {

  /** A lead that goes all the way: created, MQL, assigned, two attempts, talks, SQL, reassigned, deal, won. */
  static LeadEventHistory.Builder wonStory() {
    return LeadEventHistory.builder("L-1")
        .created(t(0), "webinar")
        .becameMql(t(0))
        .assigned(t(5), "rep-1")
        .contactAttempt(t(30), "rep-1", ContactChannel.PHONE, AttemptOutcome.NO_ANSWER)
        .dataChanged(t(31), LeadField.PHONE)
        .contactAttempt(t(60), "rep-1", ContactChannel.EMAIL, AttemptOutcome.SENT)
        .connected(t(120), "rep-1", ContactChannel.PHONE)
        .discoveryCall(t(1440), "rep-1")
        .acceptedAsSql(t(1500), "rep-1")
        .assigned(t(1500), "rep-2")
        .opportunityCreated(t(2000), "rep-2")
        .won(t(9000), "rep-2", Amounts.of("500000", "RUB"));
  }

  @Test
  void eventsAreOrderedByInstantThenKind() {
    LeadEventHistory h = wonStory().build();
    assertThat(h.leadId()).isEqualTo(L1);
    assertThat(h.size()).isEqualTo(12);
    assertThat(h.events()).isSortedAccordingTo(LeadEvent.ORDER);
    // kind order breaks ties: CREATED before BECAME_MQL at t(0), ASSIGNED before ACCEPTED_AS_SQL at t(1500)
    assertThat(h.events()).extracting(LeadEvent::kind).containsExactly(
        EventKind.CREATED, EventKind.BECAME_MQL, EventKind.ASSIGNED, EventKind.CONTACT_ATTEMPT, EventKind.DATA_CHANGED,
        EventKind.CONTACT_ATTEMPT, EventKind.CONNECTED, EventKind.DISCOVERY_CALL, EventKind.ASSIGNED,
        EventKind.ACCEPTED_AS_SQL, EventKind.OPPORTUNITY_CREATED, EventKind.WON);
    assertThat(h.hasAnomalies()).isFalse();
    assertThat(h.anomalies()).isEmpty();
    assertThatThrownBy(() -> h.events().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builderGeneratesIdsInCallOrder() {
    List<LeadEvent> recorded = wonStory().events();
    assertThat(recorded).extracting(e -> e.id().value()).startsWith("L-1/1", "L-1/2", "L-1/3");
    assertThat(recorded.get(0).kind()).isEqualTo(EventKind.CREATED);
    assertThat(recorded.get(11).id()).isEqualTo(EventId.of("L-1/12"));
  }

  @Test
  void builderDataChangedTakesAFieldNamedTwiceOnce() {
    LeadEventHistory h = LeadEventHistory.builder("L-1").created(t(0), "web")
        .dataChanged(t(1), LeadField.PHONE, LeadField.EMAIL, LeadField.PHONE).build();
    assertThat(h.last(LeadEvent.DataChanged.class)).hasValueSatisfying(
        d -> assertThat(d.fields()).containsExactly(LeadField.PHONE, LeadField.EMAIL));
    assertThatThrownBy(() -> LeadEventHistory.builder("L-1").dataChanged(t(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("fields of a DataChanged event must not be empty: []");
  }

  @Test
  void firstLastAndEventsOfAKind() {
    LeadEventHistory h = wonStory().build();
    List<LeadEvent.ContactAttempt> attempts = h.events(LeadEvent.ContactAttempt.class);
    assertThat(attempts).extracting(LeadEvent.ContactAttempt::channel).containsExactly(ContactChannel.PHONE, ContactChannel.EMAIL);
    assertThat(h.first(LeadEvent.ContactAttempt.class)).contains(attempts.get(0));
    assertThat(h.last(LeadEvent.ContactAttempt.class)).contains(attempts.get(1));
    assertThat(h.first(LeadEvent.Rejected.class)).isEmpty();
    assertThat(h.last(LeadEvent.Lost.class)).isEmpty();
    assertThat(h.events(LeadEvent.Rejected.class)).isEmpty();
    assertThat(h.events(LeadEvent.class)).hasSize(12);
    assertThatThrownBy(() -> h.first(null)).hasMessage("kind");
  }

  @Test
  void creationSourceAndMql() {
    LeadEventHistory h = wonStory().build();
    assertThat(h.created()).hasValueSatisfying(c -> assertThat(c.at()).isEqualTo(t(0)));
    assertThat(h.source()).contains(LeadSource.of("webinar"));
    assertThat(h.becameMqlAt()).contains(t(0));
  }

  @Test
  void assignedRepIsTheLastAssignment() {
    LeadEventHistory h = wonStory().build();
    assertThat(h.assignedRep()).contains(Actor.of("rep-2"));
    assertThat(h.asOf(t(1499)).assignedRep()).contains(Actor.of("rep-1"));
    assertThat(h.asOf(t(4)).assignedRep()).isEmpty();
  }

  @Test
  void outcome() {
    LeadEventHistory h = wonStory().build();
    assertThat(h.won()).isPresent();
    assertThat(h.wonAmount()).hasValueSatisfying(a -> assertThat(Amounts.format(a)).isEqualTo("500 000,00 RUB"));
    assertThat(h.lost()).isEmpty();
    assertThat(h.isClosed()).isTrue();
    assertThat(h.asOf(t(8999)).isClosed()).isFalse();
    assertThat(h.asOf(t(8999)).wonAmount()).isEmpty();
  }

  @Test
  void lostLead() {
    LeadEventHistory h = LeadEventHistory.builder("L-1").created(t(0), "ads").becameMql(t(1)).acceptedAsSql(t(2), "rep-1")
        .lost(t(3), "rep-1", "price").build();
    assertThat(h.lost()).hasValueSatisfying(l -> assertThat(l.reason()).hasValue("price"));
    assertThat(h.isClosed()).isTrue();
    assertThat(h.won()).isEmpty();
    assertThat(h.wonAmount()).isEmpty();
    assertThat(h.furthestStage()).contains(LifecycleStage.SQL);
  }

  @Test
  void rejectedLead() {
    LeadEventHistory h = LeadEventHistory.builder("L-1").created(t(0), "ads").becameMql(t(1))
        .rejected(t(2), "rep-1", RejectionReason.of(RejectionCode.WITH_COMPETITOR)).build();
    assertThat(h.last(LeadEvent.Rejected.class)).hasValueSatisfying(
        r -> assertThat(r.reason().code()).isEqualTo(RejectionCode.WITH_COMPETITOR));
    assertThat(h.stagesReached()).containsExactly(LifecycleStage.LEAD, LifecycleStage.MQL);
    assertThat(h.isClosed()).isFalse();
  }

  @Test
  void stagesReachedAndWhen() {
    LeadEventHistory h = wonStory().build();
    assertThat(h.stagesReached()).containsExactly(LifecycleStage.LEAD, LifecycleStage.MQL, LifecycleStage.SQL,
        LifecycleStage.OPPORTUNITY, LifecycleStage.CUSTOMER);
    assertThat(h.furthestStage()).contains(LifecycleStage.CUSTOMER);
    assertThat(h.reachedAt(LifecycleStage.VISITOR)).isEmpty();
    assertThat(h.reachedAt(LifecycleStage.LEAD)).contains(t(0));
    assertThat(h.reachedAt(LifecycleStage.MQL)).contains(t(0));
    assertThat(h.reachedAt(LifecycleStage.SQL)).contains(t(1500));
    assertThat(h.reachedAt(LifecycleStage.OPPORTUNITY)).contains(t(2000));
    assertThat(h.reachedAt(LifecycleStage.CUSTOMER)).contains(t(9000));
    assertThatThrownBy(() -> h.stagesReached().add(LifecycleStage.VISITOR)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aSkippedStageDoesNotHideALaterOne() {
    LeadEventHistory h = LeadEventHistory.builder("L-1").created(t(0), "referral").acceptedAsSql(t(1), "rep-1").build();
    assertThat(h.stagesReached()).isEqualTo(EnumSet.of(LifecycleStage.LEAD, LifecycleStage.SQL));
    assertThat(h.reachedAt(LifecycleStage.MQL)).isEmpty();
    assertThat(h.furthestStage()).contains(LifecycleStage.SQL);
  }

  @Test
  void asOfKeepsEventsAtOrBeforeTheInstant() {
    LeadEventHistory h = wonStory().build();
    LeadEventHistory early = h.asOf(t(60));
    assertThat(early.size()).isEqualTo(6);
    assertThat(early.events()).isEqualTo(h.events().subList(0, 6));
    assertThat(early.furthestStage()).contains(LifecycleStage.MQL);
    assertThat(early.hasAnomalies()).isFalse();
    assertThat(h.asOf(t(9000))).isSameAs(h);
    assertThat(h.asOf(Instant.MAX)).isEqualTo(h);
    LeadEventHistory none = h.asOf(t(-1));
    assertThat(none.size()).isZero();
    assertThat(none.furthestStage()).isEmpty();
    assertThat(none.hasAnomalies()).isFalse();
    assertThat(none.leadId()).isEqualTo(L1);
  }

  @Test
  void asOfEqualsTheHistoryBuiltFromTheEarlierEvents() {
    LeadEventHistory.Builder b = wonStory();
    List<LeadEvent> before = b.events().stream().filter(e -> !e.at().isAfter(t(1440))).toList();
    assertThat(b.build().asOf(t(1440))).isEqualTo(LeadEventHistory.of(L1, before));
  }

  @Test
  void emptyHistory() {
    LeadEventHistory h = LeadEventHistory.of(LeadId.of("L-9"));
    assertThat(h.size()).isZero();
    assertThat(h.hasAnomalies()).isFalse();
    assertThat(h.created()).isEmpty();
    assertThat(h.source()).isEmpty();
    assertThat(h.becameMqlAt()).isEmpty();
    assertThat(h.stagesReached()).isEmpty();
    assertThat(h).hasToString("LeadEventHistory L-9 (0 events)");
  }

  @Test
  void toStringListsEventsAndActors() {
    LeadEventHistory h = LeadEventHistory.builder("L-1").created(t(0), "webinar").becameMql(t(0))
        .contactAttempt(t(10), "rep-1", ContactChannel.PHONE, AttemptOutcome.REACHED).build();
    assertThat(h).hasToString("LeadEventHistory L-1 (3 events)\n"
        + "  2026-03-06T14:30:00Z CREATED\n"
        + "  2026-03-06T14:30:00Z BECAME_MQL\n"
        + "  2026-03-06T14:40:00Z CONTACT_ATTEMPT by rep-1");
  }

  @Test
  void equality() {
    List<LeadEvent> events = wonStory().events();
    List<LeadEvent> reversed = new ArrayList<>(events);
    Collections.reverse(reversed);
    new EqualsTester()
        .addEqualityGroup(LeadEventHistory.of(L1, events), LeadEventHistory.of(L1, reversed), wonStory().build())
        .addEqualityGroup(LeadEventHistory.of(L1, events.subList(0, 11)))
        .addEqualityGroup(LeadEventHistory.of(L1))
        .addEqualityGroup(LeadEventHistory.of(LeadId.of("L-2")))
        .testEquals();
  }

  @Test
  void nullsAreRejected() {
    assertThatThrownBy(() -> LeadEventHistory.of(null, List.of())).hasMessage("leadId");
    assertThatThrownBy(() -> LeadEventHistory.of(L1, (List<LeadEvent>) null)).hasMessage("events");
    List<LeadEvent> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> LeadEventHistory.of(L1, withNull)).hasMessage("event");
    assertThatThrownBy(() -> wonStory().build().asOf(null)).hasMessage("asOf");
    assertThatThrownBy(() -> wonStory().build().reachedAt(null)).hasMessage("stage");
  }
}
