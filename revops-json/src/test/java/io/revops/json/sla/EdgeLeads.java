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
import io.revops.core.lead.Contact;
import io.revops.core.lead.Lead;
import io.revops.core.lead.LeadId;
import io.revops.core.lead.LeadSource;
import io.revops.core.lead.PageKind;
import io.revops.sla.DayBasis;
import io.revops.sla.Obligation;
import io.revops.sla.SlaAgreement;
import io.revops.sla.SlaInput;
import io.revops.sla.calendar.BusinessCalendar;
import io.revops.sla.calendar.WeeklyHours;
import io.revops.sla.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Hand-made leads at the boundaries of the SLA rules, each named (its lead id) by the boundary it probes, and
 * the agreement they are judged under: the golden snapshot {@code sla-golden/edges.jsonl} of
 * {@link SlaEdgeSnapshotTest}. {@link MessyLeads} draws instants to the minute and rarely lands on a
 * boundary; these leads sit on one, and on the instant just past it.
 *
 * <p>The calendar: Monday to Friday 09:00-18:00 Europe/Moscow, Tuesday 3 November 2026 shortened by an hour
 * (closes 17:00) before the holiday of Wednesday 4 November. Evaluated as of Wednesday 18 November 12:00
 * Moscow. Unless a lead says otherwise it is created an hour before its MQL instant (source webinar), assigned
 * at its MQL instant to rep-1, and has lead data with an email, source webinar, verified a day before the MQL
 * instant and one pricing-page visit an hour before it, so that only the probed rule decides.
 *
 * <p>The boundaries (the rules they probe, with {@code >=} or {@code >}, in the judges of {@code io.revops.sla}):
 * <ul>
 *   <li>first contact: used ≤ allowance is MET, so a contact exactly at the due is MET and one working minute
 *       (or, elapsed, one second) later BREACHED; the due at a day's close met by a contact at the next
 *       opening (no working time between); an MQL at the close or on a weekend; the due across the holiday and
 *       the shortened day before it; a contact after the shortened close; a contact at the MQL instant (counts)
 *       and one second before it (does not: an anomaly);
 *   <li>still open: used > allowance is BREACHED, so exactly the allowance used is AT_RISK; used ≥ the at-risk
 *       share (75%) of the allowance is AT_RISK, one second less PENDING; a contact exactly at the evaluation
 *       instant counts, one second after it does not;
 *   <li>attempts: the window {@code [MQL instant, end]} includes both ends (working days skip the holiday and
 *       count the shortened day); the window ending exactly at the evaluation instant is still open
 *       (AT_RISK), one second before it is closed (BREACHED); the at-risk share of the window; an attempt at
 *       the same instant as the decision comes before it (kind order) and counts; channels outside the agreed
 *       ones;
 *   <li>rejection reason: a rejection at the MQL instant counts, one second before it does not;
 *   <li>steps in order: a step at the decision's instant is before it (kind order); steps out of order; the
 *       events listed in reverse order are judged as in order;
 *   <li>data fresh: age ≤ max age is MET, exactly 30 days MET, a second more BREACHED; verified at the MQL
 *       instant (age 0) counts, one second after it does not;
 *   <li>context: an item at the MQL instant counts, one second after it does not;
 *   <li>facts: the MQL and a contact at the creation instant (no anomaly), an event one second before the
 *       creation (an anomaly); no Created event (no source, unknown in the reports) with and without the
 *       lead data's source; no assignment (unassigned); no lead data;
 *   <li>reports: the speed-to-lead buckets' inclusive bounds (exactly 5 minutes, 5 minutes and a second,
 *       exactly 24 hours, a second more); months and ISO weeks start at midnight Moscow, not UTC.
 * </ul>
 */
