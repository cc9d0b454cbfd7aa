package io.revops.core.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.money.Ratio;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BowtieTest {
  @Test
  void wingsHoldTheirStagesInOrder() {
    assertThat(BowtieStage.Wing.LEFT.stages()).containsExactly(BowtieStage.ATTRACTION, BowtieStage.CONVERSION);
    assertThat(BowtieStage.Wing.CENTRE.stages()).containsExactly(BowtieStage.DEAL);
    assertThat(BowtieStage.Wing.RIGHT.stages())
        .containsExactly(BowtieStage.RETENTION, BowtieStage.EXPANSION, BowtieStage.ADVOCACY);
    assertThat(BowtieStage.ATTRACTION.order()).isEqualTo(1);
    assertThat(BowtieStage.ADVOCACY.order()).isEqualTo(6);
    assertThat(BowtieStage.DEAL.isBefore(BowtieStage.RETENTION)).isTrue();
    assertThat(BowtieStage.DEAL.isBefore(BowtieStage.DEAL)).isFalse();
  }

  @Test
  void marketingSalesAndServiceWorkOnBothWings() {
    for (BowtieStage.Wing wing : new BowtieStage.Wing[] {BowtieStage.Wing.LEFT, BowtieStage.Wing.RIGHT}) {
      assertThat(wing.departments()).as(wing.name())
          .containsExactlyInAnyOrder(Department.MARKETING, Department.SALES, Department.SERVICE);
    }
    assertThat(BowtieStage.DEAL.departments()).containsExactlyInAnyOrder(Department.SALES, Department.SERVICE);
    for (BowtieStage s : BowtieStage.values()) {
      assertThat(s.involves(Department.INTERNAL)).as(s.name()).isFalse();
      assertThat(s.departments()).isNotEmpty();
    }
    assertThat(BowtieStage.EXPANSION.involves(Department.SALES)).isTrue();
  }

  @Test
  void lifecycleStagesMapOntoTheLeftWingAndTheDeal() {
    assertThat(LifecycleStage.VISITOR.bowtieStage()).isEqualTo(BowtieStage.ATTRACTION);
    assertThat(LifecycleStage.MQL.bowtieStage()).isEqualTo(BowtieStage.CONVERSION);
    assertThat(LifecycleStage.OPPORTUNITY.bowtieStage()).isEqualTo(BowtieStage.CONVERSION);
    assertThat(LifecycleStage.CUSTOMER.bowtieStage()).isEqualTo(BowtieStage.DEAL);
    assertThat(LifecycleStage.OPPORTUNITY.isOptional()).isTrue();
    assertThat(LifecycleStage.MQL.isBefore(LifecycleStage.SQL)).isTrue();
    assertThat(LifecycleStage.MQL.label()).isEqualTo("MQL");
  }

  @Test
  void theRightWingMayBeLargerThanTheLeft() {
    BowtieSnapshot b = BowtieSnapshot.of(50, 20, 10, 9, 30, 40);
    assertThat(b.wingVolume(BowtieStage.Wing.RIGHT)).isEqualTo(79);
    assertThat(b.wingVolume(BowtieStage.Wing.LEFT)).isEqualTo(70);
    assertThat(b.rightWingExceedsLeft()).isTrue();
    assertThat(BowtieSnapshot.of(50, 20, 10, 9, 1, 1).rightWingExceedsLeft()).isFalse();
    BowtieTransition advocacy = b.transition(BowtieStage.EXPANSION, BowtieStage.ADVOCACY);
    assertThat(advocacy.grows()).isTrue();
    assertThat(advocacy.ratio()).contains(Ratio.of(new java.math.BigDecimal(40), new java.math.BigDecimal(30)));
    assertThat(advocacy.ratio().orElseThrow().toString(4, java.math.RoundingMode.HALF_EVEN)).isEqualTo("1.3333");
    assertThat(b.transitions()).hasSize(5).extracting(BowtieTransition::ratio)
        .first().isEqualTo(java.util.Optional.of(Ratio.of("0.4")));
  }

  @Test
  void aZeroStageLeavesTheNextRatioUndefined() {
    BowtieSnapshot b = BowtieSnapshot.of(100, 10, 0, 0, 0, 3);
    BowtieTransition t = b.transition(BowtieStage.DEAL, BowtieStage.RETENTION);
    assertThat(t.isDefined()).isFalse();
    assertThat(t.ratio()).isEmpty();
    assertThat(t.toString()).isEqualTo("DEAL→RETENTION undefined: no volume at DEAL (0)");
    assertThat(b.transition(BowtieStage.CONVERSION, BowtieStage.DEAL).toString())
        .isEqualTo("CONVERSION→DEAL 0.0000 (0 of 10)");
  }

  @Test
  void validation() {
    assertThatThrownBy(() -> BowtieSnapshot.of(1, 1, -1, 1, 1, 1)).hasMessage("volume of DEAL must not be negative: -1");
    Map<BowtieStage, Long> m = new EnumMap<>(BowtieStage.class);
    m.put(BowtieStage.ATTRACTION, 1L);
    assertThatThrownBy(() -> BowtieSnapshot.of(m)).hasMessageStartingWith("volume of CONVERSION is missing");
    assertThatThrownBy(() -> BowtieTransition.of(BowtieStage.DEAL, BowtieStage.DEAL, 1, 1))
        .hasMessage("from must be a stage before to: DEAL -> DEAL");
  }

  @Test
  void equalityAndTable() {
    BowtieSnapshot b = BowtieSnapshot.of(5000, 300, 30, 27, 12, 40);
    assertThat(b).isEqualTo(BowtieSnapshot.of(5000, 300, 30, 27, 12, 40)).hasSameHashCodeAs(
        BowtieSnapshot.of(5000, 300, 30, 27, 12, 40)).isNotEqualTo(BowtieSnapshot.of(5000, 300, 30, 27, 12, 41));
    assertThat(b.toString()).contains("RIGHT  ADVOCACY   40").contains("↓ ×0.9000");
    assertThat(b.volume(BowtieStage.DEAL)).isEqualTo(30);
  }
}
