package io.revops.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.qualification.EvaluationContext;
import io.revops.sla.calendar.BusinessCalendar;
import io.revops.sla.calendar.CalendarException;
import io.revops.sla.calendar.WorkingInterval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A calendar that answers between/add but not exceptions (a custom BusinessCalendar may): only the explaining
 * pass asks for exceptions, so the status is decided and the explanation says it is incomplete. Before the
 * lazy explanations (2d0afe6) the verdict was NOT_APPLICABLE with a CALENDAR_ERROR anomaly when traces were on,
 * and MET when they were off.
 */
class ExplanationCalendarErrorTest {
  static final class NoExceptions implements BusinessCalendar {
    private final WeekdayCalendar c = WeekdayCalendar.moscow();

    @Override public ZoneId zone() { return c.zone(); }
    @Override public Instant add(Instant s, Duration d) { return c.add(s, d); }
    @Override public Duration between(Instant f, Instant t) { return c.between(f, t); }
    @Override public boolean isOpen(Instant at) { return c.isOpen(at); }
    @Override public Instant nextOpening(Instant at) { return c.nextOpening(at); }
    @Override public List<WorkingInterval> workingIntervals(Instant f, Instant t) { return c.workingIntervals(f, t); }
    @Override public List<CalendarException> exceptions(LocalDate f, LocalDate t) {
      throw new IllegalArgumentException("no exceptions known");
    }
    @Override public String describe() { return "no exceptions"; }
  }

  @Test
  void theStatusNoLongerDependsOnWhetherTracesAreKept() {
    SlaAgreement a = SlaAgreement.handbook(new NoExceptions());
    Instant mql = Fixtures.msk("2026-11-16T10:00");
    SlaInput in = SlaInput.of(Fixtures.mql("L-1", mql, "webinar")
        .add(new io.revops.core.history.LeadEvent.ContactAttempt(io.revops.core.history.EventId.of("L-1/9"),
            io.revops.core.lead.LeadId.of("L-1"), mql.plusSeconds(600), java.util.Optional.empty(),
            io.revops.core.history.ContactChannel.PHONE, io.revops.core.history.AttemptOutcome.NO_ANSWER))
        .build(), Fixtures.completeLead("L-1", mql));
    Instant asOf = Fixtures.msk("2026-11-17T10:00");
    LeadVerdicts now = new LeadEvaluator(a, null, EvaluationContext.defaults(), true).evaluate(in, asOf);
    LeadVerdicts lean = new LeadEvaluator(a, null, EvaluationContext.defaults(), false).evaluate(in, asOf);
    ObligationVerdict v = now.verdicts().get("first-contact");
    assertThat(v.status()).isEqualTo(VerdictStatus.MET).isEqualTo(lean.verdicts().get("first-contact").status());
    assertThat(v.reason()).startsWith("MET; the explanation is incomplete: the calendar cannot answer");
    assertThat(now.anomalies()).isEmpty();
  }
}