final class EdgeLeads {
  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  static final Instant AS_OF = msk("2026-11-18T12:00");
  /** The working-time first contact (1 hour), the elapsed one (24 hours), attempts on working and calendar days. */
  static final String FIRST_CONTACT = "first-contact";
  static final String FIRST_CONTACT_ELAPSED = "first-contact#2";
  static final String ATTEMPTS_WORKING = "attempts";
  static final String ATTEMPTS_CALENDAR = "attempts#2";
  private static final String SOURCE = "webinar";

  private EdgeLeads() {}

  static Instant msk(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(MOSCOW).toInstant();
  }

  static BusinessCalendar calendar() {
    return WorkingCalendar.builder().zone(MOSCOW)
        .weeklyHours(WeeklyHours.mondayToFriday(LocalTime.of(9, 0), LocalTime.of(18, 0)))
        .shortenedDay(LocalDate.of(2026, 11, 3))
        .holiday(LocalDate.of(2026, 11, 4), "Unity Day").build();
  }

  static SlaAgreement agreement() {
    return SlaAgreement.of("edges", calendar(),
        Obligation.monthlyMqlQuota(2),
        Obligation.requiredFieldsComplete(EnumSet.of(LeadField.SOURCE, LeadField.EMAIL)),
        Obligation.dataFresh(Duration.ofDays(30)),
        Obligation.contextPresent(1),
        Obligation.firstContactWithinWorkingTime(Duration.ofHours(1)),
        Obligation.firstContactWithinElapsed(Duration.ofHours(24)),
        new Obligation.AttemptsWithin(2, 2, DayBasis.WORKING, EnumSet.of(ContactChannel.PHONE,
            ContactChannel.EMAIL)),
        new Obligation.AttemptsWithin(2, 1, DayBasis.CALENDAR, EnumSet.allOf(ContactChannel.class)),
        Obligation.rejectionHasReason(Obligation.HANDBOOK_REJECTION_CODES),
        Obligation.stepsInOrder(EventKind.ASSIGNED, EventKind.CONTACT_ATTEMPT, EventKind.DISCOVERY_CALL),
        Obligation.weeklyConversionReport(),
        Obligation.monthlyRejectionReview());
  }

  /** A lead under construction: its events and lead data. */
  private static final class Draft {
    final String name;
    final LeadId id;
    final List<LeadEvent> events = new ArrayList<>();
    Lead.Builder lead;
    private int n;

    Draft(String name) {
      this.name = name;
      this.id = LeadId.of(name);
    }

    private EventId next() {
      return EventId.of(name + "/" + (++n));
    }

    Draft created(Instant at) {
      events.add(new LeadEvent.Created(next(), id, at, Optional.empty(), LeadSource.of(SOURCE)));
      return this;
    }

    Draft mql(Instant at) {
      events.add(new LeadEvent.BecameMql(next(), id, at, Optional.empty()));
      return this;
    }

    Draft assigned(Instant at) {
      events.add(new LeadEvent.Assigned(next(), id, at, Optional.empty(), Actor.of("rep-1")));
      return this;
    }

    Draft attempt(Instant at) {
      return attempt(at, ContactChannel.PHONE, AttemptOutcome.NO_ANSWER);
    }

    Draft attempt(Instant at, ContactChannel channel, AttemptOutcome outcome) {
      events.add(new LeadEvent.ContactAttempt(next(), id, at, rep(), channel, outcome));
      return this;
    }

    Draft discovery(Instant at) {
      events.add(new LeadEvent.DiscoveryCall(next(), id, at, rep()));
      return this;
    }

    Draft accepted(Instant at) {
      events.add(new LeadEvent.AcceptedAsSql(next(), id, at, rep()));
      return this;
    }

    Draft rejected(Instant at, RejectionReason reason) {
      events.add(new LeadEvent.Rejected(next(), id, at, rep(), reason));
      return this;
    }

    Draft dataChanged(Instant at) {
      events.add(new LeadEvent.DataChanged(next(), id, at, Optional.empty(), Set.of(LeadField.EMAIL)));
      return this;
    }

    Draft standardLead(Instant mql) {
      return standardLead(mql, BehaviouralEvent.siteVisit(mql.minus(Duration.ofHours(1)), PageKind.PRICING));
    }

