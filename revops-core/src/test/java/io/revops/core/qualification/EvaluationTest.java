package io.revops.core.qualification;

import static io.revops.core.qualification.Criteria.allOf;
import static io.revops.core.qualification.Criteria.atLeast;
import static io.revops.core.qualification.Criteria.authority;
import static io.revops.core.qualification.Criteria.budget;
import static io.revops.core.qualification.Criteria.employeesAtLeast;
import static io.revops.core.qualification.Criteria.need;
import static io.revops.core.qualification.Criteria.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.lead.Bant;
import io.revops.core.lead.BantAnswer;
import io.revops.core.lead.Company;
import io.revops.core.lead.Lead;
import io.revops.core.lead.Timeline;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  static final Instant AS_OF = Instant.parse("2026-11-22T10:00:00Z");
  static final Lead LEAD = Lead.builder("L").company(Company.builder("A").employees(30).build())
      .bant(Bant.of(BantAnswer.YES, BantAnswer.NO, BantAnswer.UNKNOWN, Timeline.unknown())).build();

  @Test
  void printsAnIndentedExplanationTree() {
    Evaluation e = allOf("MQL", employeesAtLeast(50), atLeast("BANT", 2, budget(), authority(), need())).evaluate(LEAD, AS_OF);
    assertThat(e.toString()).isEqualTo("""
        MQL: FAILED — 1 failed, 1 unknown; all 2 required (as of 2026-11-22T10:00Z)
          employees ≥ 50: FAILED — 30 employees; at least 50 required
          BANT: UNKNOWN — 1 passed, 1 failed, 1 unknown; at least 2 of 3 required
            budget: PASSED — has a budget or an understanding of the investment
            authority: FAILED — the contact neither makes nor influences the decision
            need: UNKNOWN — need not known""");
  }

  @Test
  void failedReasonsSkipSubCriteriaThatPassedAnyway() {
    // budget passed, so the failed authority does not stop "at least 1 of 2"
    Evaluation e = allOf("MQL", employeesAtLeast(50), atLeast(1, budget(), authority()), need()).evaluate(LEAD, AS_OF);
    assertThat(e.failedReasons()).containsExactly("30 employees; at least 50 required");
    assertThat(e.unknownReasons()).containsExactly("need not known");
    assertThat(e.failedLeaves()).extracting(Evaluation::name).containsExactly("employees ≥ 50");
  }

  @Test
  void failedReasonsReadThroughNegations() {
    // not(budget) fails because budget passed: budget is the reason
    Evaluation e = allOf(not(budget()), not(authority())).evaluate(LEAD, AS_OF);
    assertThat(e.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(e.failedReasons()).containsExactly("has a budget or an understanding of the investment");
    assertThat(allOf(not(not(authority()))).evaluate(LEAD, AS_OF).failedReasons())
        .containsExactly("the contact neither makes nor influences the decision");
  }

  @Test
  void aPassedEvaluationHasNoReasonsAgainstIt() {
    Evaluation e = atLeast(1, budget(), authority(), need()).evaluate(LEAD, AS_OF);
    assertThat(e.isPassed()).isTrue();
    assertThat(e.failedReasons()).isEmpty();
    assertThat(e.unknownReasons()).isEmpty();
  }

  @Test
  void findsASubEvaluationByName() {
    Evaluation e = allOf("MQL", employeesAtLeast(50), atLeast("BANT", 2, budget(), authority(), need())).evaluate(LEAD, AS_OF);
    assertThat(e.find("BANT")).map(Evaluation::outcome).contains(Outcome.UNKNOWN);
    assertThat(e.find("need")).map(Evaluation::isUnknown).contains(true);
    assertThat(e.find("nothing")).isEmpty();
  }

  @Test
  void factoriesValidate() {
    Evaluation child = Evaluation.leaf("a", Outcome.PASSED, "because", AS_OF);
    assertThatThrownBy(() -> Evaluation.composite("c", Outcome.PASSED, "r", AS_OF, List.of()))
        .hasMessage("a composite evaluation must have children: c");
    assertThatThrownBy(() -> Evaluation.composite("c", Outcome.PASSED, "r", AS_OF.plusSeconds(1), List.of(child)))
        .hasMessage("children must be evaluated as of the same instant 2026-11-22T10:00:01Z, but a is as of 2026-11-22T10:00:00Z");
    assertThat(Evaluation.negation("n", "r", AS_OF, child).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(Evaluation.leaf("a", Outcome.PASSED, "because", AS_OF)).isEqualTo(child).hasSameHashCodeAs(child)
        .isNotEqualTo(Evaluation.leaf("a", Outcome.FAILED, "because", AS_OF));
  }
}
