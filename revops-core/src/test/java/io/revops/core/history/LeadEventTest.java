package io.revops.core.history;

import static io.revops.core.history.Events.L1;
import static io.revops.core.history.Events.T0;
import static io.revops.core.history.Events.id;
import static io.revops.core.history.Events.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.revops.core.lead.LeadSource;
import io.revops.core.money.Amounts;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The event records, their ids, actors and rejection reasons. */
class LeadEventTest {
  static final Optional<Actor> NOBODY = Optional.empty();

  @Test
  void eachRecordReportsItsKind() {
    EventId i = id("e");
    List<LeadEvent> all = List.of(
        new LeadEvent.Created(i, L1, T0, NOBODY, LeadSource.of("web")),
        new LeadEvent.DataChanged(i, L1, T0, NOBODY, Set.of(LeadField.PHONE)),
        new LeadEvent.BecameMql(i, L1, T0, NOBODY),
        new LeadEvent.Assigned(i, L1, T0, NOBODY, Actor.of("rep")),
        new LeadEvent.ContactAttempt(i, L1, T0, NOBODY, ContactChannel.EMAIL, AttemptOutcome.SENT),
        new LeadEvent.Connected(i, L1, T0, NOBODY, ContactChannel.PHONE),
        new LeadEvent.DiscoveryCall(i, L1, T0, NOBODY),
        new LeadEvent.AcceptedAsSql(i, L1, T0, NOBODY),
        new LeadEvent.Rejected(i, L1, T0, NOBODY, RejectionReason.of(RejectionCode.NO_BUDGET)),
        new LeadEvent.OpportunityCreated(i, L1, T0, NOBODY),
        new LeadEvent.Won(i, L1, T0, NOBODY, Amounts.of(1, "RUB")),
        new LeadEvent.Lost(i, L1, T0, NOBODY, Optional.empty()));
    assertThat(all).extracting(LeadEvent::kind).containsExactly(EventKind.values());
    // at the same instant the kinds order the events
    List<LeadEvent> shuffled = new ArrayList<>(all);
    java.util.Collections.reverse(shuffled);
    shuffled.sort(LeadEvent.ORDER);
    assertThat(shuffled).isEqualTo(all);
  }

  @Test
  void orderIsInstantThenKindThenId() {
    LeadEvent a = Events.mql("b", t(0));
    LeadEvent b = Events.created("z", t(1));
    LeadEvent c = Events.attempt("a", t(1));
    LeadEvent d = Events.attempt("b", t(1));
    List<LeadEvent> list = new ArrayList<>(List.of(d, c, b, a));
    list.sort(LeadEvent.ORDER);
    assertThat(list).containsExactly(a, b, c, d);
  }

  @Test
  void commonFieldsAreRequiredAndNamed() {
    assertThatThrownBy(() -> new LeadEvent.BecameMql(null, L1, T0, NOBODY)).isInstanceOf(NullPointerException.class)
        .hasMessage("id");
    assertThatThrownBy(() -> new LeadEvent.BecameMql(id("e"), null, T0, NOBODY)).hasMessage("leadId");
    assertThatThrownBy(() -> new LeadEvent.BecameMql(id("e"), L1, null, NOBODY)).hasMessage("at");
    assertThatThrownBy(() -> new LeadEvent.BecameMql(id("e"), L1, T0, null)).hasMessage("actor");
  }

