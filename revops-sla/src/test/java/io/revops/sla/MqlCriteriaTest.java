package io.revops.sla;

import static io.revops.core.lead.BehaviouralEvent.contentDownload;
import static io.revops.core.lead.BehaviouralEvent.emailOpen;
import static io.revops.core.lead.BehaviouralEvent.siteVisit;
import static io.revops.sla.Fixtures.mql;
import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.Bant;
import io.revops.core.lead.BantAnswer;
import io.revops.core.lead.BehaviouralEvent;
import io.revops.core.lead.City;
import io.revops.core.lead.Company;
import io.revops.core.lead.Industry;
import io.revops.core.lead.Lead;
import io.revops.core.lead.PageKind;
import io.revops.core.lead.Timeline;
import io.revops.core.money.Amounts;
import io.revops.core.money.ExchangeRates;
import io.revops.core.qualification.Criteria;
import io.revops.core.qualification.Criterion;
import io.revops.core.qualification.EvaluationContext;
import io.revops.core.qualification.HandbookCriteria;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The MQL-criteria obligation evaluated with core qualification's criteria at the MQL instant. */
class MqlCriteriaTest {
  static final Instant MQL = Instant.parse("2026-03-06T14:30:00Z");
  private static final Instant AS_OF = Instant.parse("2026-03-31T00:00:00Z");
  private static final SlaAgreement AGREEMENT = SlaAgreement.of("criteria", WeekdayCalendar.moscow(),
      Obligation.mqlMeetsCriteria(), Obligation.monthlyMqlQuota(1));
  private static final LeadEventHistory HISTORY = mql("L", MQL, "webinar").build();

  static final Company FIT = Company.builder("Uralmash").employees(1200)
      .annualRevenue(Amounts.of(2_000_000_000L, "RUB")).industry(Industry.MANUFACTURING)
      .city(City.of("Yekaterinburg", 1_540_000, "RU")).build();
  static final Bant ALL_YES = Bant.of(BantAnswer.YES, BantAnswer.YES, BantAnswer.YES,
      Timeline.by(LocalDate.parse("2026-06-01")));

  private static Instant daysBefore(int days) {
    return MQL.minus(Duration.ofDays(days));
  }

  static List<BehaviouralEvent> engaged() {
    List<BehaviouralEvent> events = new ArrayList<>(List.of(siteVisit(daysBefore(1), PageKind.PRICING),
        siteVisit(daysBefore(5), PageKind.CASE_STUDY), siteVisit(daysBefore(20), PageKind.OTHER),
        contentDownload(daysBefore(40), "guide"), contentDownload(daysBefore(3), "checklist")));
    for (int i = 0; i < 5; i++) {
      events.add(emailOpen(daysBefore(10 + i), false));
    }
    return events;
  }

  /** A lead that meets the handbook's MQL definition at {@link #MQL}. */
  static Lead qualified(String id) {
    return Lead.builder(id).company(FIT).behaviour(engaged()).bant(ALL_YES).build();
  }

  private static ObligationVerdict criteria(SlaEvaluator e, Lead lead) {
    return e.evaluate(SlaInput.of(HISTORY, lead), AS_OF).verdict("mql-criteria").orElseThrow();
  }

  @Test
  void theDefaultCriterionIsTheHandbooksMqlDefinition() {
    assertThat(Obligation.mqlMeetsCriteria().criterion()).isEqualTo(HandbookCriteria.mql());
    assertThat(new Obligation.MqlMeetsCriteria()).isEqualTo(Obligation.mqlMeetsCriteria(HandbookCriteria.mql()));
    assertThat(SlaAgreement.handbookRussia().obligation("mql-criteria").orElseThrow())
        .isEqualTo(Obligation.mqlMeetsCriteria());
    assertThat(Obligation.mqlMeetsCriteria().describe()).isEqualTo("meets the criteria \"MQL\" when it became an MQL");
  }

  @Test
  void aQualifiedLeadMeetsTheCriteria() {
    ObligationVerdict v = criteria(SlaEvaluator.of(AGREEMENT), qualified("L"));
    assertThat(v.status()).isEqualTo(VerdictStatus.MET);
    assertThat(v.reason()).isEqualTo("MQL at 2026-03-06T14:30:00Z: 3 passed; all 3 required");
    assertThat(v.trace().notes()).anyMatch(n -> n.startsWith("criteria \"MQL\" evaluated as of 2026-03-06T14:30:00Z"));
  }

  @Test
  void aFailedLeadIsBreachedQuotingTheFailedCriteriaAndDoesNotCount() {
    Lead cold = Lead.builder("L").company(FIT).bant(ALL_YES)
        .behaviour(siteVisit(daysBefore(1), PageKind.OTHER), siteVisit(daysBefore(2), PageKind.OTHER)).build();
    LeadVerdicts l = SlaEvaluator.of(AGREEMENT).evaluate(SlaInput.of(HISTORY, cold), AS_OF);
    ObligationVerdict v = l.verdict("mql-criteria").orElseThrow();
    assertThat(v.status()).isEqualTo(VerdictStatus.BREACHED);
    assertThat(v.reason()).startsWith("not MQL at 2026-03-06T14:30:00Z: ")
        .contains("2 site visits in the 30 days before 2026-03-06T14:30Z; at least 3 required");
    assertThat(v.trace().notes()).anyMatch(n -> n.startsWith("failed: 2 site visits"));
    assertThat(l.countsTowardsQuota()).isFalse();
  }

