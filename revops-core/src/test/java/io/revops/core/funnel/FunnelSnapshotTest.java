package io.revops.core.funnel;

import static io.revops.core.funnel.LifecycleStage.CUSTOMER;
import static io.revops.core.funnel.LifecycleStage.LEAD;
import static io.revops.core.funnel.LifecycleStage.MQL;
import static io.revops.core.funnel.LifecycleStage.OPPORTUNITY;
import static io.revops.core.funnel.LifecycleStage.SQL;
import static io.revops.core.funnel.LifecycleStage.VISITOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.money.Rate;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FunnelSnapshotTest {
  /** The handbook's planning conversions: visitor→lead 2%, lead→MQL 30%, MQL→SQL 40%, SQL→customer 25%. */
  private final FunnelSnapshot handbook = FunnelSnapshot.of(10_000, 200, 60, 24, 6);

  @Nested
  class Conversions {
    @Test
    void betweenConsecutiveStages() {
      assertThat(handbook.conversions()).extracting(c -> c.rate().orElseThrow()).containsExactly(
          Rate.ofPercent(2), Rate.ofPercent(30), Rate.ofPercent(40), Rate.ofPercent(25));
      assertThat(handbook.conversions()).extracting(StageConversion::label)
          .containsExactly("Visitor→Lead", "Lead→MQL", "MQL→SQL", "SQL→Customer");
    }

    @Test
    void overallIsVisitorToCustomer() {
      assertThat(handbook.overall().rate()).contains(Rate.of("0.0006"));
      assertThat(handbook.overall().from()).isEqualTo(VISITOR);
      assertThat(handbook.overall().to()).isEqualTo(CUSTOMER);
    }

    @Test
    void betweenAnyTwoStages() {
      StageConversion c = handbook.conversion(LEAD, SQL);
      assertThat(c.rate()).contains(Rate.ofPercent(12));
      assertThat(c.toString()).isEqualTo("Lead→SQL 12% (24 of 200)");
    }

    @Test
    void opportunityIsIncludedWhenRecorded() {
      FunnelSnapshot f = handbook.withOpportunities(12);
      assertThat(f.conversions()).extracting(StageConversion::label)
          .containsExactly("Visitor→Lead", "Lead→MQL", "MQL→SQL", "SQL→Opportunity", "Opportunity→Customer");
      assertThat(f.conversion(SQL, OPPORTUNITY).rate()).contains(Rate.ofPercent(50));
      assertThat(f.conversion(SQL, CUSTOMER).rate()).contains(Rate.ofPercent(25));
      assertThat(f.withoutOpportunities()).isEqualTo(handbook);
    }

    @Test
    void opportunityIsSkippedWhenNotRecorded() {
      assertThat(handbook.records(OPPORTUNITY)).isFalse();
      assertThat(handbook.count(OPPORTUNITY)).isEmpty();
      StageConversion c = handbook.conversion(SQL, OPPORTUNITY);
      assertThat(c.status()).isEqualTo(StageConversion.Status.NOT_RECORDED);
      assertThat(c.rate()).isEmpty();
      assertThat(c.explanation()).isEqualTo("Opportunity is not recorded");
    }

    @Test
    void zeroAtTheEarlierStageSaysSoInsteadOfZeroOrNaN() {
      FunnelSnapshot f = FunnelSnapshot.of(1000, 0, 0, 0, 0);
      StageConversion c = f.conversion(LEAD, MQL);
      assertThat(c.status()).isEqualTo(StageConversion.Status.NO_BASE);
      assertThat(c.rate()).isEmpty();
      assertThat(c.isDefined()).isFalse();
      assertThat(c.toString()).isEqualTo("Lead→MQL undefined: no Lead to convert (0)");
      assertThat(f.conversion(VISITOR, LEAD).rate()).contains(Rate.ZERO);
    }

    @Test
    void aLaterStageLargerThanAnEarlierOneIsReportedNotThrown() {
      FunnelSnapshot f = FunnelSnapshot.of(1000, 50, 80, 10, 2);
      StageConversion c = f.conversion(LEAD, MQL);
      assertThat(c.status()).isEqualTo(StageConversion.Status.INCONSISTENT);
      assertThat(c.rate()).isEmpty();
      assertThat(c.explanation()).startsWith("MQL 80 > Lead 50: a later stage cannot hold more than an earlier one");
      assertThat(f.inconsistencies()).containsExactly(c);
      assertThat(f.conversion(MQL, SQL).rate()).contains(Rate.of("0.125"));
    }

    @Test
    void nonTerminatingRatesKeep34Digits() {
      StageConversion c = FunnelSnapshot.of(3, 1, 1, 1, 1).conversion(VISITOR, LEAD);
      assertThat(c.rate()).contains(Rate.ofFraction(1, 3));
      assertThat(c.shortPercent()).contains("33.3%");
    }

    @Test
    void lowestConversion() {
      assertThat(handbook.lowestConversion().map(StageConversion::label)).contains("Visitor→Lead");
      assertThat(handbook.lowestConversionFrom(LEAD).map(StageConversion::label)).contains("SQL→Customer");
      assertThat(FunnelSnapshot.of(0, 0, 0, 0, 0).lowestConversion()).isEmpty();
    }

    @Test
    void stagesMustBeInOrder() {
      assertThatThrownBy(() -> handbook.conversion(SQL, MQL))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("from must be a stage before to: SQL -> MQL");
      assertThatThrownBy(() -> handbook.conversion(SQL, SQL)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Construction {
    @Test
    void negativeCountsAreRejectedNamingTheStage() {
      assertThatThrownBy(() -> FunnelSnapshot.of(100, -1, 0, 0, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("count of LEAD must not be negative: -1");
    }

    @Test
    void everyStageButOpportunityIsRequired() {
      Map<LifecycleStage, Long> m = new EnumMap<>(LifecycleStage.class);
      m.put(VISITOR, 10L);
      m.put(LEAD, 5L);
      m.put(MQL, 2L);
      m.put(CUSTOMER, 1L);
      assertThatThrownBy(() -> FunnelSnapshot.of(m))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("count of SQL is missing (only OPPORTUNITY is optional)");
      m.put(SQL, 1L);
      assertThat(FunnelSnapshot.of(m).counts()).isEqualTo(m);
    }

    @Test
    void builderAndFactoriesAgree() {
      FunnelSnapshot built = FunnelSnapshot.builder().visitors(10_000).leads(200).mqls(60).sqls(24).customers(6)
          .opportunities(12).build();
      assertThat(built).isEqualTo(FunnelSnapshot.of(10_000, 200, 60, 24, 12, 6));
      assertThat(built.hashCode()).isEqualTo(FunnelSnapshot.of(10_000, 200, 60, 24, 12, 6).hashCode());
      assertThat(built).isNotEqualTo(handbook);
      assertThat(built.count(OPPORTUNITY)).isEqualTo(OptionalLong.of(12));
      assertThat(built.stages()).containsExactly(LifecycleStage.values());
    }

    @Test
    void countsAreImmutable() {
      assertThatThrownBy(() -> handbook.counts().put(SQL, 1L)).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void toStringReadsAsATable() {
    assertThat(handbook.toString()).isEqualTo(String.join("\n",
        "FunnelSnapshot",
        "  Visitor      10 000",
        "      ↓ 2%",
        "  Lead         200",
        "      ↓ 30%",
        "  MQL          60",
        "      ↓ 40%",
        "  SQL          24",
        "      ↓ 25%",
        "  Customer     6"));
  }
}
