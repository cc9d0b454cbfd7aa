package io.revops.sla;

import static io.revops.sla.Fixtures.completeLead;
import static io.revops.sla.Fixtures.mql;
import static io.revops.sla.Fixtures.msk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.revops.core.history.LeadEventHistory;
import io.revops.core.history.LeadField;
import io.revops.core.lead.BehaviouralEvent;
import io.revops.core.lead.Contact;
import io.revops.core.lead.Lead;
import io.revops.core.lead.PageKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Criteria, required fields, data age and context, all judged at the MQL instant: MET, BREACHED or
 * NOT_APPLICABLE, never PENDING or AT_RISK.
 */
class MarketingObligationsTest {
  private static final Instant MQL = msk("2026-11-02T10:00");
  private static final Instant AS_OF = msk("2026-11-30T00:00");
  private static final SlaAgreement AGREEMENT = SlaAgreement.of("marketing", WeekdayCalendar.moscow(),
      Obligation.mqlMeetsCriteria(), Obligation.requiredFieldsComplete(Obligation.HANDBOOK_FIELDS),
      Obligation.dataFresh(Duration.ofDays(30)), Obligation.contextPresent(1));
  private static final LeadEventHistory HISTORY = mql("L", MQL, "webinar").build();

  private static LeadVerdicts eval(SlaEvaluator e, SlaInput in) {
    return e.evaluate(in, AS_OF);
  }

  private static ObligationVerdict v(LeadVerdicts l, String key) {
    return l.verdict(key).orElseThrow();
  }

  @Test
  void aCompleteFreshLeadWithContextMeetsEverything() {
    List<Instant> checkedAt = new ArrayList<>();
    SlaEvaluator e = SlaEvaluator.of(AGREEMENT).withCriteriaCheck((lead, at) -> {
      checkedAt.add(at);
      return CheckResult.passed("all criteria met");
    });
    LeadVerdicts l = eval(e, SlaInput.of(HISTORY, completeLead("L", MQL.minus(Duration.ofDays(10)))));
    assertThat(l.verdicts().values()).allMatch(x -> x.status() == VerdictStatus.MET);
    assertThat(checkedAt).containsExactly(MQL);
    assertThat(l.countsTowardsQuota()).isTrue();
  }

  @Test
  void criteriaFailedOrUnknownAreBreachedAndDoNotCountTowardsTheQuota() {
    Lead lead = completeLead("L", MQL);
    LeadVerdicts failed = eval(SlaEvaluator.of(AGREEMENT).withCriteriaCheck((x, at) ->
        CheckResult.failed("2 site visits of 3 required")), SlaInput.of(HISTORY, lead));
    LeadVerdicts unknown = eval(SlaEvaluator.of(AGREEMENT).withCriteriaCheck((x, at) ->
        CheckResult.unknown("company size unknown")), SlaInput.of(HISTORY, lead));
    assertThat(v(failed, "mql-criteria").status()).isEqualTo(VerdictStatus.BREACHED);
    assertThat(v(failed, "mql-criteria").reason()).contains("2 site visits of 3 required");
    assertThat(v(unknown, "mql-criteria").status()).isEqualTo(VerdictStatus.BREACHED);
    assertThat(v(unknown, "mql-criteria").reason()).contains("could not be confirmed");
    assertThat(failed.countsTowardsQuota()).isFalse();
  }

  @Test
  void withoutLeadDataMarketingsObligationsDoNotApply() {
    LeadVerdicts noData = eval(SlaEvaluator.of(AGREEMENT).withCriteriaCheck((x, at) -> CheckResult.passed("ok")),
        SlaInput.of(HISTORY));
    assertThat(noData.verdicts().values()).allMatch(x -> x.status() == VerdictStatus.NOT_APPLICABLE
        && x.reason().startsWith("no lead data"));
    assertThat(noData.countsTowardsQuota()).isTrue();
  }

  @Test
  void missingFieldsAreBreachedAndNamed() {
    Lead lead = completeLead("L", MQL).toBuilder()
        .contact(Contact.of("Anna Petrova", null, null, "anna@uralmash.example")).build();
    ObligationVerdict f = v(eval(SlaEvaluator.of(AGREEMENT), SlaInput.of(HISTORY, lead)), "required-fields");
    assertThat(f.status()).isEqualTo(VerdictStatus.BREACHED);
    assertThat(f.reason()).contains("[JOB_TITLE, PHONE]");
  }

