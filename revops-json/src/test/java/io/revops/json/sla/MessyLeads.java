package io.revops.json.sla;

import io.revops.core.history.Actor;
import io.revops.core.history.AttemptOutcome;
import io.revops.core.history.ContactChannel;
import io.revops.core.history.EventId;
import io.revops.core.history.EventKind;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.history.LeadField;
import io.revops.core.history.RejectionCode;
import io.revops.core.history.RejectionReason;
import io.revops.core.lead.BehaviouralEvent;
import io.revops.core.lead.Company;
import io.revops.core.lead.Contact;
import io.revops.core.lead.Lead;
import io.revops.core.lead.LeadId;
import io.revops.core.lead.LeadSource;
import io.revops.core.lead.PageKind;
import io.revops.sla.calendar.BusinessCalendar;
import io.revops.sla.calendar.BusinessCalendars;
import io.revops.sla.calendar.WeeklyHours;
import io.revops.sla.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import io.revops.sla.CheckResult;
import io.revops.sla.DayBasis;
import io.revops.sla.Obligation;
import io.revops.sla.SlaAgreement;
import io.revops.sla.SlaInput;

/**
 * Messy random leads from a seed, the generator of the former {@code SameAsBeforeTest} of revops-sla (moved
 * here with the golden snapshots it feeds): sales events before the MQL, several decisions, several MQL and
 * creation events, ties with the MQL instant, data changes and behaviour after the MQL, exact duplicates, leads
 * with and without lead data; and the three agreements it was judged under. The only change: the weekday
 * calendar (Mon–Fri 09:00–18:00 Moscow, 4 November off) is a {@link WorkingCalendar} instead of a test class.
 *
 * <p>Do not change the draws: the committed snapshots depend on every {@link Random} call in order.
 */
final class MessyLeads {
  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  static final Instant START = msk("2026-09-01T00:00");
  static final Instant AS_OF = msk("2026-11-20T12:00");
  private static final String[] SOURCES = {"webinar", "paid_search", "referral"};

  private MessyLeads() {}

  static Instant msk(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(MOSCOW).toInstant();
  }

  static List<SlaAgreement> agreements() {
    BusinessCalendar weekdays = WorkingCalendar.builder().zone(MOSCOW)
        .weeklyHours(WeeklyHours.mondayToFriday(LocalTime.of(9, 0), LocalTime.of(18, 0)))
        .holiday(LocalDate.of(2026, 11, 4)).build();
    List<SlaAgreement> out = new ArrayList<>();
    out.add(SlaAgreement.handbook(weekdays));
    out.add(SlaAgreement.handbookFirstChapter(weekdays));
    out.add(SlaAgreement.of("wide", BusinessCalendars.russia(),
        Obligation.monthlyMqlQuota(3),
        Obligation.mqlMeetsCriteria(),
        Obligation.requiredFieldsComplete(EnumSet.of(LeadField.PHONE, LeadField.EMAIL, LeadField.FIRMOGRAPHICS,
            LeadField.BANT, LeadField.SOURCE)),
        Obligation.dataFresh(Duration.ofDays(2)),
        Obligation.contextPresent(2),
        Obligation.firstContactWithinWorkingTime(Duration.ofHours(4)),
        Obligation.firstContactWithinElapsed(Duration.ofHours(24)),
        new Obligation.AttemptsWithin(3, 5, DayBasis.WORKING, EnumSet.of(ContactChannel.PHONE,
            ContactChannel.EMAIL)),
        new Obligation.AttemptsWithin(2, 3, DayBasis.CALENDAR, EnumSet.allOf(ContactChannel.class)),
        Obligation.rejectionHasReason(EnumSet.of(RejectionCode.values()[0], RejectionCode.values()[1])),
        Obligation.stepsInOrder(EventKind.ASSIGNED, EventKind.CONTACT_ATTEMPT, EventKind.CONNECTED,
            EventKind.DISCOVERY_CALL),
        Obligation.stepsInOrder(EventKind.CONTACT_ATTEMPT),
        Obligation.weeklyConversionReport(),
        Obligation.monthlyRejectionReview()).withAtRiskShare(io.revops.core.money.Rate.ofPercent(50)));
    return out;
  }

