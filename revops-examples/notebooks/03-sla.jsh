// 03-sla.jsh — the marketing–sales SLA on a handful of lead histories.
// Run from the repository root:
//   revops-examples/jshell revops-examples/notebooks/03-sla.jsh
import java.time.*;
import java.util.*;
import io.revops.core.history.*;
import io.revops.core.lead.*;
import io.revops.core.money.*;
import io.revops.core.qualification.*;
import io.revops.sla.*;
import io.revops.sla.calendar.*;

// The handbook's agreement on the Russian office calendar: Mon–Fri 09:00–18:00 Europe/Moscow with the
// production calendar (public holidays, transferred days off, shortened pre-holiday days), so
// "first contact within 1 hour of working time" skips nights, weekends and holidays.
// November 2026 has one: Wednesday 4 November (National Unity Day), with Tuesday 3 November an hour shorter.
var sla = SlaAgreement.handbookRussia();
var calendar = sla.calendar();
System.out.println(sla);
System.out.println(calendar.exceptions(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));

// Moscow wall-clock times
Instant msk(String local) { return LocalDateTime.parse(local).atZone(ZoneId.of("Europe/Moscow")).toInstant(); }

var histories = List.of(
    // called back in 3 minutes, discovery call, accepted
    LeadEventHistory.builder("L-1").created(msk("2026-11-02T10:00"), "webinar").becameMql(msk("2026-11-02T10:00"))
        .assigned(msk("2026-11-02T10:01"), "ivan")
        .contactAttempt(msk("2026-11-02T10:03"), "ivan", ContactChannel.PHONE, AttemptOutcome.REACHED)
        .discoveryCall(msk("2026-11-03T11:00"), "ivan").acceptedAsSql(msk("2026-11-04T12:00"), "ivan").build(),
    // called back in 40 minutes, rejected for budget after a discovery call
    LeadEventHistory.builder("L-2").created(msk("2026-11-02T12:00"), "paid_search").becameMql(msk("2026-11-02T12:00"))
        .assigned(msk("2026-11-02T12:05"), "olga")
        .contactAttempt(msk("2026-11-02T12:40"), "olga", ContactChannel.PHONE, AttemptOutcome.REACHED)
        .discoveryCall(msk("2026-11-03T15:00"), "olga")
        .rejected(msk("2026-11-05T10:00"), "olga", RejectionReason.of(RejectionCode.NO_BUDGET)).build(),
    // MQL after the shortened day's 17:00 close, emailed on the 4 November holiday: no working time had passed
    // (the clock starts on Thursday 09:00), yet rejected with no reason and no discovery call
    LeadEventHistory.builder("L-3").created(msk("2026-11-03T17:30"), "paid_search").becameMql(msk("2026-11-03T17:30"))
        .assigned(msk("2026-11-03T17:31"), "olga")
        .contactAttempt(msk("2026-11-04T11:00"), "olga", ContactChannel.EMAIL, AttemptOutcome.SENT)
        .rejected(msk("2026-11-06T10:00"), "olga", RejectionReason.noneGiven()).build(),
    // reached within 5 minutes, accepted
    LeadEventHistory.builder("L-4").created(msk("2026-11-09T09:00"), "webinar").becameMql(msk("2026-11-09T09:00"))
        .assigned(msk("2026-11-09T09:00"), "ivan")
        .connected(msk("2026-11-09T09:04"), "ivan", ContactChannel.PHONE)
        .discoveryCall(msk("2026-11-09T09:30"), "ivan").acceptedAsSql(msk("2026-11-10T09:00"), "ivan").build(),
    // two attempts and silence: the 14-day window is running
    LeadEventHistory.builder("L-5").created(msk("2026-11-10T14:00"), "referral").becameMql(msk("2026-11-10T14:00"))
        .assigned(msk("2026-11-10T14:10"), "ivan")
        .contactAttempt(msk("2026-11-10T16:00"), "ivan", ContactChannel.PHONE, AttemptOutcome.NO_ANSWER)
        .contactAttempt(msk("2026-11-12T10:00"), "ivan", ContactChannel.LINKEDIN, AttemptOutcome.SENT).build(),
    // nobody has called yet
    LeadEventHistory.builder("L-6").created(msk("2026-11-23T11:20"), "webinar").becameMql(msk("2026-11-23T11:20")).build());