  @Test
  void requiredFieldsChangedAfterTheMqlAreShownInTheTrace() {
    LeadEventHistory h = mql("L", MQL, "webinar").dataChanged(MQL.plusSeconds(600), LeadField.PHONE, LeadField.OTHER)
        .build();
    ObligationVerdict f = v(eval(SlaEvaluator.of(AGREEMENT), SlaInput.of(h, completeLead("L", MQL))),
        "required-fields");
    assertThat(f.status()).isEqualTo(VerdictStatus.MET);
    assertThat(f.trace().notes()).containsExactly("required field(s) [PHONE] changed at " + MQL.plusSeconds(600)
        + ", after the MQL instant");
  }

  @Test
  void theSourceMayComeFromTheHistory() {
    Lead noSource = Lead.builder("L").company(io.revops.core.lead.Company.of("X"))
        .contact(Contact.of("A", "B", "1", "a@b.c")).build();
    assertThat(v(eval(SlaEvaluator.of(AGREEMENT), SlaInput.of(HISTORY, noSource)), "required-fields").status())
        .isEqualTo(VerdictStatus.MET);
  }

  @Test
  void dataOlderThanTheMaximumAgeIsBreached() {
    ObligationVerdict old = v(eval(SlaEvaluator.of(AGREEMENT),
        SlaInput.of(HISTORY, completeLead("L", MQL.minus(Duration.ofDays(40))))), "data-fresh");
    assertThat(old.status()).isEqualTo(VerdictStatus.BREACHED);
    assertThat(old.reason()).contains("40d").contains("older than the 30d allowed");
  }

  @Test
  void dataVerifiedOnlyAfterTheMqlDoesNotCount() {
    Lead late = completeLead("L", MQL.plus(Duration.ofDays(1)));
    ObligationVerdict f = v(eval(SlaEvaluator.of(AGREEMENT), SlaInput.of(HISTORY, late)), "data-fresh");
    assertThat(f.status()).isEqualTo(VerdictStatus.BREACHED);
    assertThat(f.trace().notes()).anyMatch(n -> n.contains("after the MQL instant"));
  }

  @Test
  void aDataChangedEventShowsFreshnessWithoutLeadData() {
    LeadEventHistory h = LeadEventHistory.builder("L").created(MQL.minus(Duration.ofDays(3)), "webinar")
        .dataChanged(MQL.minus(Duration.ofDays(2)), LeadField.PHONE).becameMql(MQL).build();
    ObligationVerdict f = v(eval(SlaEvaluator.of(AGREEMENT), SlaInput.of(h)), "data-fresh");
    assertThat(f.status()).isEqualTo(VerdictStatus.MET);
    assertThat(f.trace().events()).extracting(e -> e.kind().name()).contains("DATA_CHANGED");
    assertThat(v(eval(SlaEvaluator.of(AGREEMENT), SlaInput.of(HISTORY)), "data-fresh").status())
        .isEqualTo(VerdictStatus.NOT_APPLICABLE);
  }

  @Test
  void contextNeedsVisitsDownloadsOrEventsBeforeTheMql() {
    Lead opensOnly = completeLead("L", MQL).toBuilder().build();
    Lead onlyEmail = Lead.builder("L").contact(opensOnly.contact()).company(opensOnly.company().orElseThrow())
        .behaviour(BehaviouralEvent.emailOpen(MQL.minusSeconds(60), false),
            BehaviouralEvent.siteVisit(MQL.plusSeconds(60), PageKind.PRICING))
        .build();
    ObligationVerdict c = v(eval(SlaEvaluator.of(AGREEMENT), SlaInput.of(HISTORY, onlyEmail)), "context");
    assertThat(c.status()).isEqualTo(VerdictStatus.BREACHED);
    assertThat(c.reason()).startsWith("0 item(s)");
    assertThat(c.trace().notes()).anyMatch(n -> n.startsWith("1 context item(s) after the MQL instant"));
  }

  @Test
  void marketingObligationsAreNeverOpen() {
    Lead lead = completeLead("L", MQL.minus(Duration.ofDays(31)));
    SlaEvaluator e = SlaEvaluator.of(AGREEMENT).withCriteriaCheck((x, at) -> CheckResult.passed("ok"));
    qt().withExamples(100).forAll(integers().between(0, 60 * 24 * 60)).checkAssert(minutes -> {
      LeadVerdicts l = e.evaluate(SlaInput.of(HISTORY, lead), MQL.plus(Duration.ofMinutes(minutes)));
      assertThat(l.verdicts().values()).noneMatch(x -> x.status().isOpen());
    });
  }
}
