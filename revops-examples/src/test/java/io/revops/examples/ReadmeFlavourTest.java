package io.revops.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.history.AttemptOutcome;
import io.revops.core.history.ContactChannel;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.BehaviouralEvent;
import io.revops.core.lead.Lead;
import io.revops.core.lead.PageKind;
import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import io.revops.core.qualification.Evaluation;
import io.revops.core.qualification.HandbookCriteria;
import io.revops.core.qualification.Outcome;
import io.revops.metrics.MetricResult;
import io.revops.metrics.acquisition.Cac;
import io.revops.metrics.value.Ltv;
import io.revops.metrics.value.LtvCac;
import io.revops.metrics.value.LtvCacHealth;
import io.revops.metrics.value.LtvCacRatio;
import io.revops.sla.SlaAgreement;
import io.revops.sla.SlaEvaluator;
import io.revops.sla.SlaInput;
import io.revops.sla.SlaReport;
import java.time.Instant;
import java.util.List;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * The README's "Flavour" section, compiled and checked, so the first code a reader sees works. Keep the two in
 * sync: the README's imports are the ones this code needs from revops, java.time and javax.money.
 */
class ReadmeFlavourTest {
  @Test
  void theFlavourRunsAsTheReadmeSays() {
    MetricResult<MonetaryAmount> cac = Cac.of(Amounts.of(5_000_000, "RUB"), Amounts.of(10_000_000, "RUB"), 30);
    assertThat(cac).hasToString("CAC = 500 000,00 RUB (15 000 000,00 RUB spend / 30 new customers, same-period spend)");
    MetricResult<MonetaryAmount> ltv = Ltv.of(Amounts.of(200_000, "RUB"), 24, Rate.ofPercent(40));
    MetricResult<LtvCacRatio> ratio = LtvCac.of(ltv, cac);
    assertThat(ratio.value().health()).isEqualTo(LtvCacHealth.HEALTHY);
    assertThat(ratio.toString()).startsWith("LTV:CAC = 3.84, healthy");

    Instant asOf = Instant.parse("2026-11-22T10:00:00Z");
    Lead lead = Lead.builder("L-1")
        .behaviour(BehaviouralEvent.siteVisit(Instant.parse("2026-11-20T09:00:00Z"), PageKind.PRICING),
            BehaviouralEvent.siteVisit(Instant.parse("2026-11-21T09:00:00Z"), PageKind.OTHER))
        .build();
    Evaluation verdict = HandbookCriteria.mql().evaluate(lead, asOf);
    assertThat(verdict.outcome()).isNotEqualTo(Outcome.PASSED);
    assertThat(verdict.failedReasons()).first()
        .isEqualTo("2 site visits in the 30 days before 2026-11-22T10:00Z; at least 3 required");

    List<LeadEventHistory> histories = List.of(LeadEventHistory.builder("L-1")
        .created(Instant.parse("2026-11-20T07:00:00Z"), "webinar")
        .becameMql(Instant.parse("2026-11-20T07:00:00Z"))
        .contactAttempt(Instant.parse("2026-11-20T07:03:00Z"), "rep-1", ContactChannel.PHONE, AttemptOutcome.REACHED)
        .build());
    java.util.Map<io.revops.core.lead.LeadId, Lead> leads = java.util.Map.of(lead.id(), lead);
    SlaReport report = SlaEvaluator.of(SlaAgreement.handbookRussia())
        .evaluate(histories.stream().map(h -> SlaInput.of(h, leads.get(h.leadId()))), asOf, verdicts -> { });
    assertThat(report.speedToLead().toString()).contains("≤ 5 min");
  }
}
