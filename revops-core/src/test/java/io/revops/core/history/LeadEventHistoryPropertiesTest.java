package io.revops.core.history;

import static io.revops.core.history.Events.L1;
import static io.revops.core.history.Events.L2;
import static io.revops.core.history.Events.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.revops.core.lead.LeadId;
import io.revops.core.lead.LeadSource;
import io.revops.core.money.Amounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** A history depends on the set of events it is given, not on their order or repetition. */
class LeadEventHistoryPropertiesTest {
  static final int KINDS = EventKind.values().length;

  /**
   * Any event: random kind, one of 16 ids (so ids collide, with the same or different content), one of
   * 40 minutes (so instants collide), with or without an actor, one time in ten of another lead.
   */
  static Gen<LeadEvent> events() {
    return Generate.intArrays(Generate.constant(6), integers().between(0, 10_000)).map(LeadEventHistoryPropertiesTest::event);
  }

  static LeadEvent event(int[] v) {
    EventKind kind = EventKind.values()[v[0] % KINDS];
    EventId id = EventId.of("e" + v[1] % 16);
    Instant at = t(v[2] % 40);
    Optional<Actor> actor = v[3] % 3 == 0 ? Optional.empty() : Optional.of(Actor.of("rep-" + v[3] % 3));
    LeadId lead = v[4] % 10 == 0 ? L2 : L1;
    int variant = v[5] % 3;
    ContactChannel channel = ContactChannel.values()[variant];
    return switch (kind) {
      case CREATED -> new LeadEvent.Created(id, lead, at, actor, LeadSource.of(List.of("web", "ads", "referral").get(variant)));
      case DATA_CHANGED -> new LeadEvent.DataChanged(id, lead, at, actor,
          Set.copyOf(List.of(LeadField.values()).subList(0, variant + 1)));
      case BECAME_MQL -> new LeadEvent.BecameMql(id, lead, at, actor);
      case ASSIGNED -> new LeadEvent.Assigned(id, lead, at, actor, Actor.of("rep-" + variant));
      case CONTACT_ATTEMPT -> new LeadEvent.ContactAttempt(id, lead, at, actor, channel, AttemptOutcome.values()[variant]);
      case CONNECTED -> new LeadEvent.Connected(id, lead, at, actor, channel);
      case DISCOVERY_CALL -> new LeadEvent.DiscoveryCall(id, lead, at, actor);
      case ACCEPTED_AS_SQL -> new LeadEvent.AcceptedAsSql(id, lead, at, actor);
      case REJECTED -> new LeadEvent.Rejected(id, lead, at, actor, List.of(RejectionReason.noneGiven(),
          RejectionReason.of(RejectionCode.NO_BUDGET), RejectionReason.other("merger")).get(variant));
      case OPPORTUNITY_CREATED -> new LeadEvent.OpportunityCreated(id, lead, at, actor);
      // two of the three amounts are equal with different scales
      case WON -> new LeadEvent.Won(id, lead, at, actor, Amounts.of(List.of("500000", "500000.00", "1000").get(variant), "RUB"));
      case LOST -> new LeadEvent.Lost(id, lead, at, actor,
          List.of(Optional.<String>empty(), Optional.of("price"), Optional.of("timing")).get(variant));
    };
  }

  /** {@code events} with the ones at {@code repeats} (modulo the size) added again, shuffled with {@code seed}. */
  static List<LeadEvent> duplicatedAndShuffled(List<LeadEvent> events, List<Integer> repeats, long seed) {
    List<LeadEvent> out = new ArrayList<>(events);
    if (!events.isEmpty()) {
      repeats.forEach(i -> out.add(events.get(i % events.size())));
    }
    Collections.shuffle(out, new Random(seed));
    return out;
  }

