package io.revops.core.qualification;

import static io.revops.core.qualification.CriterionGenerators.AS_OF;
import static io.revops.core.qualification.CriterionGenerators.criteria;
import static io.revops.core.qualification.CriterionGenerators.leadPairs;
import static io.revops.core.qualification.CriterionGenerators.leads;
import static io.revops.core.qualification.Criteria.allOf;
import static io.revops.core.qualification.Criteria.anyOf;
import static io.revops.core.qualification.Criteria.atLeast;
import static io.revops.core.qualification.Criteria.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.revops.core.lead.Lead;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The laws of the three-valued (Kleene) algebra, on random criteria trees and random leads. */
class CriterionAlgebraPropertiesTest {

  private static Outcome outcome(Criterion c, Lead lead) {
    return c.evaluate(lead, AS_OF).outcome();
  }

  @Test
  void doubleNegationEvaluatesAsTheCriterion() {
    qt().withExamples(300).forAll(criteria(2), leads()).checkAssert((c, lead) -> {
      Evaluation twice = not(not(c)).evaluate(lead, AS_OF);
      Evaluation once = c.evaluate(lead, AS_OF);
      assertThat(twice.outcome()).isEqualTo(once.outcome());
      assertThat(twice.children().get(0).children().get(0)).isEqualTo(once);
    });
  }

  @Test
  void aSingleCriterionAllOfOrAnyOfIsTheCriterion() {
    qt().withExamples(300).forAll(criteria(2), leads()).checkAssert((c, lead) -> {
      Outcome expected = outcome(c, lead);
      assertThat(outcome(allOf(c), lead)).isEqualTo(expected);
      assertThat(outcome(anyOf(c), lead)).isEqualTo(expected);
      assertThat(outcome(atLeast(1, c), lead)).isEqualTo(expected);
      assertThat(allOf(c).evaluate(lead, AS_OF).children()).containsExactly(c.evaluate(lead, AS_OF));
    });
  }

  @Test
  void deMorgan() {
    qt().withExamples(300).forAll(criteria(1), criteria(1), leads()).checkAssert((a, b, lead) -> {
      assertThat(outcome(not(allOf(a, b)), lead)).isEqualTo(outcome(anyOf(not(a), not(b)), lead));
      assertThat(outcome(not(anyOf(a, b)), lead)).isEqualTo(outcome(allOf(not(a), not(b)), lead));
    });
  }

  @Test
  void atLeastOneIsAnyOfAndAtLeastAllIsAllOf() {
    qt().withExamples(300).forAll(criteria(1), criteria(1), criteria(1), leads()).checkAssert((a, b, c, lead) -> {
      assertThat(outcome(atLeast(1, a, b, c), lead)).isEqualTo(outcome(anyOf(a, b, c), lead));
      assertThat(outcome(atLeast(3, a, b, c), lead)).isEqualTo(outcome(allOf(a, b, c), lead));
    });
  }

  @Test
  void compositesFoldTheKleeneOperators() {
    qt().withExamples(300).forAll(criteria(1), criteria(1), criteria(1), leads()).checkAssert((a, b, c, lead) -> {
      Outcome oa = outcome(a, lead);
      Outcome ob = outcome(b, lead);
      Outcome oc = outcome(c, lead);
      assertThat(outcome(allOf(a, b, c), lead)).isEqualTo(oa.and(ob).and(oc));
      assertThat(outcome(anyOf(a, b, c), lead)).isEqualTo(oa.or(ob).or(oc));
      assertThat(outcome(not(a), lead)).isEqualTo(oa.negate());
      // at least 2 of 3 = (a ∧ b) ∨ (a ∧ c) ∨ (b ∧ c)
      assertThat(outcome(atLeast(2, a, b, c), lead)).isEqualTo(oa.and(ob).or(oa.and(oc)).or(ob.and(oc)));
    });
  }

  @Test
  void unknownPropagatesUnlessTheOthersDecide() {
    qt().withExamples(300).forAll(criteria(2), criteria(2), leads()).checkAssert((u, other, lead) -> {
      if (outcome(u, lead) != Outcome.UNKNOWN) return;
      Outcome o = outcome(other, lead);
      assertThat(outcome(not(u), lead)).isEqualTo(Outcome.UNKNOWN);
      assertThat(outcome(allOf(u, other), lead)).isEqualTo(o == Outcome.FAILED ? Outcome.FAILED : Outcome.UNKNOWN);
      assertThat(outcome(anyOf(u, other), lead)).isEqualTo(o == Outcome.PASSED ? Outcome.PASSED : Outcome.UNKNOWN);
      assertThat(c(u, lead).unknownLeaves()).isNotEmpty();
    });
  }

  private static Evaluation c(Criterion c, Lead lead) {
    return c.evaluate(lead, AS_OF);
  }

  @Test
  void learningMissingDataNeverOverturnsADecidedOutcome() {
    // UNKNOWN means "could be either": filling in the missing data may decide it, but a PASSED or FAILED stays.
    qt().withExamples(400).forAll(criteria(3), leadPairs()).checkAssert((c, pair) -> {
      Outcome partial = outcome(c, pair.partial());
      Outcome complete = outcome(c, pair.complete());
      assertThat(complete).isNotEqualTo(Outcome.UNKNOWN); // revenue is in RUB and every datum is known
      if (partial != Outcome.UNKNOWN) {
        assertThat(complete).isEqualTo(partial);
      }
    });
  }

  @Test
  void reasonsExplainTheOutcome() {
    qt().withExamples(300).forAll(criteria(3), leads()).checkAssert((c, lead) -> {
      Evaluation e = c.evaluate(lead, AS_OF);
      switch (e.outcome()) {
        case PASSED -> {
          assertThat(e.failedLeaves()).isEmpty();
          assertThat(e.unknownLeaves()).isEmpty();
        }
        case FAILED -> assertThat(e.failedLeaves()).isNotEmpty();
        case UNKNOWN -> assertThat(e.unknownLeaves()).isNotEmpty();
      }
      assertThat(e).isEqualTo(c.evaluate(lead, AS_OF)); // deterministic
    });
  }

  @Test
  void evaluationOrderOfChildrenFollowsTheDefinition() {
    qt().withExamples(100).forAll(lists3(), leads()).checkAssert((cs, lead) -> {
      Evaluation e = allOf("all", cs).evaluate(lead, AS_OF);
      assertThat(e.children()).extracting(Evaluation::name).containsExactlyElementsOf(cs.stream().map(Criterion::name).toList());
    });
  }

  private static org.quicktheories.core.Gen<List<Criterion>> lists3() {
    return org.quicktheories.generators.SourceDSL.lists().of(criteria(1)).ofSizeBetween(1, 4);
  }
}
