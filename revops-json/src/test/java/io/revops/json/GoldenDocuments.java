package io.revops.json;

import com.fasterxml.jackson.core.type.TypeReference;
import io.revops.core.flywheel.FlywheelPhase;
import io.revops.core.flywheel.Force;
import io.revops.core.flywheel.Friction;
import io.revops.core.flywheel.Magnitude;
import io.revops.core.flywheel.RevenueAudit;
import io.revops.core.funnel.BowtieSnapshot;
import io.revops.core.funnel.Department;
import io.revops.core.funnel.FunnelSnapshot;
import io.revops.core.history.AttemptOutcome;
import io.revops.core.history.ContactChannel;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.history.LeadField;
import io.revops.core.history.RejectionCode;
import io.revops.core.history.RejectionReason;
import io.revops.core.lead.Bant;
import io.revops.core.lead.BantAnswer;
import io.revops.core.lead.BehaviouralEvent;
import io.revops.core.lead.Company;
import io.revops.core.lead.Contact;
import io.revops.core.lead.Industry;
import io.revops.core.lead.Lead;
import io.revops.core.lead.PageKind;
import io.revops.core.lead.Timeline;
import io.revops.core.money.Amounts;
import io.revops.core.money.ExchangeRates;
import io.revops.core.qualification.Criterion;
import io.revops.core.qualification.Evaluation;
import io.revops.core.qualification.HandbookCriteria;
import io.revops.metrics.MetricResult;
import io.revops.metrics.acquisition.SpendTiming;
import io.revops.sla.SlaAgreement;
import io.revops.sla.SlaEvaluation;
import io.revops.sla.SlaEvaluator;
import io.revops.sla.SlaReport;
import io.revops.sla.ReviewPack;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.money.MonetaryAmount;

/**
 * The fixed inputs of the golden files: one value per document type revops-json writes. Nothing here reads
 * the clock, the default zone or the default locale, so the files are the same on every machine.
 */
final class GoldenDocuments {
  private GoldenDocuments() {}

  /**
   * One golden document.
   *
   * @param name the file name without {@code .json}, also the name of its schema ({@code name.schema.json})
   * @param value the value written
   * @param readAs the type it is read back as, or {@code null} when the module only writes it
   */
  record Golden(String name, Object value, java.lang.reflect.Type readAs) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final Instant T0 = Instant.parse("2026-11-02T07:00:00Z");
  static final Instant AS_OF = Instant.parse("2026-11-20T00:00:00Z");

  static Lead lead() {
    return Lead.builder("L-1")
        .company(Company.builder("Uralmash").employees(1200).industry(Industry.MANUFACTURING)
            .annualRevenue(Amounts.of("150000000", "RUB")).build())
        .contact(Contact.of("Anna Petrova", "CFO", "+7 900 000-00-00", "anna@uralmash.example"))
        .source("webinar")
        .behaviour(BehaviouralEvent.siteVisit(Instant.parse("2026-10-20T09:00:00Z"), PageKind.PRICING),
            BehaviouralEvent.contentDownload(Instant.parse("2026-10-21T09:00:00Z"), "RevOps checklist"),
            BehaviouralEvent.emailOpen(Instant.parse("2026-10-22T09:00:00Z"), false),
            BehaviouralEvent.eventAttended(Instant.parse("2026-10-23T09:00:00Z"), "RevOps Day"))
        .bant(Bant.unknown().withBudget(BantAnswer.YES).withNeed(BantAnswer.NO)
            .withTimeline(Timeline.within(Period.ofMonths(6), LocalDate.parse("2026-10-01"))))
        .dataVerifiedAt(Instant.parse("2026-10-30T12:00:00Z"))
        .build();
  }

  /** A history with one event of every {@link io.revops.core.history.EventKind}, in lifecycle order. */
  static LeadEventHistory history() {
    return LeadEventHistory.builder("L-1")
        .created(T0, "webinar")
        .dataChanged(T0.plusSeconds(30), LeadField.PHONE)
        .becameMql(T0.plusSeconds(60))
        .assigned(T0.plusSeconds(90), "ivan")
        .contactAttempt(T0.plusSeconds(120), "ivan", ContactChannel.PHONE, AttemptOutcome.NO_ANSWER)
        .connected(T0.plusSeconds(3600), "ivan", ContactChannel.PHONE)
        .discoveryCall(T0.plusSeconds(7200), "ivan")
        .acceptedAsSql(T0.plusSeconds(86_400), "ivan")
        .opportunityCreated(T0.plusSeconds(2 * 86_400), "ivan")
        .won(T0.plusSeconds(10 * 86_400), "ivan", Amounts.of("2000000.50", "RUB"))
        .build();
  }