    /** The standard lead data with {@code context} its only behaviour. */
    Draft standardLead(Instant mql, BehaviouralEvent context) {
      lead = Lead.builder(id).contact(Contact.of("Anna Petrova", "CFO", "+7 900 000-00-00", "anna@uralmash.example"))
          .source(SOURCE).dataVerifiedAt(mql.minus(Duration.ofDays(1))).behaviour(context);
      return this;
    }

    Draft leadData(java.util.function.UnaryOperator<Lead.Builder> change) {
      lead = change.apply(lead);
      return this;
    }

    Draft noLeadData() {
      lead = null;
      return this;
    }

    Draft reversed() {
      Collections.reverse(events);
      return this;
    }

    private static Optional<Actor> rep() {
      return Optional.of(Actor.of("rep-1"));
    }

    SlaInput input() {
      LeadEventHistory h = LeadEventHistory.of(id, events);
      return lead == null ? SlaInput.of(h) : SlaInput.of(h, lead.build());
    }
  }

  /** Created an hour before {@code mql}, MQL at {@code mql}, assigned then, with the standard lead data. */
  private static Draft standard(String name, Instant mql) {
    return new Draft(name).created(mql.minus(Duration.ofHours(1))).mql(mql).assigned(mql).standardLead(mql);
  }

  private static Draft standard(String name, String mql) {
    return standard(name, msk(mql));
  }

