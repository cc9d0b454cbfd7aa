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
      // a lead that is not an MQL has its verdicts made when read: equal, not necessarily the same object
      copy.forEach((k, v) -> assertThat(map.get(k)).isEqualTo(v));
      assertThat(map.get("no such key")).isNull();
      assertThat(map.containsKey("first-contact")).isTrue();
      assertThat(map.get(null)).isNull();
    }
  }

  @Test
  void aLeadThatIsNotAnMqlHasOneSharedReasonForEveryObligation() {
    LeadVerdicts v = EVALUATOR.evaluate(SlaInput.of(io.revops.core.history.LeadEventHistory.builder("L-9")
        .created(Fixtures.msk("2026-11-16T10:00"), "webinar").build()), RandomLeads.AS_OF);
    Map<String, ObligationVerdict> map = v.verdicts();
    assertThat(map).hasSize(8);
    assertThat(map.values()).allSatisfy(x -> {
      assertThat(x.status()).isEqualTo(VerdictStatus.NOT_APPLICABLE);
      assertThat(x.reason()).isEqualTo("not an MQL as of " + RandomLeads.AS_OF);
      assertThat(x.leadId()).isEqualTo(v.leadId());
    });
    map.forEach((k, x) -> {
      assertThat(x.key()).isEqualTo(k);
      assertThat(x).isEqualTo(map.get(k));
      assertThat(x.obligation()).isEqualTo(EVALUATOR.agreement().obligationsByKey().get(k));
    });
    assertThat(new ArrayList<>(map.values())).isEqualTo(map.keySet().stream().map(map::get).toList());
    assertThatThrownBy(() -> map.values().clear()).isInstanceOf(UnsupportedOperationException.class);
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
