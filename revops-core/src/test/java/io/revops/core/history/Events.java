package io.revops.core.history;

import io.revops.core.lead.LeadId;
import io.revops.core.lead.LeadSource;
import io.revops.core.money.Amounts;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Terse factories for lead events with explicit ids, for tests. */
final class Events {
  static final LeadId L1 = LeadId.of("L-1");
  static final LeadId L2 = LeadId.of("L-2");
  static final Instant T0 = Instant.parse("2026-03-06T14:30:00Z");

  private Events() {}

  static Instant t(long minutes) {
    return T0.plusSeconds(60 * minutes);
  }

  static EventId id(String id) {
    return EventId.of(id);
  }

  static LeadEvent.Created created(String id, LeadId lead, Instant at, String source) {
    return new LeadEvent.Created(id(id), lead, at, Optional.empty(), LeadSource.of(source));
  }

  static LeadEvent.Created created(String id, Instant at) {
    return created(id, L1, at, "webinar");
  }

  static LeadEvent.BecameMql mql(String id, Instant at) {
    return new LeadEvent.BecameMql(id(id), L1, at, Optional.empty());
  }

  static LeadEvent.Assigned assigned(String id, Instant at, String rep) {
    return new LeadEvent.Assigned(id(id), L1, at, Optional.of(Actor.of("router")), Actor.of(rep));
  }

  static LeadEvent.ContactAttempt attempt(String id, Instant at) {
    return new LeadEvent.ContactAttempt(id(id), L1, at, Optional.of(Actor.of("rep-1")), ContactChannel.PHONE,
        AttemptOutcome.NO_ANSWER);
  }

  static LeadEvent.DataChanged dataChanged(String id, Instant at, LeadField... fields) {
    return new LeadEvent.DataChanged(id(id), L1, at, Optional.empty(), Set.of(fields));
  }

  static LeadEvent.Won won(String id, Instant at, String amount) {
    return new LeadEvent.Won(id(id), L1, at, Optional.of(Actor.of("rep-1")), Amounts.of(amount, "RUB"));
  }

  static LeadEvent.Lost lost(String id, Instant at) {
    return new LeadEvent.Lost(id(id), L1, at, Optional.of(Actor.of("rep-1")), Optional.of("went with a competitor"));
  }
}
