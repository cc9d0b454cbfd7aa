package io.revops.sla;

import static io.revops.sla.Fixtures.mql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.revops.core.lead.BehaviouralEvent;
import io.revops.core.lead.Company;
import io.revops.core.lead.Lead;
import io.revops.core.lead.PageKind;
import io.revops.core.qualification.Criteria;
import io.revops.core.qualification.Criterion;
import io.revops.core.qualification.Evaluation;
import io.revops.core.qualification.Window;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The criteria verdict follows the criterion's evaluation at the MQL instant, whatever the lead. */
class MqlCriteriaPropertiesTest {
  private static final Instant MQL = Instant.parse("2026-03-06T14:30:00Z");
  private static final Criterion CRITERION = Criteria.allOf("target", Criteria.employeesAtLeast(50),
      Criteria.siteVisitsAtLeast(3, Window.lastDays(30)));
  private static final SlaEvaluator EVALUATOR = SlaEvaluator.of(SlaAgreement.of("p", WeekdayCalendar.moscow(),
      Obligation.mqlMeetsCriteria(CRITERION)));

  @Test
  void theVerdictIsMetExactlyWhenTheCriterionPassesAndQuotesWhatStoodInTheWay() {
    // employees -1 means unknown; visits are spread one per 4 days before and after the MQL instant
    qt().withExamples(200).forAll(integers().between(-1, 120), integers().between(0, 8), integers().between(0, 4))
        .checkAssert((employees, before, after) -> {
          Company.Builder company = Company.builder("Acme");
          if (employees >= 0) {
            company.employees(employees);
          }
          List<BehaviouralEvent> visits = new ArrayList<>();
          for (int i = 1; i <= before; i++) {
            visits.add(BehaviouralEvent.siteVisit(MQL.minus(Duration.ofDays(4L * i)), PageKind.OTHER));
          }
          for (int i = 1; i <= after; i++) {
            visits.add(BehaviouralEvent.siteVisit(MQL.plus(Duration.ofDays(i)), PageKind.OTHER));
          }
          Lead lead = Lead.builder("L").company(company.build()).behaviour(visits).build();
          Evaluation e = CRITERION.evaluate(lead, MQL);
          ObligationVerdict v = EVALUATOR.evaluate(SlaInput.of(mql("L", MQL, "web").build(), lead),
              MQL.plus(Duration.ofDays(30))).verdict("mql-criteria").orElseThrow();
          assertThat(v.status()).isEqualTo(e.isPassed() ? VerdictStatus.MET : VerdictStatus.BREACHED);
          boolean enoughVisits = Math.min(before, 7) >= 3; // visits older than 30 days do not count
          boolean bigEnough = employees >= 50;
          assertThat(e.isPassed()).isEqualTo(enoughVisits && bigEnough);
          (e.isFailed() ? e.failedReasons() : e.unknownReasons()).forEach(r -> assertThat(v.reason()).contains(r));
          if (e.isUnknown()) {
            assertThat(v.reason()).contains("could not be confirmed");
          }
        });
  }
}
