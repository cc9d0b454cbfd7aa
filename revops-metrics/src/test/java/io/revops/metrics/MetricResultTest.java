package io.revops.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.money.Amounts;
import java.math.RoundingMode;
import java.util.List;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/** The shared building blocks of results: an amount shared out per unit, and policies added by a reusing model. */
class MetricResultTest {
  enum TestPolicy implements Policy {
    FIRST, SECOND;

    @Override
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Test
  void amountPerDividesAndRounds() {
    MetricResult<MonetaryAmount> r = MetricResult.amountPer("X", Amounts.of(100, "RUB"), 3, "none", "100 / 3",
        List.of(TestPolicy.FIRST), RoundingMode.DOWN);

    assertThat(r.value()).isEqualTo(Amounts.of("33.33", "RUB"));
    assertThat(r).hasToString("X = 33,33 RUB (100 / 3, first)");
  }

  @Test
  void amountPerOfZeroUnitsSaysWhy() {
    MetricResult<MonetaryAmount> r = MetricResult.amountPer("X", Amounts.of(100, "RUB"), 0, "no units", "100 / 0",
        List.of(), RoundingMode.HALF_EVEN);

    assertThat(r.isComputed()).isFalse();
    assertThat(r.reason()).hasValue("no units");
    assertThatThrownBy(() -> MetricResult.amountPer("X", Amounts.of(1, "RUB"), -1, "none", "", List.of(),
        RoundingMode.HALF_EVEN)).hasMessage("count must not be negative: -1");
  }

  @Test
  void noExplanationIsEmptyNeverABlankText() {
    MetricResult<String> none = MetricResult.notComputable("NRR", "no MRR records in the input", List.of());
    assertThat(none.explanation()).isEmpty();
    assertThat(none).hasToString("NRR not computable: no MRR records in the input");
    assertThat(MetricResult.notComputable("NRR", "no MRR", List.of(TestPolicy.FIRST)))
        .hasToString("NRR not computable: no MRR (first)");
    assertThat(MetricResult.of("X", "v", "how", List.of()).explanation()).hasValue("how");
    assertThat(none).isNotEqualTo(MetricResult.notComputable("NRR", "no MRR records in the input", "how", List.of()));
    assertThatThrownBy(() -> MetricResult.of("X", "v", " ", List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("explanation must not be blank for X");
    assertThatThrownBy(() -> MetricResult.notComputable("X", "why", "", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("explanation must not be blank for X");
  }

  @Test
  void plusPoliciesAppendsAndKeepsTheRest() {
    MetricResult<String> r = MetricResult.of("X", "v", "how", List.of(TestPolicy.FIRST));
    MetricResult<String> n = MetricResult.<String>notComputable("X", "why", "how", List.of());

    assertThat(r.plusPolicies(List.of(TestPolicy.SECOND)).policies()).containsExactly(TestPolicy.FIRST, TestPolicy.SECOND);
    assertThat(r.plusPolicies(List.of(TestPolicy.SECOND))).hasToString("X = v (how, first, second)");
    assertThat(n.plusPolicies(List.of(TestPolicy.SECOND)).reason()).hasValue("why");
    assertThat(r.plusPolicies(List.of())).isEqualTo(r);
  }
}
