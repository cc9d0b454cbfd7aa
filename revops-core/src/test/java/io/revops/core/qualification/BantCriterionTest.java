package io.revops.core.qualification;

import static io.revops.core.qualification.Criteria.authority;
import static io.revops.core.qualification.Criteria.budget;
import static io.revops.core.qualification.Criteria.need;
import static io.revops.core.qualification.Criteria.timelineWithin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.lead.Bant;
import io.revops.core.lead.BantAnswer;
import io.revops.core.lead.Lead;
import io.revops.core.lead.Timeline;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class BantCriterionTest {
  static final Instant AS_OF = Instant.parse("2026-11-22T10:00:00Z");

  static Lead lead(Bant bant) {
    return Lead.builder("L-1").bant(bant).build();
  }

  @Test
  void budgetAuthorityNeedFollowTheAnswer() {
    Lead yes = lead(Bant.of(BantAnswer.YES, BantAnswer.YES, BantAnswer.YES, Timeline.unknown()));
    Lead no = lead(Bant.of(BantAnswer.NO, BantAnswer.NO, BantAnswer.NO, Timeline.unknown()));
    Lead unknown = lead(Bant.unknown());

    assertThat(budget().evaluate(yes, AS_OF)).extracting(Evaluation::outcome, Evaluation::reason)
        .containsExactly(Outcome.PASSED, "has a budget or an understanding of the investment");
    assertThat(budget().evaluate(no, AS_OF)).extracting(Evaluation::outcome, Evaluation::reason)
        .containsExactly(Outcome.FAILED, "has neither a budget nor an understanding of the investment");
    assertThat(budget().evaluate(unknown, AS_OF)).extracting(Evaluation::outcome, Evaluation::reason)
        .containsExactly(Outcome.UNKNOWN, "budget not known");

    assertThat(authority().evaluate(yes, AS_OF).reason()).isEqualTo("the contact is the decision maker or influences the decision");
    assertThat(authority().evaluate(no, AS_OF).reason()).isEqualTo("the contact neither makes nor influences the decision");
    assertThat(authority().evaluate(unknown, AS_OF).outcome()).isEqualTo(Outcome.UNKNOWN);

    assertThat(need().evaluate(yes, AS_OF).outcome()).isEqualTo(Outcome.PASSED);
    assertThat(need().evaluate(no, AS_OF)).extracting(Evaluation::outcome, Evaluation::reason)
        .containsExactly(Outcome.FAILED, "no need");
    assertThat(need().evaluate(unknown, AS_OF).reason()).isEqualTo("need not known");
  }

  @Test
  void timelineIsMeasuredFromTheEvaluationDate() {
    Criterion c = timelineWithin(Period.ofMonths(6));
    assertThat(c.name()).isEqualTo("timeline within 6 months");
    Lead soon = lead(Bant.unknown().withTimeline(Timeline.by(LocalDate.parse("2027-05-22"))));
    Evaluation pass = c.evaluate(soon, AS_OF);
    assertThat(pass.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(pass.reason()).isEqualTo("plans to act by 2027-05-22, on or before 2027-05-22 (6 months from 2026-11-22)");

    Evaluation fail = c.evaluate(soon, Instant.parse("2026-11-21T23:59:59Z"));
    assertThat(fail.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(fail.reason()).isEqualTo("plans to act by 2027-05-22, after 2027-05-21 (6 months from 2026-11-21)");

    Lead stated = lead(Bant.unknown().withTimeline(Timeline.within(Period.ofMonths(3), LocalDate.parse("2026-11-01"))));
    assertThat(c.evaluate(stated, AS_OF).reason()).startsWith("plans to act by 2027-02-01");

    Evaluation unknown = c.evaluate(lead(Bant.unknown()), AS_OF);
    assertThat(unknown.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(unknown.reason()).isEqualTo("timeline unknown");

    Lead lapsed = lead(Bant.unknown().withTimeline(Timeline.by(LocalDate.parse("2026-10-01"))));
    Evaluation stale = c.evaluate(lapsed, AS_OF);
    assertThat(stale.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(stale.reason()).isEqualTo("timeline stale: planned to act by 2026-10-01, before 2026-11-22; ask again");
  }

  @Test
  void horizonMustBePositive() {
    assertThatThrownBy(() -> timelineWithin(Period.ZERO)).hasMessage("timeline horizon must be positive: P0D");
    assertThatThrownBy(() -> timelineWithin(Period.ofDays(-1))).hasMessage("timeline horizon must be positive: P-1D");
  }
}
