package io.revops.core.qualification;

import static io.revops.core.qualification.CriterionGenerators.AS_OF;
import static io.revops.core.qualification.CriterionGenerators.criteria;
import static io.revops.core.qualification.CriterionGenerators.leads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.revops.core.lead.Company;
import io.revops.core.lead.Lead;
import io.revops.core.money.Amounts;
import io.revops.core.money.ExchangeRates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The fast paths agree with the explained one: {@link Criterion#test} with the outcome of
 * {@link Criterion#evaluate}, and an evaluation whose explanation is built on first read with the same
 * evaluation built eagerly, node by node, through the public factories.
 */
class LazyEvaluationPropertiesTest {
  private static final ExchangeRates USD_RUB = ExchangeRates.builder()
      .rate(LocalDate.parse("2026-01-01"), "USD", "RUB", "90").build();

  /** The contexts a criterion may see: machine email opens counted or not, a USD→RUB rate or none. */
  private static Gen<EvaluationContext> contexts() {
    return integers().between(0, 3).map(i -> EvaluationContext.of(i % 2 == 0 ? ExchangeRates.none() : USD_RUB)
        .withMachineEmailOpensCounted(i >= 2));
  }

  /** The generated leads, some with their revenue restated in USD (1 USD = 90 RUB when the rate is known). */
  private static Gen<Lead> leadsInEitherCurrency() {
    return leads().zip(integers().between(0, 2), (lead, n) -> {
      if (n > 0 || lead.company().flatMap(Company::annualRevenue).isEmpty()) return lead;
      Company c = lead.company().orElseThrow();
      var rub = Amounts.toBigDecimal(c.annualRevenue().orElseThrow());
      var usd = Amounts.of(rub.divide(java.math.BigDecimal.valueOf(90), java.math.MathContext.DECIMAL64).toPlainString(), "USD");
      return lead.toBuilder().company(c.toBuilder().annualRevenue(usd).build()).build();
    });
  }

  /** The same evaluation, every node built eagerly through {@link Evaluation#leaf}, {@code composite} and {@code negation}. */
  private static Evaluation eager(Evaluation e) {
    List<Evaluation> children = new ArrayList<>();
    for (Evaluation c : e.children()) {
      children.add(eager(c));
    }
    if (e.isNegation()) return Evaluation.negation(e.name(), e.reason(), e.asOf(), children.get(0));
    if (children.isEmpty()) return Evaluation.leaf(e.name(), e.outcome(), e.reason(), e.asOf());
    return Evaluation.composite(e.name(), e.outcome(), e.reason(), e.asOf(), children);
  }

  /**
   * The outcome folded up from the leaves with the composites' Kleene rules, node by node; on the way,
   * every node's outcome must be its criterion's {@link Criterion#test}.
   */
  private static Outcome folded(Criterion c, Evaluation e, Lead lead, EvaluationContext context) {
    assertThat(e.name()).isEqualTo(c.name());
    assertThat(e.outcome()).as(c.name()).isEqualTo(c.test(lead, AS_OF, context));
    List<Criterion> subs = c.children();
    assertThat(e.children()).hasSameSizeAs(subs);
    if (subs.isEmpty()) return e.outcome();
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < subs.size(); i++) {
      outcomes.add(folded(subs.get(i), e.children().get(i), lead, context));
    }
    if (c instanceof CompositeCriterion.Not) return outcomes.get(0).negate();
    int min = c instanceof CompositeCriterion.AtLeast a ? a.min() : c instanceof CompositeCriterion.AnyOf ? 1 : subs.size();
    long passed = outcomes.stream().filter(o -> o == Outcome.PASSED).count();
    long unknown = outcomes.stream().filter(o -> o == Outcome.UNKNOWN).count();
    return passed >= min ? Outcome.PASSED : passed + unknown < min ? Outcome.FAILED : Outcome.UNKNOWN;
  }

  @Test
  void testGivesTheOutcomeOfTheExplainedTree() {
    qt().withExamples(500).forAll(criteria(3), leadsInEitherCurrency(), contexts()).checkAssert((c, lead, context) -> {
      Outcome tested = c.test(lead, AS_OF, context);
      Evaluation e = c.evaluate(lead, AS_OF, context);
      assertThat(e.outcome()).isEqualTo(tested);
      assertThat(e.toString()).isNotEmpty(); // builds every node, each checking its outcome against its explanation
      assertThat(folded(c, e, lead, context)).isEqualTo(tested);
      if (context.equals(EvaluationContext.defaults())) {
        assertThat(c.test(lead, AS_OF)).isEqualTo(tested);
      }
    });
  }

  @Test
  void aLazyEvaluationEqualsTheEagerOne() {
    qt().withExamples(300).forAll(criteria(3), leadsInEitherCurrency(), contexts()).checkAssert((c, lead, context) -> {
      Evaluation lazy = c.evaluate(lead, AS_OF, context);
      Evaluation untouched = c.evaluate(lead, AS_OF, context);
      Evaluation eager = eager(c.evaluate(lead, AS_OF, context));
      assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager);
      assertThat(untouched).isEqualTo(lazy); // equals builds the explanation of an untouched evaluation
      assertThat(c.evaluate(lead, AS_OF, context).hashCode()).isEqualTo(eager.hashCode());
      assertThat(c.evaluate(lead, AS_OF, context).toString()).isEqualTo(eager.toString());
      assertThat(c.evaluate(lead, AS_OF, context).failedReasons()).isEqualTo(eager.failedReasons());
      assertThat(c.evaluate(lead, AS_OF, context).unknownReasons()).isEqualTo(eager.unknownReasons());
      assertThat(c.evaluate(lead, AS_OF, context).find(c.name())).contains(eager);
    });
  }

  @Test
  void theHandbookPresetAgreesOnGeneratedLeads() {
    Criterion mql = HandbookCriteria.mql();
    qt().withExamples(300).forAll(leadsInEitherCurrency(), contexts()).checkAssert((lead, context) -> {
      Evaluation e = mql.evaluate(lead, AS_OF, context);
      assertThat(mql.test(lead, AS_OF, context)).isEqualTo(e.outcome());
      assertThat(e).isEqualTo(eager(mql.evaluate(lead, AS_OF, context)));
    });
  }

  @Test
  void anExplanationThatContradictsTheOutcomeFailsLoudly() {
    Evaluation wrong = Evaluation.lazy("budget", Outcome.PASSED, AS_OF, false,
        () -> Evaluation.leaf("budget", Outcome.FAILED, "no budget", AS_OF));
    assertThat(wrong.outcome()).isEqualTo(Outcome.PASSED);
    assertThatThrownBy(wrong::reason).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("budget (PASSED as of 2026-11-22T10:00:00Z) does not match")
        .hasMessageContaining("budget (FAILED as of 2026-11-22T10:00:00Z)");
    Evaluation notANegation = Evaluation.lazy("not (budget)", Outcome.FAILED, AS_OF, true,
        () -> Evaluation.leaf("not (budget)", Outcome.FAILED, "r", AS_OF));
    assertThatThrownBy(notANegation::children).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theExplanationIsBuiltOnceAndKept() {
    int[] built = {0};
    Evaluation e = Evaluation.lazy("budget", Outcome.PASSED, AS_OF, false, () -> {
      built[0]++;
      return Evaluation.leaf("budget", Outcome.PASSED, "has a budget", AS_OF);
    });
    assertThat(built[0]).isZero();
    assertThat(e.reason()).isEqualTo("has a budget");
    assertThat(e.children()).isEmpty();
    assertThat(e.toString()).isEqualTo("budget: PASSED — has a budget (as of 2026-11-22T10:00Z)");
    assertThat(built[0]).isEqualTo(1);
  }

  @Test
  void threadsReadingOneEvaluationAtOnceSeeTheSameExplanation() throws Exception {
    Criterion mql = HandbookCriteria.mql();
    List<Lead> sample = new ArrayList<>();
    qt().withExamples(50).forAll(leads()).checkAssert(sample::add);
    List<Evaluation> shared = sample.stream().map(l -> mql.evaluate(l, AS_OF)).toList();
    List<String> expected = sample.stream().map(l -> eager(mql.evaluate(l, AS_OF)).toString()).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<String>>> readers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        readers.add(() -> shared.stream().map(Evaluation::toString).toList());
      }
      for (Future<List<String>> f : pool.invokeAll(readers)) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