  @Test
  void kindSpecificFieldsAreRequiredAndNamed() {
    EventId i = id("e");
    assertThatThrownBy(() -> new LeadEvent.Created(i, L1, T0, NOBODY, null)).hasMessage("source");
    assertThatThrownBy(() -> new LeadEvent.Assigned(i, L1, T0, NOBODY, null)).hasMessage("rep");
    assertThatThrownBy(() -> new LeadEvent.ContactAttempt(i, L1, T0, NOBODY, null, AttemptOutcome.SENT))
        .hasMessage("channel");
    assertThatThrownBy(() -> new LeadEvent.ContactAttempt(i, L1, T0, NOBODY, ContactChannel.PHONE, null))
        .hasMessage("outcome");
    assertThatThrownBy(() -> new LeadEvent.Connected(i, L1, T0, NOBODY, null)).hasMessage("channel");
    assertThatThrownBy(() -> new LeadEvent.Rejected(i, L1, T0, NOBODY, null)).hasMessage("reason");
    assertThatThrownBy(() -> new LeadEvent.Lost(i, L1, T0, NOBODY, null)).hasMessage("reason");
    assertThatThrownBy(() -> new LeadEvent.Won(i, L1, T0, NOBODY, null)).hasMessage("amount");
    assertThatThrownBy(() -> new LeadEvent.DataChanged(i, L1, T0, NOBODY, null)).hasMessage("fields");
  }