  /** A second history for the events the first cannot hold (a rejection, a loss). */
  static LeadEventHistory rejectedHistory() {
    return LeadEventHistory.builder("L-2")
        .created(T0, "referral")
        .becameMql(T0.plusSeconds(60))
        .rejected(T0.plusSeconds(600), "olga", RejectionReason.of(RejectionCode.NO_BUDGET))
        .lost(T0.plusSeconds(1200), "olga", "chose a competitor")
        .build();
  }

  static SlaEvaluation evaluation() {
    return SlaEvaluator.evaluate(SlaAgreement.handbookRussia(), List.of(history(), rejectedHistory()), AS_OF);
  }

  /**
   * The handbook against a relaxed variant (a quota of 1, first contact within 24 elapsed hours, no attempts
   * obligation): changes on both sides, changes with one side only, and a quota change.
   */
  static io.revops.sla.WhatIf whatIf() {
    SlaAgreement handbook = SlaAgreement.handbookRussia();
    SlaAgreement relaxed = handbook.replacing(io.revops.sla.Obligation.monthlyMqlQuota(1))
        .replacing(io.revops.sla.Obligation.firstContactWithinElapsed(java.time.Duration.ofDays(30)))
        .without("attempts").withName("relaxed");
    return io.revops.sla.WhatIf.compare(SlaEvaluator.of(handbook), relaxed, List.of(history(), rejectedHistory())
        .stream().map(io.revops.sla.SlaInput::of).toList(), AS_OF);
  }

  static List<Golden> all() {
    List<Golden> all = new ArrayList<>();
    MonetaryAmount money = Amounts.of("1234567.10", "RUB");
    all.add(new Golden("money", money, MonetaryAmount.class));
    all.add(new Golden("exchange-rates", ExchangeRates.builder()
        .rate(LocalDate.parse("2026-01-01"), "USD", "RUB", "80.50")
        .rate(LocalDate.parse("2026-01-01"), "EUR", "RUB", "92.125").build(), ExchangeRates.class));
    all.add(new Golden("lead", lead(), Lead.class));
    for (LeadEvent e : history().events()) {
      all.add(new Golden("lead-event-" + e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), e,
          LeadEvent.class));
    }
    for (LeadEvent e : rejectedHistory().events()) {
      if (e instanceof LeadEvent.Rejected || e instanceof LeadEvent.Lost) {
        all.add(new Golden("lead-event-" + e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), e,
            LeadEvent.class));
      }
    }
    all.add(new Golden("history", history(), LeadEventHistory.class));
    all.add(new Golden("funnel-snapshot", FunnelSnapshot.of(10_000, 400, 200, 0, 6), FunnelSnapshot.class));
    all.add(new Golden("bowtie-snapshot", BowtieSnapshot.of(5000, 300, 30, 27, 9, 40), BowtieSnapshot.class));
    all.add(new Golden("revenue-audit", RevenueAudit.of(
        List.of(Force.of(FlywheelPhase.ATTRACT, Department.MARKETING, "webinars bring qualified leads")),
        List.of(Friction.of(FlywheelPhase.ENGAGE, Department.SALES, "slow first response")
            .withEvidence("MQL→SQL 12% — lowest stage conversion").withMagnitude(Magnitude.HIGH))),
        RevenueAudit.class));
    Criterion criterion = HandbookCriteria.mql();
    all.add(new Golden("criterion", criterion, Criterion.class));
    all.add(new Golden("criteria-evaluation", criterion.evaluate(lead(), AS_OF), Evaluation.class));
    all.add(new Golden("agreement", SlaAgreement.handbookRussia(), SlaAgreement.class));
    SlaEvaluation evaluation = evaluation();
    all.add(new Golden("sla-evaluation", evaluation, null));
    SlaReport report = evaluation.report();
    all.add(new Golden("sla-report", report, SlaReport.class));
    all.add(new Golden("review-pack", report.monthlyPack(YearMonth.of(2026, 11)), ReviewPack.class));
    all.add(new Golden("review-pack-weekly", report.weeklyPack(io.revops.sla.IsoWeek.parse("2026-W45")),
        ReviewPack.class));
    all.add(new Golden("review-pack-quarterly", report.quarterlyPack(2026, 4), ReviewPack.class));
    all.add(new Golden("what-if", whatIf().summary(), io.revops.sla.WhatIfSummary.class));
    MetricResult<MonetaryAmount> cac = MetricResult.of("CAC", Amounts.of("500000.00", "RUB"),
        "15 000 000,00 RUB spend / 30 new customers", List.of(SpendTiming.SAME_PERIOD));
    java.lang.reflect.Type moneyResult = new TypeReference<MetricResult<MonetaryAmount>>() {}.getType();
    all.add(new Golden("metric-result", cac, moneyResult));
    all.add(new Golden("metric-result-not-computable", MetricResult.notComputable("CAC", "no new customers",
        "15 000 000,00 RUB spend / 0 new customers", List.of(SpendTiming.LAGGED_ONE_PERIOD)), moneyResult));
    return all;
  }
}