  static List<SlaInput> inputs(long seed, int n) {
    Random r = new Random(seed);
    List<SlaInput> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(lead(r, "L" + i));
    }
    return out;
  }

  private static Instant around(Random r, Instant t, int beforeMinutes, int afterMinutes) {
    return t.plus(Duration.ofMinutes(r.nextInt(beforeMinutes + afterMinutes + 1) - beforeMinutes));
  }

  private static SlaInput lead(Random r, String idText) {
    LeadId id = LeadId.of(idText);
    List<LeadEvent> ev = new ArrayList<>();
    int[] n = {0};
    java.util.function.Supplier<EventId> next = () -> EventId.of(idText + "/" + (++n[0]));
    Instant mql = START.plus(Duration.ofMinutes(r.nextInt(80 * 24 * 60)));
    Optional<Actor> rep = r.nextInt(5) == 0 ? Optional.empty() : Optional.of(Actor.of("rep-" + r.nextInt(3)));
    int created = r.nextInt(6) == 0 ? 0 : 1 + r.nextInt(2) / 1;
    for (int i = 0; i < created; i++) {
      ev.add(new LeadEvent.Created(next.get(), id, around(r, mql, 600, 60), Optional.empty(),
          LeadSource.of(SOURCES[r.nextInt(SOURCES.length)])));
    }
    int mqls = r.nextInt(5) == 0 ? 0 : 1 + (r.nextInt(4) == 0 ? 1 : 0);
    for (int i = 0; i < mqls; i++) {
      ev.add(new LeadEvent.BecameMql(next.get(), id, i == 0 ? mql : around(r, mql, 2000, 2000), Optional.empty()));
    }
    int events = r.nextInt(14);
    for (int i = 0; i < events; i++) {
      Instant at = around(r, mql, 600, 12 * 24 * 60);
      if (r.nextInt(8) == 0) {
        at = mql; // ties with the MQL instant
      }
      switch (r.nextInt(9)) {
        case 0 -> ev.add(new LeadEvent.Assigned(next.get(), id, at, Optional.empty(), Actor.of("rep-" + r.nextInt(3))));
        case 1, 2 -> ev.add(new LeadEvent.ContactAttempt(next.get(), id, at, rep,
            ContactChannel.values()[r.nextInt(ContactChannel.values().length)],
            AttemptOutcome.values()[r.nextInt(AttemptOutcome.values().length)]));
        case 3 -> ev.add(new LeadEvent.Connected(next.get(), id, at, rep,
            ContactChannel.values()[r.nextInt(ContactChannel.values().length)]));
        case 4 -> ev.add(new LeadEvent.DiscoveryCall(next.get(), id, at, rep));
        case 5 -> ev.add(new LeadEvent.AcceptedAsSql(next.get(), id, at, rep));
        case 6 -> {
          RejectionCode c = RejectionCode.values()[r.nextInt(RejectionCode.values().length)];
          RejectionReason reason = c == RejectionCode.OTHER ? RejectionReason.other("student")
              : c == RejectionCode.NONE_GIVEN ? RejectionReason.noneGiven() : RejectionReason.of(c);
          ev.add(new LeadEvent.Rejected(next.get(), id, at, rep, reason));
        }
        default -> {
          LeadField[] all = LeadField.values();
          ev.add(new LeadEvent.DataChanged(next.get(), id, around(r, mql, 4 * 24 * 60, 24 * 60), Optional.empty(),
              Set.of(all[r.nextInt(all.length)])));
        }
      }
    }
    if (!ev.isEmpty() && r.nextInt(6) == 0) {
      ev.add(ev.get(r.nextInt(ev.size())));
    }
    LeadEventHistory h = LeadEventHistory.of(id, ev);
    if (r.nextInt(3) == 0) {
      return SlaInput.of(h);
    }
    Lead.Builder b = Lead.builder(idText);
    if (r.nextBoolean()) {
      b.company(Company.of("Uralmash"));
    }
    if (r.nextInt(4) != 0) {
      b.contact(Contact.of("Anna Petrova", "CFO", "+7 900 000-00-00", "anna@uralmash.example"));
    }
    if (r.nextBoolean()) {
      b.source(SOURCES[r.nextInt(SOURCES.length)]);
    }
    int items = r.nextInt(5);
    for (int i = 0; i < items; i++) {
      Instant at = around(r, mql, 3 * 24 * 60, 24 * 60);
      switch (r.nextInt(4)) {
        case 0 -> b.behaviour(BehaviouralEvent.siteVisit(at, PageKind.PRICING));
        case 1 -> b.behaviour(BehaviouralEvent.contentDownload(at, "whitepaper"));
        case 2 -> b.behaviour(BehaviouralEvent.eventAttended(at, "webinar"));
        default -> b.behaviour(BehaviouralEvent.emailOpen(at, false));
      }
    }
    if (r.nextBoolean()) {
      b.dataVerifiedAt(around(r, mql, 5 * 24 * 60, 24 * 60));
    }
    return SlaInput.of(h, b.build());
  }

  /** Pure: by the lead's number. */
  static CheckResult check(Lead lead, Instant at) {
    int n = Integer.parseInt(lead.id().value().substring(1));
    return n % 3 == 0 ? CheckResult.failed("lead " + n + " fails") : n % 3 == 1 ? CheckResult.passed("ok")
        : CheckResult.unknown("size unknown");
  }
}