  @Test
  void wonAmountMustNotBeNegative() {
    assertThatThrownBy(() -> Events.won("w", T0, "-1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must not be negative: -1,00 RUB");
    assertThat(Events.won("w", T0, "0").amount().isZero()).isTrue();
  }

  @Test
  void aLostDealWithoutReasonHasAnEmptyOneNeverABlankText() {
    EventId i = id("e");
    assertThat(new LeadEvent.Lost(i, L1, T0, NOBODY, Optional.empty()).reason()).isEmpty();
    assertThat(new LeadEvent.Lost(i, L1, T0, NOBODY, Optional.of("price")).reason()).hasValue("price");
    assertThatThrownBy(() -> new LeadEvent.Lost(i, L1, T0, NOBODY, Optional.of(" ")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("reason must not be blank: \" \"");
    assertThatThrownBy(() -> new LeadEvent.Lost(i, L1, T0, NOBODY, Optional.of("x".repeat(1_001))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("reason must be at most 1000 characters");
    // what readers make of a recorded text: none for null, "" or blank; else the text as written
    assertThat(LeadEvent.Lost.reasonFrom(null)).isEmpty();
    assertThat(LeadEvent.Lost.reasonFrom("")).isEmpty();
    assertThat(LeadEvent.Lost.reasonFrom(" \t")).isEmpty();
    assertThat(LeadEvent.Lost.reasonFrom(" chose a competitor")).hasValue(" chose a competitor");
    assertThatThrownBy(() -> LeadEvent.Lost.reasonFrom("x".repeat(1_001)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("text must be at most 1000 characters");
    assertThatThrownBy(() -> LeadEventHistory.builder("L-1").lost(T0, "rep-1", null)).hasMessage("reason");
  }

  @Test
  void wonEqualityIgnoresTheScaleOfTheAmount() {
    new EqualsTester()
        .addEqualityGroup(Events.won("w", T0, "500000"), Events.won("w", T0, "500000.00"))
        .addEqualityGroup(Events.won("w", T0, "500000.01"))
        .addEqualityGroup(new LeadEvent.Won(id("w"), L1, T0, Optional.of(Actor.of("rep-1")), Amounts.of(500000, "USD")))
        .addEqualityGroup(Events.won("w", t(1), "500000"))
        .addEqualityGroup(Events.won("w2", T0, "500000"))
        .addEqualityGroup(new LeadEvent.Won(id("w"), L1, T0, NOBODY, Amounts.of(500000, "RUB")))
        .testEquals();
  }

  @Test
  void dataChangedNeedsFieldsAndKeepsAnOrderedImmutableCopy() {
    assertThatThrownBy(() -> Events.dataChanged("d", T0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fields of a DataChanged event must not be empty: []");
    Set<LeadField> fields = new HashSet<>(Set.of(LeadField.EMAIL, LeadField.NAME));
    LeadEvent.DataChanged d = new LeadEvent.DataChanged(id("d"), L1, T0, NOBODY, fields);
    fields.add(LeadField.PHONE);
    assertThat(d.fields()).containsExactly(LeadField.NAME, LeadField.EMAIL);
    assertThatThrownBy(() -> d.fields().add(LeadField.BANT)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(d).isEqualTo(new LeadEvent.DataChanged(id("d"), L1, T0, NOBODY, EnumSet.of(LeadField.EMAIL, LeadField.NAME)));
  }

  @Test
  void eventIdAndActor() {
    assertThat(EventId.of("e-1")).hasToString("e-1").isLessThan(EventId.of("e-2"));
    assertThat(Actor.of("rep-1")).hasToString("rep-1").isLessThan(Actor.of("rep-2"));
    assertThatThrownBy(() -> EventId.of(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("eventId must not be blank: \" \"");
    assertThatThrownBy(() -> EventId.of(null)).isInstanceOf(NullPointerException.class).hasMessage("eventId");
    assertThatThrownBy(() -> Actor.of("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actor must not be blank: \"\"");
    assertThatThrownBy(() -> Actor.of(null)).isInstanceOf(NullPointerException.class).hasMessage("actor");
    new EqualsTester().addEqualityGroup(EventId.of("a"), new EventId("a")).addEqualityGroup(EventId.of("A")).testEquals();
    new EqualsTester().addEqualityGroup(Actor.of("a"), new Actor("a")).addEqualityGroup(Actor.of("b")).testEquals();
  }

  @Test
  void rejectionReasons() {
    RejectionReason budget = RejectionReason.of(RejectionCode.NO_BUDGET);
    assertThat(budget.code()).isEqualTo(RejectionCode.NO_BUDGET);
    assertThat(budget.text()).isEmpty();
    assertThat(budget.isGiven()).isTrue();
    assertThat(budget).hasToString("NO_BUDGET");
    RejectionReason other = RejectionReason.other("  merger pending ");
    assertThat(other.code()).isEqualTo(RejectionCode.OTHER);
    assertThat(other.text()).contains("merger pending");
    assertThat(other).hasToString("OTHER: merger pending");
    assertThat(RejectionReason.noneGiven().isGiven()).isFalse();
    assertThat(RejectionReason.noneGiven()).hasToString("NONE_GIVEN");
  }

  @Test
  void rejectionReasonValidation() {
    assertThatThrownBy(() -> RejectionReason.other(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text of an OTHER rejection reason must not be blank: \" \"");
    assertThatThrownBy(() -> RejectionReason.other(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> RejectionReason.of(RejectionCode.OTHER)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code OTHER needs a text: use RejectionReason.other(text)");
    assertThatThrownBy(() -> RejectionReason.of(null)).isInstanceOf(NullPointerException.class).hasMessage("code");
  }

  @Test
  void rejectionReasonEquality() {
    new EqualsTester()
        .addEqualityGroup(RejectionReason.of(RejectionCode.NO_NEED), RejectionReason.of(RejectionCode.NO_NEED))
        .addEqualityGroup(RejectionReason.noneGiven(), RejectionReason.of(RejectionCode.NONE_GIVEN))
        .addEqualityGroup(RejectionReason.other("x"), RejectionReason.other(" x "))
        .addEqualityGroup(RejectionReason.other("y"))
        .testEquals();
  }

  @Test
  void historyAnomalyCopiesItsEventsAndSortsByKind() {
    List<EventId> ids = new ArrayList<>(List.of(id("a")));
    HistoryAnomaly a = new HistoryAnomaly(HistoryAnomaly.Kind.WON_AND_LOST, ids, "both");
    ids.add(id("b"));
    assertThat(a.events()).containsExactly(id("a"));
    assertThat(a).hasToString("WON_AND_LOST [a]: both");
    HistoryAnomaly earlier = new HistoryAnomaly(HistoryAnomaly.Kind.EXACT_DUPLICATE_DROPPED, List.of(id("z")), "dup");
    assertThat(earlier).isLessThan(a);
    assertThatThrownBy(() -> new HistoryAnomaly(null, List.of(), "m")).hasMessage("kind");
    assertThatThrownBy(() -> new HistoryAnomaly(HistoryAnomaly.Kind.WON_AND_LOST, null, "m")).hasMessage("events");
    assertThatThrownBy(() -> new HistoryAnomaly(HistoryAnomaly.Kind.WON_AND_LOST, List.of(), null)).hasMessage("message");
  }
}
