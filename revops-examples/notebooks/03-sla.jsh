// 03-sla.jsh — the marketing–sales SLA on a handful of lead histories.
// Run from the repository root (see revops-sla's classpath command in the README of the examples):
//   jshell -R-Djava.util.logging.config.file=/dev/null --class-path "<classpath>" revops-examples/notebooks/03-sla.jsh
import java.time.*;
import java.util.*;
import io.revops.core.history.*;
import io.revops.core.lead.*;
import io.revops.sla.*;
import io.revops.sla.calendar.*;

// 24/7 in Moscow for now: after the merge this becomes the Russian production calendar
// (working hours Mon–Fri, public holidays, transferred days), and "1 hour of working time" will skip nights.
var calendar = BusinessCalendar.always(ZoneId.of("Europe/Moscow"));
var sla = SlaAgreement.handbook(calendar);
System.out.println(sla);

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
    // first contact the next day, rejected with no reason and no discovery call
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

// marketing's obligations need the lead's data as it stood at the MQL instant; here L-1 has it, the rest do not
var l1 = Lead.builder("L-1").
    company(Company.of("Uralmash")).
    contact(Contact.of("Anna Petrova", "CFO", "+7 900 000-00-00", "anna@uralmash.example")).
    source("webinar").
    behaviour(BehaviouralEvent.siteVisit(msk("2026-10-30T15:00"), PageKind.PRICING)).
    dataVerifiedAt(msk("2026-10-30T15:00")).
    build();
var inputs = histories.stream().
    map(h -> h.leadId().value().equals("L-1") ? SlaInput.of(h, l1) : SlaInput.of(h)).
    toList();

// the MQL criteria come from core qualification after the merge; a stand-in check here
var evaluator = SlaEvaluator.of(sla).withCriteriaCheck((lead, at) -> CheckResult.passed("stand-in: all criteria met"));
var evaluation = evaluator.evaluate(inputs, asOf);

// the compliance summary
System.out.println(evaluation.report());

// one lead's verdicts, with reasons
System.out.println(evaluation.lead("L-3").orElseThrow());

// speed to lead: does calling back within 5 minutes convert better here?
System.out.println(evaluation.report().speedToLead());

// what if the rule were the first chapter's "within 24 hours"?
System.out.println(WhatIf.compare(evaluator,
    sla.replacing(Obligation.firstContactWithinElapsed(Duration.ofHours(24))).withName("24 hours"), inputs, asOf));

// the pack for this week's stand-up
System.out.println(evaluation.report().weeklyPack(IsoWeek.from(LocalDate.of(2026, 11, 23))));

/exit
