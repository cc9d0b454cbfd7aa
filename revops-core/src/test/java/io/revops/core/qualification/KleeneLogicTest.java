package io.revops.core.qualification;

import static io.revops.core.qualification.Criteria.allOf;
import static io.revops.core.qualification.Criteria.anyOf;
import static io.revops.core.qualification.Criteria.atLeast;
import static io.revops.core.qualification.Criteria.authority;
import static io.revops.core.qualification.Criteria.budget;
import static io.revops.core.qualification.Criteria.need;
import static io.revops.core.qualification.Criteria.not;
import static io.revops.core.qualification.Outcome.FAILED;
import static io.revops.core.qualification.Outcome.PASSED;
import static io.revops.core.qualification.Outcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.lead.Bant;
import io.revops.core.lead.BantAnswer;
import io.revops.core.lead.Lead;
import io.revops.core.lead.Timeline;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The truth tables of the composites, with budget, authority and need standing for any three criteria. */
class KleeneLogicTest {
  static final Instant AS_OF = Instant.parse("2026-11-22T10:00:00Z");

  static BantAnswer answer(Outcome o) {
    return switch (o) {
      case PASSED -> BantAnswer.YES;
      case FAILED -> BantAnswer.NO;
      case UNKNOWN -> BantAnswer.UNKNOWN;
    };
  }

  static Lead lead(Outcome b, Outcome a, Outcome n) {
    return Lead.builder("L").bant(Bant.of(answer(b), answer(a), answer(n), Timeline.unknown())).build();
  }

  @ParameterizedTest(name = "{0} {1} {2}: all {3}, any {4}, at least 2 {5}")
  @CsvSource({
      "PASSED,  PASSED,  PASSED,  PASSED,  PASSED, PASSED",
      "PASSED,  PASSED,  FAILED,  FAILED,  PASSED, PASSED",
      "PASSED,  PASSED,  UNKNOWN, UNKNOWN, PASSED, PASSED",
      "PASSED,  FAILED,  FAILED,  FAILED,  PASSED, FAILED",
      "PASSED,  FAILED,  UNKNOWN, FAILED,  PASSED, UNKNOWN",
      "PASSED,  UNKNOWN, UNKNOWN, UNKNOWN, PASSED, UNKNOWN",
      "FAILED,  FAILED,  FAILED,  FAILED,  FAILED, FAILED",
      "FAILED,  FAILED,  UNKNOWN, FAILED,  UNKNOWN, FAILED",
      "FAILED,  UNKNOWN, UNKNOWN, FAILED,  UNKNOWN, UNKNOWN",
      "UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN",
  })
  void truthTables(Outcome b, Outcome a, Outcome n, Outcome all, Outcome any, Outcome atLeastTwo) {
    Lead lead = lead(b, a, n);
    assertThat(allOf(budget(), authority(), need()).evaluate(lead, AS_OF).outcome()).isEqualTo(all);
    assertThat(anyOf(budget(), authority(), need()).evaluate(lead, AS_OF).outcome()).isEqualTo(any);
    assertThat(atLeast(2, budget(), authority(), need()).evaluate(lead, AS_OF).outcome()).isEqualTo(atLeastTwo);
  }

  @Test
  void notSwapsPassedAndFailedAndKeepsUnknown() {
    assertThat(not(budget()).evaluate(lead(PASSED, PASSED, PASSED), AS_OF).outcome()).isEqualTo(FAILED);
    assertThat(not(budget()).evaluate(lead(FAILED, PASSED, PASSED), AS_OF).outcome()).isEqualTo(PASSED);
    assertThat(not(budget()).evaluate(lead(UNKNOWN, PASSED, PASSED), AS_OF).outcome()).isEqualTo(UNKNOWN);
    assertThat(Outcome.UNKNOWN.negate()).isEqualTo(UNKNOWN);
    assertThat(Outcome.of(true)).isEqualTo(PASSED);
    assertThat(Outcome.of(false)).isEqualTo(FAILED);
  }

  @Test
  void compositeReasonsTallyTheChildrenAndStateTheRule() {
    Lead lead = lead(PASSED, FAILED, UNKNOWN);
    assertThat(allOf(budget(), authority(), need()).evaluate(lead, AS_OF).reason())
        .isEqualTo("1 passed, 1 failed, 1 unknown; all 3 required");
    assertThat(anyOf(budget(), authority()).evaluate(lead, AS_OF).reason()).isEqualTo("1 passed, 1 failed; at least 1 of 2 required");
    assertThat(atLeast(2, budget(), authority(), need()).evaluate(lead, AS_OF).reason())
        .isEqualTo("1 passed, 1 failed, 1 unknown; at least 2 of 3 required");
    Evaluation negation = not(authority()).evaluate(lead, AS_OF);
    assertThat(negation.reason()).isEqualTo("negates authority, which failed");
    assertThat(negation.isNegation()).isTrue();
    assertThat(negation.name()).isEqualTo("not (authority)");
  }

  @Test
  void defaultNamesDescribeTheDefinitionAndNamesCanBeGiven() {
    assertThat(allOf(budget(), need()).name()).isEqualTo("all of (budget, need)");
    assertThat(anyOf(budget(), need()).name()).isEqualTo("any of (budget, need)");
    assertThat(atLeast(1, budget(), need()).name()).isEqualTo("at least 1 of (budget, need)");
    Criterion named = atLeast("BANT", 1, budget(), need());
    assertThat(named.name()).isEqualTo("BANT");
    assertThat(named.describe()).isEqualTo("at least 1 of (budget, need)");
    assertThat(budget().withName("money").evaluate(lead(PASSED, PASSED, PASSED), AS_OF).name()).isEqualTo("money");
    assertThat(named.withName("other")).isNotEqualTo(named).isEqualTo(atLeast("other", 1, budget(), need()));
  }

  @Test
  void compositesRejectEmptyListsAndImpossibleCounts() {
    assertThatThrownBy(() -> allOf()).isInstanceOf(IllegalArgumentException.class).hasMessage("criteria must not be empty");
    assertThatThrownBy(() -> anyOf("x", List.of())).hasMessage("criteria must not be empty");
    assertThatThrownBy(() -> atLeast(3, budget(), need()))
        .hasMessage("atLeast count must be between 1 and the number of criteria (2): 3");
    assertThatThrownBy(() -> atLeast(0, budget())).hasMessage("atLeast count must be between 1 and the number of criteria (1): 0");
    assertThatThrownBy(() -> budget().withName(" ")).hasMessage("criterion name must not be blank: \" \"");
    assertThatThrownBy(() -> not(null)).isInstanceOf(NullPointerException.class).hasMessage("criterion");
  }

  @Test
  void evaluationArgumentsAreRequired() {
    assertThatThrownBy(() -> budget().evaluate(null, AS_OF)).isInstanceOf(NullPointerException.class).hasMessage("lead");
    assertThatThrownBy(() -> allOf(budget()).evaluate(lead(PASSED, PASSED, PASSED), null)).hasMessage("asOf");
    assertThatThrownBy(() -> budget().evaluate(lead(PASSED, PASSED, PASSED), AS_OF, null)).hasMessage("context");
  }

  @Test
  void criteriaAreValuesAndPrintAsADefinitionTree() {
    assertThat(allOf("x", budget(), not(need()))).isEqualTo(allOf("x", budget(), not(need())))
        .hasSameHashCodeAs(allOf("x", budget(), not(need())))
        .isNotEqualTo(allOf("x", not(need()), budget()));
    assertThat(allOf("x", budget(), not(need())).toString()).isEqualTo("""
        x: all of (budget, not (need))
          budget
          not (need)
            need""");
  }
}
