package io.revops.core.qualification;

import static io.revops.core.lead.BehaviouralEvent.contentDownload;
import static io.revops.core.lead.BehaviouralEvent.emailOpen;
import static io.revops.core.lead.BehaviouralEvent.eventAttended;
import static io.revops.core.lead.BehaviouralEvent.siteVisit;
import static io.revops.core.qualification.Criteria.contentDownloadsAtLeast;
import static io.revops.core.qualification.Criteria.emailOpensAtLeast;
import static io.revops.core.qualification.Criteria.eventsAttendedAtLeast;
import static io.revops.core.qualification.Criteria.siteVisitsAtLeast;
import static io.revops.core.qualification.Criteria.visitedPageKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.lead.BehaviouralEvent;
import io.revops.core.lead.Lead;
import io.revops.core.lead.PageKind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BehaviouralCriterionTest {
  static final Instant AS_OF = Instant.parse("2026-11-22T10:00:00Z");

  static Instant daysBefore(double days) {
    return AS_OF.minus(Duration.ofSeconds((long) (days * 86_400)));
  }

  static Lead lead(BehaviouralEvent... events) {
    return Lead.builder("L-1").behaviour(events).build();
  }

  @Test
  void siteVisitsCountOnlyInsideTheHalfOpenWindowEndingAtAsOf() {
    Criterion c = siteVisitsAtLeast(3, Window.lastDays(30));
    assertThat(c.name()).isEqualTo("site visits ≥ 3 in the last 30 days");
    Lead lead = lead(
        siteVisit(AS_OF, PageKind.OTHER),                         // at asOf: counts
        siteVisit(daysBefore(29.99), PageKind.OTHER),             // inside
        siteVisit(daysBefore(30), PageKind.OTHER),                // exactly 30 days before: outside
        siteVisit(AS_OF.plusSeconds(1), PageKind.PRICING));       // after asOf: ignored
    Evaluation e = c.evaluate(lead, AS_OF);
    assertThat(e.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(e.reason()).isEqualTo("2 site visits in the 30 days before 2026-11-22T10:00Z; at least 3 required");

    Evaluation later = c.evaluate(lead, AS_OF.plusSeconds(1));
    assertThat(later.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(later.reason()).isEqualTo("3 site visits in the 30 days before 2026-11-22T10:00:01Z; at least 3 required");
  }

  @Test
  void noBehaviourIsZeroNotUnknown() {
    Evaluation e = siteVisitsAtLeast(1).evaluate(lead(), AS_OF);
    assertThat(e.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(e.reason()).isEqualTo("0 site visits up to 2026-11-22T10:00Z; at least 1 required");
  }

  @Test
  void pricingOrCaseStudyPages() {
    Criterion c = visitedPageKind(PageKind.PRICING, PageKind.CASE_STUDY);
    assertThat(c.name()).isEqualTo("visited a pricing or case-study page");
    Evaluation fail = c.evaluate(lead(siteVisit(daysBefore(1), PageKind.OTHER), siteVisit(AS_OF.plusSeconds(60), PageKind.PRICING)), AS_OF);
    assertThat(fail.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(fail.reason()).isEqualTo("0 visits to pricing or case-study pages up to 2026-11-22T10:00Z; at least 1 required");
    Evaluation pass = c.evaluate(lead(siteVisit(daysBefore(400), PageKind.CASE_STUDY)), AS_OF);
    assertThat(pass.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(pass.reason()).isEqualTo("1 visit to pricing or case-study pages up to 2026-11-22T10:00Z; at least 1 required");
    Criterion recent = visitedPageKind(Window.lastDays(7), PageKind.PRICING);
    assertThat(recent.name()).isEqualTo("visited a pricing page in the last 7 days");
    assertThat(recent.evaluate(lead(siteVisit(daysBefore(8), PageKind.PRICING)), AS_OF).outcome()).isEqualTo(Outcome.FAILED);
  }

  @Test
  void contentDownloads() {
    Criterion c = contentDownloadsAtLeast(2);
    Evaluation pass = c.evaluate(lead(contentDownload(daysBefore(90), "guide"), contentDownload(daysBefore(1), "checklist")), AS_OF);
    assertThat(pass.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(pass.reason()).isEqualTo("2 content downloads up to 2026-11-22T10:00Z; at least 2 required");
    Evaluation fail = c.evaluate(lead(contentDownload(daysBefore(1), "checklist")), AS_OF);
    assertThat(fail.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(fail.reason()).isEqualTo("1 content download up to 2026-11-22T10:00Z; at least 2 required");
  }

  @Test
  void machineEmailOpensDoNotCountByDefault() {
    Criterion c = emailOpensAtLeast(2, Window.lastDays(30));
    Lead lead = lead(emailOpen(daysBefore(1), false), emailOpen(daysBefore(1), true), emailOpen(daysBefore(2), true));
    Evaluation byDefault = c.evaluate(lead, AS_OF);
    assertThat(byDefault.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(byDefault.reason())
        .isEqualTo("1 email open in the 30 days before 2026-11-22T10:00Z, not counting 2 machine opens; at least 2 required");
    Evaluation counted = c.evaluate(lead, AS_OF, EvaluationContext.defaults().withMachineEmailOpensCounted(true));
    assertThat(counted.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(counted.reason())
        .isEqualTo("3 email opens in the 30 days before 2026-11-22T10:00Z, including 2 machine opens; at least 2 required");
  }

  @Test
  void eventsAttended() {
    Evaluation e = eventsAttendedAtLeast(1, Window.last(Duration.ofHours(36))).evaluate(lead(eventAttended(daysBefore(1), "RevOps day")), AS_OF);
    assertThat(e.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(e.name()).isEqualTo("events attended ≥ 1 in the last 36 hours");
    assertThat(e.reason()).isEqualTo("1 event attended in the 36 hours before 2026-11-22T10:00Z; at least 1 required");
  }

  @Test
  void thresholdsMustBePositive() {
    assertThatThrownBy(() -> siteVisitsAtLeast(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("site visits threshold must be positive: 0");
    assertThatThrownBy(() -> visitedPageKind()).hasMessage("pageKinds must not be empty");
  }
}