  @Test
  void anyShuffleOfTheSameEventsGivesAnEqualHistory() {
    qt().withExamples(250)
        .forAll(lists().of(events()).ofSizeBetween(0, 30), lists().of(integers().between(0, 100)).ofSizeBetween(0, 10),
            longs().all(), longs().all())
        .checkAssert((events, repeats, seed1, seed2) -> {
          List<LeadEvent> input = duplicatedAndShuffled(events, repeats, seed1);
          List<LeadEvent> reshuffled = new ArrayList<>(input);
          Collections.shuffle(reshuffled, new Random(seed2));
          LeadEventHistory a = LeadEventHistory.of(L1, input);
          LeadEventHistory b = LeadEventHistory.of(L1, reshuffled);
          assertThat(b).isEqualTo(a);
          assertThat(b.hashCode()).isEqualTo(a.hashCode());
          assertThat(b.anomalies()).isEqualTo(a.anomalies());
          assertThat(b).hasToString(a.toString());
          assertThat(LeadEventHistory.groupByLead(reshuffled)).isEqualTo(LeadEventHistory.groupByLead(input));
        });
  }

  @Test
  void duplicationChangesOnlyTheDuplicateReports() {
    qt().withExamples(250)
        .forAll(lists().of(events()).ofSizeBetween(1, 30), lists().of(integers().between(0, 100)).ofSizeBetween(1, 10),
            longs().all())
        .checkAssert((events, repeats, seed) -> {
          LeadEventHistory original = LeadEventHistory.of(L1, events);
          LeadEventHistory duplicated = LeadEventHistory.of(L1, duplicatedAndShuffled(events, repeats, seed));
          assertThat(duplicated.events()).isEqualTo(original.events());
          assertThat(withoutInputReports(duplicated.anomalies())).isEqualTo(withoutInputReports(original.anomalies()));
        });
  }

  @Test
  void theEventsAreOrderedUniqueAndAllOfTheLead() {
    qt().withExamples(250)
        .forAll(lists().of(events()).ofSizeBetween(0, 30))
        .checkAssert(events -> {
          LeadEventHistory h = LeadEventHistory.of(L1, events);
          assertThat(h.events()).isSortedAccordingTo(LeadEvent.ORDER);
          assertThat(h.events()).allMatch(e -> e.leadId().equals(L1));
          Set<EventId> ids = new HashSet<>();
          h.events().forEach(e -> assertThat(ids.add(e.id())).as("unique id %s", e.id()).isTrue());
          // every id of this lead that was passed in is kept once (a conflict keeps one version)
          Set<EventId> passed = new HashSet<>();
          events.stream().filter(e -> e.leadId().equals(L1)).forEach(e -> passed.add(e.id()));
          assertThat(ids).isEqualTo(passed);
          // nothing is silently dropped: every event passed in is kept, or equal to a kept one, or reported
          for (LeadEvent e : events) {
            boolean kept = h.events().contains(e);
            boolean reported = h.anomalies().stream().anyMatch(x -> x.events().contains(e.id())
                && (x.kind() == HistoryAnomaly.Kind.CONFLICTING_DUPLICATE_ID
                    || x.kind() == HistoryAnomaly.Kind.FOREIGN_LEAD_EVENT));
            assertThat(kept || reported).as("%s kept or reported", e).isTrue();
          }
        });
  }

  @Test
  void asOfIsThePrefixOfTheEvents() {
    qt().withExamples(300)
        .forAll(lists().of(events()).ofSizeBetween(0, 30), integers().between(-1, 41))
        .checkAssert((events, minute) -> {
          LeadEventHistory h = LeadEventHistory.of(L1, events);
          Instant cut = t(minute);
          LeadEventHistory before = h.asOf(cut);
          assertThat(before.events()).isEqualTo(h.events().stream().filter(e -> !e.at().isAfter(cut)).toList());
          assertThat(before.asOf(cut)).isEqualTo(before);
          // the same cut of a reshuffled input is the same history
          List<LeadEvent> reversed = new ArrayList<>(events);
          Collections.reverse(reversed);
          assertThat(LeadEventHistory.of(L1, reversed).asOf(cut)).isEqualTo(before);
        });
  }

  private static List<HistoryAnomaly> withoutInputReports(List<HistoryAnomaly> anomalies) {
    return anomalies.stream()
        .filter(a -> a.kind() != HistoryAnomaly.Kind.EXACT_DUPLICATE_DROPPED && a.kind() != HistoryAnomaly.Kind.FOREIGN_LEAD_EVENT)
        .toList();
  }
}
