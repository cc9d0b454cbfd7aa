// 00 — A short tour of revops: a lead, its history, an MQL verdict, a metric, an SLA verdict.
// Run from the repository root:   revops-examples/jshell revops-examples/notebooks/00-tour.jsh
// (the launcher builds the class path and preloads the revops imports; each notebook repeats what it needs)
import java.time.*;
import io.revops.core.money.*;
import io.revops.core.lead.*;
import io.revops.core.history.*;
import io.revops.core.funnel.*;
import io.revops.core.qualification.*;
import io.revops.metrics.acquisition.*;
import io.revops.metrics.value.*;
import io.revops.sla.*;
import io.revops.sla.calendar.*;

// Moscow wall-clock time → Instant. Nothing in revops reads the clock: every "as of" is given.
Instant msk(String local) { return LocalDateTime.parse(local).atZone(ZoneId.of("Europe/Moscow")).toInstant(); }

// 1. A lead: who they are (firmographics), what they did (behaviour) and what sales learnt (BANT).
// (jshell runs a line as soon as it is a complete statement: keep the dot at the end of a continued line)
Lead lead = Lead.builder("L-1").
    company(Company.builder("Uralmash").employees(1200).annualRevenue(Amounts.of(5_000_000_000L, "RUB")).
        industry(Industry.MANUFACTURING).city(City.of("Yekaterinburg", 1_540_000, "RU")).build()).
    contact(Contact.of("Anna Petrova", "CFO", "+7 900 000-00-00", "anna@uralmash.example")).
    source("webinar").
    behaviour(BehaviouralEvent.siteVisit(msk("2026-03-01T10:00"), PageKind.PRICING),
        BehaviouralEvent.siteVisit(msk("2026-03-03T11:00"), PageKind.CASE_STUDY),
        BehaviouralEvent.siteVisit(msk("2026-03-05T12:00"), PageKind.OTHER),
        BehaviouralEvent.contentDownload(msk("2026-03-02T09:00"), "RevOps checklist"),
        BehaviouralEvent.contentDownload(msk("2026-03-04T09:00"), "SLA template")).
    bant(Bant.of(BantAnswer.YES, BantAnswer.YES, BantAnswer.YES,
        Timeline.within(Period.ofMonths(3), LocalDate.parse("2026-03-06")))).
    dataVerifiedAt(msk("2026-03-06T14:30")).
    build();
System.out.println(lead);

// 2. Its history: what happened to it, event by event.
LeadEventHistory history = LeadEventHistory.builder("L-1").
    created(msk("2026-03-06T14:30"), "webinar").
    becameMql(msk("2026-03-06T14:30")).
    assigned(msk("2026-03-06T14:31"), "ivan").
    contactAttempt(msk("2026-03-06T14:34"), "ivan", ContactChannel.PHONE, AttemptOutcome.REACHED).
    discoveryCall(msk("2026-03-09T11:00"), "ivan").
    acceptedAsSql(msk("2026-03-10T12:00"), "ivan").
    won(msk("2026-05-20T13:00"), "ivan", Amounts.of(2_000_000, "RUB")).
    build();
System.out.println(history.stagesReached() + ", won " + history.wonAmount().map(Amounts::format).orElse("-"));

// 3. Is it an MQL? The handbook definition, evaluated as of the MQL instant, explains itself.
Evaluation verdict = HandbookCriteria.mql().evaluate(lead, msk("2026-03-06T14:30"));
System.out.println(verdict.outcome());
System.out.println(verdict);

// 4. A metric: the handbook's CAC and LTV:CAC, with how each was computed.
var cac = Cac.of(Amounts.of(5_000_000, "RUB"), Amounts.of(10_000_000, "RUB"), 30);
var ltv = Ltv.of(Amounts.of(200_000, "RUB"), 24, Rate.ofPercent(40));
System.out.println(cac);
System.out.println(ltv);
System.out.println(LtvCac.of(ltv, cac));

// 5. An SLA verdict: first contact within 1 working hour, on Moscow working time with Russia's holidays.
var calendar = WorkingCalendar.builder().zone(ZoneId.of("Europe/Moscow")).
    weeklyHours(WeeklyHours.mondayToFriday(LocalTime.of(9, 0), LocalTime.of(18, 0))).
    dayRules(RussianProductionCalendar.load()).
    build();
var sla = SlaAgreement.handbook(calendar);
LeadVerdicts verdicts = SlaEvaluator.of(sla).evaluate(SlaInput.of(history, lead), msk("2026-03-20T18:00"));
System.out.println(verdicts.verdict("first-contact").orElseThrow());
System.out.println(verdicts);

// 6. The whole picture on generated data: the health check, in memory (the main job reads files instead).
import io.revops.examples.data.*;
import io.revops.examples.healthcheck.*;
var report = HealthReport.evaluate(HealthInput.generate(SampleConfig.standard(40)), HealthOptions.defaults());
System.out.println(report.summary());

/exit
