package io.revops.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The evaluator's array-backed verdict map behaves as an unmodifiable map in the agreement's order. */
class VerdictMapTest {
  private static final SlaEvaluator EVALUATOR = SlaEvaluator.of(SlaAgreement.handbook(WeekdayCalendar.moscow()))
      .withCriteriaCheck(RandomLeads::check);

  @Test
  void behavesAsTheLinkedHashMapOfTheSameEntries() {
    for (RandomLeads.Raw raw : RandomLeads.generate(11, 30)) {
      Map<String, ObligationVerdict> map = EVALUATOR.evaluate(raw.input(), RandomLeads.AS_OF).verdicts();
      assertThat(map).isInstanceOf(VerdictMap.class);
      Map<String, ObligationVerdict> copy = new LinkedHashMap<>();
      map.forEach(copy::put);
      assertThat(map).isEqualTo(copy).hasSameHashCodeAs(copy).hasToString(copy.toString());
      assertThat(copy).isEqualTo(map);
      List<String> perLead = new ArrayList<>();
      EVALUATOR.agreement().obligationsByKey().forEach((k, o) -> {
        if (o.scope() == Obligation.Scope.PER_LEAD) {
          perLead.add(k);
        }
      });
      assertThat(new ArrayList<>(map.keySet())).isEqualTo(perLead);
      assertThat(new ArrayList<>(map.values())).isEqualTo(new ArrayList<>(copy.values()));
      copy.forEach((k, v) -> assertThat(map.get(k)).isSameAs(v));
      assertThat(map.get("no such key")).isNull();
      assertThat(map.containsKey("first-contact")).isTrue();
      assertThat(map.get(null)).isNull();
    }
  }

  @Test
  void cannotBeModified() {
    Map<String, ObligationVerdict> map = EVALUATOR.evaluate(RandomLeads.generate(3, 1).get(0).input(),
        RandomLeads.AS_OF).verdicts();
    String key = map.keySet().iterator().next();
    assertThatThrownBy(() -> map.put(key, map.get(key))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.remove(key)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.values().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.entrySet().iterator().next().setValue(null))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void keysAndValuesMustPair() {
    assertThatThrownBy(() -> new VerdictMap(new String[] {"a"}, new ObligationVerdict[0]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 vs 0");
    assertThat(new VerdictMap(new String[0], new ObligationVerdict[0]).hasKeys(List.of())).isTrue();
  }
}
