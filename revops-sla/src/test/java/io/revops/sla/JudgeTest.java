package io.revops.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.qualification.EvaluationContext;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every per-lead obligation type has its own judge; the others have none and say which type they are. */
class JudgeTest {
  private static final SlaAgreement HANDBOOK = SlaAgreement.handbook(WeekdayCalendar.moscow());
  private static final Clocks CLOCKS = new Clocks(HANDBOOK.calendar(), HANDBOOK.atRiskShare());

  @Test
  void eachPerLeadTypeGetsADistinctJudgeOfItsObligation() {
    Set<Class<?>> judges = new java.util.HashSet<>();
    Set<Obligation.Type> judged = EnumSet.noneOf(Obligation.Type.class);
    HANDBOOK.obligationsByKey().forEach((key, o) -> {
      if (o.scope() == Obligation.Scope.PER_LEAD) {
        Judge j = Judge.of(key, o, CLOCKS, null, EvaluationContext.defaults());
        assertThat(j.obligation).isSameAs(o);
        assertThat(j.key).isEqualTo(key);
        assertThat(judges.add(j.getClass())).as("%s", o.type()).isTrue();
        judged.add(o.type());
      }
    });
    EnumSet<Obligation.Type> perLead = EnumSet.noneOf(Obligation.Type.class);
    for (Obligation.Type t : Obligation.Type.values()) {
      if (t.scope() == Obligation.Scope.PER_LEAD) {
        perLead.add(t);
      }
    }
    assertThat(judged).isEqualTo(perLead);
    assertThat(Judge.class.getPermittedSubclasses()).hasSameSizeAs(perLead.toArray());
  }

  @Test
  void anObligationWithoutPerLeadVerdictsHasNoJudge() {
    HANDBOOK.obligationsByKey().forEach((key, o) -> {
      if (o.scope() != Obligation.Scope.PER_LEAD) {
        assertThatThrownBy(() -> Judge.of(key, o, CLOCKS, null, EvaluationContext.defaults()))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("not a per-lead obligation: " + o.type() + " (" + key + ")");
      }
    });
  }
}