var asOf = msk("2026-11-23T12:00");

// marketing's obligations (the MQL criteria, required fields, fresh data, context) need the lead's data as it
// stood at the MQL instant; here L-1 and L-2 have it, the rest do not (their marketing verdicts are NOT_APPLICABLE)
var uralmash = Company.builder("Uralmash").employees(1200).annualRevenue(Amounts.of(2_000_000_000L, "RUB")).
    industry(Industry.MANUFACTURING).city(City.of("Yekaterinburg", 1_540_000, "RU")).build();
var allYes = Bant.of(BantAnswer.YES, BantAnswer.YES, BantAnswer.YES, Timeline.by(LocalDate.of(2027, 3, 1)));
// L-1 meets the handbook's MQL definition: fits the profile, engaged (visits, pricing page, downloads), BANT yes
var l1 = Lead.builder("L-1").
    company(uralmash).
    contact(Contact.of("Anna Petrova", "CFO", "+7 900 000-00-00", "anna@uralmash.example")).
    source("webinar").
    behaviour(BehaviouralEvent.siteVisit(msk("2026-10-20T15:00"), PageKind.PRICING),
        BehaviouralEvent.siteVisit(msk("2026-10-27T11:00"), PageKind.CASE_STUDY),
        BehaviouralEvent.siteVisit(msk("2026-10-30T15:00"), PageKind.OTHER),
        BehaviouralEvent.contentDownload(msk("2026-10-21T10:00"), "ROI guide"),
        BehaviouralEvent.contentDownload(msk("2026-10-28T10:00"), "checklist")).
    bant(allYes).
    dataVerifiedAt(msk("2026-10-30T15:00")).
    build();
// L-2 was handed over too early: two visits to ordinary pages, no downloads, no opens
var l2 = Lead.builder("L-2").
    company(Company.builder("Uralkhim").employees(800).annualRevenue(Amounts.of(900_000_000L, "RUB")).
        industry(Industry.MANUFACTURING).city(City.of("Perm", 1_030_000, "RU")).build()).
    contact(Contact.of("Oleg Ivanov", "COO", "+7 900 000-00-01", "oleg@uralkhim.example")).
    source("paid_search").
    behaviour(BehaviouralEvent.siteVisit(msk("2026-10-29T12:00"), PageKind.OTHER),
        BehaviouralEvent.siteVisit(msk("2026-11-01T12:00"), PageKind.OTHER)).
    bant(allYes).
    dataVerifiedAt(msk("2026-11-01T12:00")).
    build();
var leadData = Map.of("L-1", l1, "L-2", l2);
var inputs = histories.stream().
    map(h -> leadData.containsKey(h.leadId().value()) ? SlaInput.of(h, leadData.get(h.leadId().value())) : SlaInput.of(h)).
    toList();

// the MQL criteria are the handbook's (HandbookCriteria.mql()), evaluated as of each lead's MQL instant;
// exchange rates would go in an EvaluationContext for revenues in other currencies
var evaluator = SlaEvaluator.of(sla).withEvaluationContext(EvaluationContext.defaults());
var evaluation = evaluator.evaluate(inputs, asOf);

// the compliance summary
System.out.println(evaluation.report());

// one lead's verdicts, with reasons: L-2 did not meet the MQL criteria when it became an MQL
System.out.println(evaluation.lead("L-2").orElseThrow().verdict("mql-criteria").orElseThrow());
// and L-3's, with the holiday in the first-contact trace
System.out.println(evaluation.lead("L-3").orElseThrow());

// speed to lead: does calling back within 5 minutes convert better here?
System.out.println(evaluation.report().speedToLead());

// what if the rule were the first chapter's "within 24 hours"?
System.out.println(WhatIf.compare(evaluator,
    sla.replacing(Obligation.firstContactWithinElapsed(Duration.ofHours(24))).withName("24 hours"), inputs, asOf));

// the pack for this week's stand-up
System.out.println(evaluation.report().weeklyPack(IsoWeek.from(LocalDate.of(2026, 11, 23))));

/exit
