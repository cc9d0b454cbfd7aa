package io.revops.core.flywheel;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.funnel.Department;
import io.revops.core.funnel.FunnelSnapshot;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RevenueAuditTest {
  @Nested
  class DerivedFromAFunnel {
    @Test
    void theLowestStageConversionBecomesAFrictionWithItsEvidence() {
      RevenueAudit audit = RevenueAudit.seededFrom(FunnelSnapshot.of(10_000, 400, 200, 24, 6));
      assertThat(audit.forces()).isEmpty();
      assertThat(audit.frictions()).hasSize(1);
      Friction f = audit.frictions().get(0);
      assertThat(f.phase()).isEqualTo(FlywheelPhase.ENGAGE);
      assertThat(f.department()).isEqualTo(Department.SALES);
      assertThat(f.evidence()).contains("MQL→SQL 12% — lowest stage conversion");
      assertThat(f.description()).isEqualTo("MQL→SQL converts least (24 of 200)");
      assertThat(f.magnitude()).contains(Magnitude.HIGH);
    }

    @Test
    void visitorToLeadIsLeftOutBecauseAnonymousTrafficAlwaysConvertsLowest() {
      FunnelSnapshot f = FunnelSnapshot.of(10_000, 200, 60, 24, 6);
      assertThat(f.lowestConversion().orElseThrow().label()).isEqualTo("Visitor→Lead");
      assertThat(RevenueAudit.lowestConversionFriction(f).orElseThrow().evidence())
          .contains("SQL→Customer 25% — lowest stage conversion");
    }

    @Test
    void aWeakNurtureStageIsMarketingsFriction() {
      Friction f = RevenueAudit.lowestConversionFriction(FunnelSnapshot.of(10_000, 400, 20, 10, 5)).orElseThrow();
      assertThat(f.phase()).isEqualTo(FlywheelPhase.ENGAGE);
      assertThat(f.department()).isEqualTo(Department.MARKETING);
      assertThat(f.evidence()).contains("Lead→MQL 5% — lowest stage conversion");
    }

    @Test
    void countsThatDoNotAddUpBecomeAnInternalFriction() {
      RevenueAudit audit = RevenueAudit.seededFrom(FunnelSnapshot.of(10_000, 100, 150, 30, 6));
      assertThat(audit.frictions(Department.INTERNAL)).singleElement().satisfies(f -> {
        assertThat(f.description()).contains("scattered data storage");
        assertThat(f.evidence().orElseThrow()).startsWith("Lead→MQL: MQL 150 > Lead 100");
      });
      assertThat(audit.frictions(Department.SALES)).hasSize(1);
    }

    @Test
    void nothingToDeriveFromAnEmptyFunnel() {
      assertThat(RevenueAudit.seededFrom(FunnelSnapshot.of(0, 0, 0, 0, 0)).isEmpty()).isTrue();
    }
  }

  @Test
  void listsForcesAndFrictionsPerPhaseAndDepartment() {
    RevenueAudit audit = RevenueAudit.builder()
        .force(FlywheelPhase.ATTRACT, Department.MARKETING, "inbound marketing")
        .force(FlywheelPhase.DELIGHT, Department.SERVICE, "24/7 support")
        .friction(FlywheelPhase.ATTRACT, Department.MARKETING, "negative reviews")
        .friction(FlywheelPhase.ENGAGE, Department.SALES, "slow replies")
        .friction(FlywheelPhase.ENGAGE, Department.INTERNAL, "conflicts between departments")
        .build();
    assertThat(audit.forces(FlywheelPhase.ATTRACT)).extracting(Force::description).containsExactly("inbound marketing");
    assertThat(audit.frictions(FlywheelPhase.ENGAGE)).extracting(Friction::description)
        .containsExactly("slow replies", "conflicts between departments");
    assertThat(audit.frictionsByDepartment(FlywheelPhase.ENGAGE)).containsOnlyKeys(Department.SALES,
        Department.INTERNAL);
    assertThat(audit.forcesByDepartment(FlywheelPhase.ENGAGE)).isEmpty();
    assertThat(audit.forces(Department.SERVICE)).hasSize(1);
    assertThat(audit.toBuilder().build()).isEqualTo(audit).hasSameHashCodeAs(audit);
    assertThat(RevenueAudit.of(audit.forces(), audit.frictions())).isEqualTo(audit);
    assertThat(audit).isNotEqualTo(RevenueAudit.empty());
  }

  @Test
  void toStringReadsAsAnAuditTable() {
    RevenueAudit audit = RevenueAudit.builder()
        .friction(Friction.of(FlywheelPhase.ENGAGE, Department.SALES, "slow replies").withMagnitude(Magnitude.HIGH)
            .withEvidence("median first response 26 h"))
        .force(FlywheelPhase.ATTRACT, Department.MARKETING, "inbound marketing")
        .build();
    assertThat(audit.toString().lines().toList()).isEqualTo(List.of(
        "RevenueAudit: 1 force, 1 friction",
        "  phase    department kind       description",
        "  ATTRACT  MARKETING  + force    inbound marketing",
        "  ENGAGE   SALES      - friction slow replies (HIGH) — evidence: median first response 26 h",
        "  DELIGHT  -          -          (nothing recorded)"));
  }

  @Test
  void theAuditIsImmutable() {
    RevenueAudit.Builder b = RevenueAudit.builder().force(FlywheelPhase.ATTRACT, Department.MARKETING, "SEO");
    RevenueAudit first = b.build();
    b.force(FlywheelPhase.ATTRACT, Department.MARKETING, "SMM reach");
    assertThat(first.forces()).hasSize(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> first.forces().add(null))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
