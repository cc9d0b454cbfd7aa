package io.revops.sla;

import io.revops.core.history.Actor;
import io.revops.core.history.AttemptOutcome;
import io.revops.core.history.ContactChannel;
import io.revops.core.history.EventId;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.history.LeadField;
import io.revops.core.history.RejectionCode;
import io.revops.core.history.RejectionReason;
import io.revops.core.lead.Lead;
import io.revops.core.lead.LeadId;
import io.revops.core.lead.LeadSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Generates plausible, sometimes messy lead event data from a seed. */
final class RandomLeads {
  static final Instant START = Fixtures.msk("2026-09-01T00:00");
  static final Instant AS_OF = Fixtures.msk("2026-11-20T12:00");
  private static final String[] SOURCES = {"webinar", "paid_search", "referral", "events"};

  private RandomLeads() {
  }

  /** One lead's raw events (possibly with a duplicate) and optional data. */
  record Raw(LeadId id, List<LeadEvent> events, Optional<Lead> lead) {
    SlaInput input() {
      LeadEventHistory h = LeadEventHistory.of(id, events);
      return lead.map(l -> SlaInput.of(h, l)).orElseGet(() -> SlaInput.of(h));
    }
  }

  static List<Raw> generate(long seed, int leads) {
    Random r = new Random(seed);
    List<Raw> out = new ArrayList<>();
    for (int i = 0; i < leads; i++) {
      out.add(lead(r, "L" + i));
    }
    return out;
  }

  private static Raw lead(Random r, String idText) {
    LeadId id = LeadId.of(idText);
    List<LeadEvent> ev = new ArrayList<>();
    int[] n = {0};
    java.util.function.Supplier<EventId> next = () -> EventId.of(idText + "/" + (++n[0]));
    Instant created = START.plus(Duration.ofMinutes(r.nextInt(80 * 24 * 60)));
    if (r.nextInt(20) != 0) {
      ev.add(new LeadEvent.Created(next.get(), id, created, Optional.empty(),
          LeadSource.of(SOURCES[r.nextInt(SOURCES.length)])));
    }
    if (r.nextInt(4) == 0) {
      ev.add(new LeadEvent.DataChanged(next.get(), id, created.plusSeconds(r.nextInt(3600)), Optional.empty(),
          java.util.Set.of(LeadField.PHONE)));
    }
    Optional<Actor> rep = Optional.of(Actor.of("rep-" + r.nextInt(4)));
    if (r.nextInt(7) != 0) {
      Instant mql = created.plus(Duration.ofMinutes(r.nextInt(120)));
      ev.add(new LeadEvent.BecameMql(next.get(), id, mql, Optional.empty()));
      if (r.nextBoolean()) {
        ev.add(new LeadEvent.Assigned(next.get(), id, mql.plusSeconds(r.nextInt(600)), Optional.empty(), rep.get()));
      }
      int attempts = r.nextInt(9);
      Instant t = mql;
      for (int a = 0; a < attempts; a++) {
        t = t.plus(Duration.ofMinutes(r.nextInt(a == 0 ? 2 * 24 * 60 : 4 * 24 * 60)));
        ev.add(new LeadEvent.ContactAttempt(next.get(), id, t, rep, ContactChannel.values()[r.nextInt(4)],
            AttemptOutcome.values()[r.nextInt(AttemptOutcome.values().length)]));
      }
      if (r.nextInt(3) == 0) {
        t = t.plus(Duration.ofMinutes(r.nextInt(3000)));
        ev.add(new LeadEvent.DiscoveryCall(next.get(), id, t, rep));
      }
      int decision = r.nextInt(4);
      t = t.plus(Duration.ofMinutes(r.nextInt(3000)));
      if (decision == 0) {
        ev.add(new LeadEvent.AcceptedAsSql(next.get(), id, t, rep));
      } else if (decision == 1) {
        int code = r.nextInt(RejectionCode.values().length);
        RejectionCode c = RejectionCode.values()[code];
        RejectionReason reason = c == RejectionCode.OTHER ? RejectionReason.other("student")
            : c == RejectionCode.NONE_GIVEN ? RejectionReason.noneGiven() : RejectionReason.of(c);
        ev.add(new LeadEvent.Rejected(next.get(), id, t, rep, reason));
      }
    } else if (r.nextBoolean()) {
      ev.add(new LeadEvent.ContactAttempt(next.get(), id, created.plusSeconds(60), rep, ContactChannel.PHONE,
          AttemptOutcome.NO_ANSWER));
    }
    if (!ev.isEmpty() && r.nextInt(6) == 0) {
      ev.add(ev.get(r.nextInt(ev.size())));
    }
    Optional<Lead> lead = r.nextBoolean() ? Optional.empty()
        : Optional.of(Fixtures.completeLead(idText, created.minus(Duration.ofDays(r.nextInt(60)))));
    return new Raw(id, ev, lead);
  }

  /** A deterministic criteria check: leads with an even number in their id pass. */
  static CheckResult check(Lead lead, Instant at) {
    int n = Integer.parseInt(lead.id().value().substring(1));
    return n % 3 == 0 ? CheckResult.failed("lead " + n + " fails") : n % 3 == 1 ? CheckResult.passed("ok")
        : CheckResult.unknown("size unknown");
  }
}
