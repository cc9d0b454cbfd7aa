// 01 — Explainable lead qualification (SPEC §2)
// Run from the repository root:  revops-examples/jshell revops-examples/notebooks/01-qualification.jsh

import io.revops.core.lead.*;
import io.revops.core.lead.BehaviouralEvent.*;
import io.revops.core.money.*;
import io.revops.core.qualification.*;
import io.revops.json.QualificationModule;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.*;
import static io.revops.core.qualification.Criteria.*;

// Every evaluation is "as of" an explicit instant: behavioural windows end here, never at the wall clock.
Instant asOf = Instant.parse("2026-11-22T10:00:00Z");

// A lead from Kazan: its employee count is not known yet, and its revenue is stated in US dollars.
// (jshell ends a statement at the first complete line, so chained calls keep the dot at the end of the line.)
Company company = Company.builder("Volga Machines").
    annualRevenue(Amounts.of(2_000_000, "USD")).
    industry(Industry.MANUFACTURING).
    city(City.of("Kazan", 1_318_000, "RU")).
    build();

Lead lead = Lead.builder("L-1001").
    company(company).
    contact(Contact.of("Anna Petrova", "CFO", "+7 900 000-00-00", "anna@volga.example")).
    source("webinar").
    behaviour(
        BehaviouralEvent.siteVisit(Instant.parse("2026-11-01T09:00:00Z"), PageKind.OTHER),      // 21 days before: in the window
        BehaviouralEvent.siteVisit(Instant.parse("2026-11-20T09:00:00Z"), PageKind.PRICING),
        BehaviouralEvent.siteVisit(Instant.parse("2026-10-01T09:00:00Z"), PageKind.OTHER),      // 52 days before: too old
        BehaviouralEvent.siteVisit(Instant.parse("2026-11-23T09:00:00Z"), PageKind.CASE_STUDY), // after asOf: ignored
        BehaviouralEvent.contentDownload(Instant.parse("2026-11-05T12:00:00Z"), "RevOps checklist"),
        BehaviouralEvent.contentDownload(Instant.parse("2026-11-12T12:00:00Z"), "SLA template"),
        BehaviouralEvent.emailOpen(Instant.parse("2026-11-10T08:00:00Z"), false),
        BehaviouralEvent.emailOpen(Instant.parse("2026-11-10T08:00:01Z"), true)).               // a mail scanner: not counted
    bant(Bant.of(BantAnswer.YES, BantAnswer.YES, BantAnswer.UNKNOWN,
        Timeline.within(Period.ofMonths(3), LocalDate.parse("2026-11-15")))).
    build();

// The handbook's MQL definition, ready to use.
Criterion mql = HandbookCriteria.mql();
System.out.println(mql);

// Without exchange rates the USD revenue cannot be compared with 100 million RUB: UNKNOWN, and it says why.
Evaluation verdict = mql.evaluate(lead, asOf);
System.out.println(verdict);

// With rates, the revenue is converted as of the evaluation date (UTC); only the employee count is missing.
ExchangeRates rates = ExchangeRates.builder().rate(LocalDate.parse("2026-11-01"), "USD", "RUB", "80.50").build();
EvaluationContext context = EvaluationContext.of(rates);
Evaluation withRates = mql.evaluate(lead, asOf, context);
System.out.println(withRates.outcome() + ", still unknown: " + withRates.unknownReasons());

// Once sales learns the head count, the same definition decides.
Lead big = lead.toBuilder().company(company.toBuilder().employees(250).build()).build();
System.out.println(mql.evaluate(big, asOf, context).outcome());

Lead small = lead.toBuilder().company(company.toBuilder().employees(30).build()).build();
Evaluation smallVerdict = mql.evaluate(small, asOf, context);
System.out.println("not MQL: " + String.join("; ", smallVerdict.failedReasons()));

// A user-defined criterion, from scratch: a small-business MQL for our own sales team.
Criterion smb = allOf("SMB MQL",
    anyOf("size known to fit", employeesAtLeast(10), annualRevenueAtLeast(Amounts.of(1_000_000, "USD"))),
    siteVisitsAtLeast(2, Window.lastDays(30)),
    not(industryIn(Industry.of("government"))),
    atLeast("engaged", 1, visitedPageKind(Window.lastDays(14), PageKind.PRICING), eventsAttendedAtLeast(1)));
System.out.println(smb.evaluate(lead, asOf));

// A CRM plugin stores the definition as JSON and loads it back.
ObjectMapper mapper = new ObjectMapper().registerModule(new QualificationModule());
String json = mapper.writeValueAsString(smb);
System.out.println(json);
System.out.println("round-trips: " + mapper.readValue(json, Criterion.class).equals(smb));

/exit
