package io.revops.core.flywheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.funnel.Department;
import org.junit.jupiter.api.Test;

class ForceAndFrictionTest {
  @Test
  void forceCarriesPhaseDepartmentAndOptionalEvidenceAndMagnitude() {
    Force f = Force.of(FlywheelPhase.DELIGHT, Department.SERVICE, " support knowledge base ");
    assertThat(f.phase()).isEqualTo(FlywheelPhase.DELIGHT);
    assertThat(f.department()).isEqualTo(Department.SERVICE);
    assertThat(f.description()).isEqualTo("support knowledge base");
    assertThat(f.evidence()).isEmpty();
    assertThat(f.magnitude()).isEmpty();
    Force strong = f.withEvidence("NPS 62").withMagnitude(Magnitude.HIGH);
    assertThat(strong.evidence()).contains("NPS 62");
    assertThat(strong.magnitude()).contains(Magnitude.HIGH);
    assertThat(strong.toString()).isEqualTo("DELIGHT/SERVICE: support knowledge base [NPS 62] (HIGH)");
    assertThat(f).isNotEqualTo(strong).isEqualTo(Force.of(FlywheelPhase.DELIGHT, Department.SERVICE,
        "support knowledge base"));
    assertThat(f.hashCode()).isEqualTo(Force.of(FlywheelPhase.DELIGHT, Department.SERVICE, "support knowledge base")
        .hashCode());
  }

  @Test
  void internalFrictions() {
    Friction turnover = Friction.of(FlywheelPhase.ENGAGE, Department.INTERNAL, "staff turnover")
        .withMagnitude(Magnitude.MEDIUM);
    assertThat(turnover.toString()).isEqualTo("ENGAGE/INTERNAL: staff turnover (MEDIUM)");
    assertThat(turnover).isNotEqualTo(Friction.of(FlywheelPhase.ENGAGE, Department.INTERNAL, "staff turnover"));
  }

  @Test
  void validation() {
    assertThatThrownBy(() -> Force.of(FlywheelPhase.ATTRACT, Department.MARKETING, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("description must not be blank: \" \"");
    assertThatThrownBy(() -> Friction.of(null, Department.MARKETING, "x")).isInstanceOf(NullPointerException.class)
        .hasMessage("phase");
    assertThatThrownBy(() -> Friction.of(FlywheelPhase.ATTRACT, Department.MARKETING, "x").withEvidence(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("evidence must not be blank: \"\"");
  }

  @Test
  void aForceAndAFrictionWithTheSameContentAreNotEqualButPrintAlike() {
    Force force = Force.of(FlywheelPhase.ENGAGE, Department.SALES, "response speed").withMagnitude(Magnitude.HIGH)
        .withEvidence("first call in 5 minutes");
    Friction friction = Friction.of(FlywheelPhase.ENGAGE, Department.SALES, "response speed")
        .withMagnitude(Magnitude.HIGH).withEvidence("first call in 5 minutes");
    assertThat((Object) force).isNotEqualTo(friction);
    assertThat(force).hasToString(friction.toString())
        .hasToString("ENGAGE/SALES: response speed [first call in 5 minutes] (HIGH)");
    assertThat(force.evidence()).isEqualTo(friction.evidence()).contains("first call in 5 minutes");
    assertThat(force.magnitude()).isEqualTo(friction.magnitude()).contains(Magnitude.HIGH);
  }
}