  /** The edge leads, in a fixed order. */
  static List<SlaInput> inputs() {
    List<Draft> d = new ArrayList<>();
    // first contact, 1 working hour: decided by a contact
    d.add(standard("first-contact-exactly-at-due", "2026-11-09T10:00").attempt(msk("2026-11-09T11:00")));
    d.add(standard("first-contact-one-working-minute-late", "2026-11-09T10:00").attempt(msk("2026-11-09T11:01")));
    d.add(standard("first-contact-due-at-close-met-at-next-opening", "2026-11-13T17:00")
        .attempt(msk("2026-11-16T09:00")));
    d.add(standard("first-contact-due-at-close-one-minute-after-next-opening", "2026-11-13T17:00")
        .attempt(msk("2026-11-16T09:01")));
    d.add(standard("first-contact-mql-at-close", "2026-11-13T18:00").attempt(msk("2026-11-16T10:00")));
    d.add(standard("first-contact-mql-on-weekend", "2026-11-14T12:00").attempt(msk("2026-11-16T10:00")));
    d.add(standard("first-contact-across-shortened-day-and-holiday-at-due", "2026-11-03T16:30")
        .attempt(msk("2026-11-05T09:30")));
    d.add(standard("first-contact-across-shortened-day-and-holiday-one-minute-late", "2026-11-03T16:30")
        .attempt(msk("2026-11-05T09:31")));
    d.add(standard("first-contact-after-shortened-close", "2026-11-03T16:30").attempt(msk("2026-11-03T17:30")));
    d.add(standard("first-contact-at-mql-instant", "2026-11-09T10:00").attempt(msk("2026-11-09T10:00")));
    d.add(standard("first-contact-one-second-before-mql", "2026-11-09T10:00").attempt(msk("2026-11-09T09:59:59")));
    // first contact still open as of 2026-11-18 12:00
    d.add(standard("open-exactly-the-allowance-used", "2026-11-18T11:00"));
    d.add(standard("open-one-minute-over-the-allowance", "2026-11-18T10:59"));
    d.add(standard("open-exactly-at-the-at-risk-share", "2026-11-18T11:15"));
    d.add(standard("open-one-second-below-the-at-risk-share", "2026-11-18T11:15:01"));
    d.add(standard("contact-exactly-at-the-evaluation-instant", "2026-11-18T11:00").attempt(AS_OF));
    d.add(standard("contact-one-second-after-the-evaluation-instant", "2026-11-18T11:00")
        .attempt(AS_OF.plusSeconds(1)));
    // first contact, 24 hours elapsed, and the speed-to-lead buckets
    d.add(standard("elapsed-exactly-24-hours", "2026-11-09T10:00").attempt(msk("2026-11-10T10:00")));
    d.add(standard("elapsed-24-hours-and-one-second", "2026-11-09T10:00").attempt(msk("2026-11-10T10:00:01")));
    d.add(standard("bucket-exactly-5-minutes", "2026-11-09T10:00").attempt(msk("2026-11-09T10:05")));
    d.add(standard("bucket-5-minutes-and-one-second", "2026-11-09T10:00").attempt(msk("2026-11-09T10:05:01")));
    // attempts: 2 within 2 working days (window to 6 November 00:00 for an MQL on 2 November: the shortened
    // 3rd counts, the 4th is a holiday), and 2 within 1 calendar day
    d.add(standard("attempts-second-exactly-at-working-window-end", "2026-11-02T15:00")
        .attempt(msk("2026-11-02T15:00")).attempt(msk("2026-11-06T00:00")));
    d.add(standard("attempts-second-one-second-after-working-window-end", "2026-11-02T15:00")
        .attempt(msk("2026-11-02T15:00")).attempt(msk("2026-11-06T00:00:01")));
    d.add(standard("attempts-second-exactly-one-calendar-day-later", "2026-11-09T10:00")
        .attempt(msk("2026-11-09T10:00")).attempt(msk("2026-11-10T10:00")));
    d.add(standard("attempts-on-channels-outside-the-agreed", "2026-11-09T10:00")
        .attempt(msk("2026-11-09T10:30"), ContactChannel.LINKEDIN, AttemptOutcome.SENT)
        .attempt(msk("2026-11-09T10:40"), ContactChannel.OTHER, AttemptOutcome.SENT));
    d.add(standard("attempt-at-the-instant-of-the-rejection", "2026-11-09T10:00")
        .attempt(msk("2026-11-09T10:30")).attempt(msk("2026-11-09T11:00"))
        .rejected(msk("2026-11-09T11:00"), RejectionReason.of(RejectionCode.NO_BUDGET)));
    d.add(standard("attempts-window-ends-at-the-evaluation-instant", "2026-11-17T12:00"));
    d.add(standard("attempts-window-ended-one-second-before-the-evaluation-instant", "2026-11-17T11:59:59"));
    d.add(standard("attempts-exactly-at-the-at-risk-share-of-the-window", "2026-11-17T18:00"));
    d.add(standard("attempts-one-second-below-the-at-risk-share-of-the-window", "2026-11-17T18:00:01"));
    // rejection reason
    d.add(standard("rejection-without-reason-at-mql-instant", "2026-11-09T10:00")
        .rejected(msk("2026-11-09T10:00"), RejectionReason.noneGiven()));
    d.add(standard("rejection-without-reason-one-second-before-mql", "2026-11-09T10:00")
        .rejected(msk("2026-11-09T09:59:59"), RejectionReason.noneGiven()));
    d.add(standard("rejection-reason-outside-the-allowed", "2026-11-09T10:00").attempt(msk("2026-11-09T10:10"))
        .rejected(msk("2026-11-09T10:20"), RejectionReason.other("student")));
    // steps in order: assigned, attempt, discovery call before the decision
    d.add(standard("steps-discovery-call-at-the-instant-of-the-acceptance", "2026-11-09T10:00")
        .attempt(msk("2026-11-09T10:10")).discovery(msk("2026-11-09T10:30")).accepted(msk("2026-11-09T10:30")));
    d.add(standard("steps-out-of-order", "2026-11-09T10:00")
        .discovery(msk("2026-11-09T10:10")).attempt(msk("2026-11-09T10:20")).accepted(msk("2026-11-09T10:30")));
    d.add(standard("events-listed-in-reverse-order", "2026-11-09T10:00")
        .attempt(msk("2026-11-09T10:10")).discovery(msk("2026-11-09T10:30")).accepted(msk("2026-11-09T10:30"))
        .reversed());
    // data fresh, 30 days
    d.add(standard("data-verified-exactly-30-days-before-mql", "2026-11-09T10:00")
        .leadData(b -> b.dataVerifiedAt(msk("2026-10-10T10:00"))));
    d.add(standard("data-verified-30-days-and-one-second-before-mql", "2026-11-09T10:00")
        .leadData(b -> b.dataVerifiedAt(msk("2026-10-10T09:59:59"))));
    d.add(standard("data-verified-at-mql-instant", "2026-11-09T10:00")
        .leadData(b -> b.dataVerifiedAt(msk("2026-11-09T10:00"))));
    d.add(standard("data-verified-one-second-after-mql", "2026-11-09T10:00")
        .leadData(b -> b.dataVerifiedAt(msk("2026-11-09T10:00:01"))));
    d.add(standard("data-changed-at-mql-instant-after-an-old-verification", "2026-11-09T10:00")
        .leadData(b -> b.dataVerifiedAt(msk("2026-09-01T10:00"))).dataChanged(msk("2026-11-09T10:00")));
    // context: one item
    d.add(standard("context-item-at-mql-instant", "2026-11-09T10:00").standardLead(msk("2026-11-09T10:00"),
        BehaviouralEvent.contentDownload(msk("2026-11-09T10:00"), "whitepaper")));
    d.add(standard("context-item-one-second-after-mql", "2026-11-09T10:00").standardLead(msk("2026-11-09T10:00"),
        BehaviouralEvent.contentDownload(msk("2026-11-09T10:00:01"), "whitepaper")));
    // the lead's facts: creation, source, owner, lead data
    Draft atCreation = new Draft("mql-and-contact-at-the-creation-instant").created(msk("2026-11-09T10:00"))
        .mql(msk("2026-11-09T10:00")).assigned(msk("2026-11-09T10:00")).attempt(msk("2026-11-09T10:00"))
        .standardLead(msk("2026-11-09T10:00"));
    d.add(atCreation);
    d.add(standard("event-one-second-before-the-creation", "2026-11-09T10:00")
        .dataChanged(msk("2026-11-09T08:59:59")).attempt(msk("2026-11-09T10:10")));
    d.add(new Draft("no-creation-no-source-no-owner").mql(msk("2026-11-09T10:00")).attempt(msk("2026-11-09T10:10"))
        .standardLead(msk("2026-11-09T10:00")).leadData(b -> Lead.builder("no-creation-no-source-no-owner")
            .contact(Contact.of("Anna Petrova", "CFO", "+7 900 000-00-00", "anna@uralmash.example"))
            .dataVerifiedAt(msk("2026-11-08T10:00"))
            .behaviour(BehaviouralEvent.siteVisit(msk("2026-11-09T09:00"), PageKind.PRICING))));
    d.add(new Draft("no-creation-source-only-in-lead-data").mql(msk("2026-11-09T10:00"))
        .assigned(msk("2026-11-09T10:00")).attempt(msk("2026-11-09T10:10")).standardLead(msk("2026-11-09T10:00")));
    d.add(standard("no-lead-data", "2026-11-09T10:00").attempt(msk("2026-11-09T10:10")).noLeadData());
    // report periods: months and ISO weeks start at midnight Moscow (21:00 UTC the day before)
    d.add(standard("week-43-last-second-sunday", "2026-10-25T23:59:59").attempt(msk("2026-10-26T09:00")));
    d.add(standard("week-44-first-instant-monday", "2026-10-26T00:00").attempt(msk("2026-10-26T09:00")));
    d.add(standard("october-last-second", "2026-10-31T23:59:59").attempt(msk("2026-11-02T09:00")));
    d.add(standard("november-first-instant", "2026-11-01T00:00").attempt(msk("2026-11-02T09:00")));
    return d.stream().map(Draft::input).toList();
  }
}