  @Test
  void anUnknownOutcomeIsBreachedAsNotConfirmedQuotingWhatIsMissing() {
    Company noHeadCount = Company.builder("Uralmash").annualRevenue(Amounts.of(2_000_000_000L, "RUB"))
        .industry(Industry.MANUFACTURING).city(City.of("Yekaterinburg", 1_540_000, "RU")).build();
    Lead partial = qualified("L").toBuilder().company(noHeadCount).build();
    ObligationVerdict v = criteria(SlaEvaluator.of(AGREEMENT), partial);
    assertThat(v.status()).isEqualTo(VerdictStatus.BREACHED);
    assertThat(v.reason()).isEqualTo("MQL could not be confirmed at 2026-03-06T14:30:00Z (data missing): "
        + "employee count unknown");
  }

  @Test
  void behaviourAfterTheMqlInstantDoesNotCount() {
    Instant after = MQL.plus(Duration.ofDays(2));
    List<BehaviouralEvent> late = List.of(siteVisit(after, PageKind.PRICING), siteVisit(after.plusSeconds(60),
        PageKind.CASE_STUDY), siteVisit(after.plusSeconds(120), PageKind.OTHER), contentDownload(after, "guide"),
        contentDownload(after, "checklist"));
    Lead lateBloomer = Lead.builder("L").company(FIT).behaviour(late).bant(ALL_YES).build();
    assertThat(HandbookCriteria.mql().evaluate(lateBloomer, AS_OF.plus(Duration.ofDays(30))).isPassed()).isTrue();
    assertThat(criteria(SlaEvaluator.of(AGREEMENT), lateBloomer).status()).isEqualTo(VerdictStatus.BREACHED);
  }

  @Test
  void theEvaluationContextOfTheEvaluatorConvertsCurrencies() {
    Company inDollars = FIT.toBuilder().annualRevenue(Amounts.of(50_000_000L, "USD")).build();
    Lead lead = qualified("L").toBuilder().company(inDollars).build();
    SlaEvaluator plain = SlaEvaluator.of(AGREEMENT);
    assertThat(plain.evaluationContext()).isEqualTo(EvaluationContext.defaults());
    assertThat(criteria(plain, lead).status()).isEqualTo(VerdictStatus.BREACHED);
    assertThat(criteria(plain, lead).reason()).contains("could not be confirmed");
    ExchangeRates rates = ExchangeRates.builder().rate(LocalDate.parse("2026-01-01"), "USD", "RUB", "80.50").build();
    SlaEvaluator withRates = plain.withEvaluationContext(EvaluationContext.of(rates));
    assertThat(criteria(withRates, lead).status()).isEqualTo(VerdictStatus.MET);
    assertThat(withRates.withAgreement(AGREEMENT).evaluationContext()).isEqualTo(EvaluationContext.of(rates));
  }

  @Test
  void anAgreementMayCarryItsOwnCriterion() {
    Criterion big = Criteria.employeesAtLeast(5000);
    SlaAgreement bigOnly = SlaAgreement.of("big", WeekdayCalendar.moscow(), Obligation.mqlMeetsCriteria(big));
    ObligationVerdict v = criteria(SlaEvaluator.of(bigOnly), qualified("L"));
    assertThat(v.status()).isEqualTo(VerdictStatus.BREACHED);
    assertThat(v.reason()).isEqualTo("not " + big.name() + " at 2026-03-06T14:30:00Z: "
        + big.evaluate(qualified("L"), MQL).reason());
  }

  @Test
  void aCustomCheckReplacesTheCriterion() {
    SlaEvaluator e = SlaEvaluator.of(AGREEMENT).withCriteriaCheck((lead, at) -> CheckResult.failed("score 12 < 50"));
    ObligationVerdict v = criteria(e, qualified("L"));
    assertThat(v.status()).isEqualTo(VerdictStatus.BREACHED);
    assertThat(v.reason()).contains("score 12 < 50");
    assertThat(e.criteriaCheck()).isPresent();
    assertThat(SlaEvaluator.of(AGREEMENT).criteriaCheck()).isEmpty();
  }

  @Test
  void withoutLeadDataTheCriteriaDoNotApply() {
    ObligationVerdict v = SlaEvaluator.of(AGREEMENT).evaluate(SlaInput.of(HISTORY), AS_OF)
        .verdict("mql-criteria").orElseThrow();
    assertThat(v.status()).isEqualTo(VerdictStatus.NOT_APPLICABLE);
    assertThat(v.reason()).startsWith("no lead data");
  }
}
