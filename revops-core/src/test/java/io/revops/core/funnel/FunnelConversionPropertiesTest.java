package io.revops.core.funnel;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.revops.core.money.Rate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The laws of funnel conversion rates. */
class FunnelConversionPropertiesTest {
  private static final BigDecimal TOLERANCE = new BigDecimal("1e-30");

  /** Any non-negative counts, in any relation to each other, with or without opportunity. */
  private static Gen<FunnelSnapshot> anySnapshot() {
    return lists().of(longs().between(0, 1_000_000_000L)).ofSize(6).zip(booleans().all(), (counts, withOpp) -> {
      Map<LifecycleStage, Long> m = new EnumMap<>(LifecycleStage.class);
      for (LifecycleStage s : LifecycleStage.values()) {
        if (!s.isOptional() || withOpp) {
          m.put(s, counts.get(s.ordinal()));
        }
      }
      return FunnelSnapshot.of(m);
    });
  }

  /** Positive, non-increasing counts: every conversion is defined. */
  private static Gen<FunnelSnapshot> shrinkingSnapshot() {
    return longs().between(1, 1_000_000_000L).zip(lists().of(integers().between(1, 1000)).ofSize(5),
        booleans().all(), (top, permille, withOpp) -> {
          Map<LifecycleStage, Long> m = new EnumMap<>(LifecycleStage.class);
          long count = top;
          for (LifecycleStage s : LifecycleStage.values()) {
            if (s != LifecycleStage.VISITOR) {
              count = Math.max(1, count * permille.get(s.ordinal() - 1) / 1000);
            }
            if (!s.isOptional() || withOpp) {
              m.put(s, count);
            }
          }
          return FunnelSnapshot.of(m);
        });
  }

  @Test
  void everyDefinedRateIsInZeroOne() {
    qt().withExamples(500).forAll(anySnapshot()).check(f -> f.conversions().stream()
        .allMatch(c -> c.rate().map(r -> r.compareTo(Rate.ZERO) >= 0 && r.compareTo(Rate.ONE) <= 0).orElse(true)));
  }

  @Test
  void aConversionIsDefinedExactlyWhenTheEarlierStageIsPositiveAndNotSmaller() {
    qt().withExamples(500).forAll(anySnapshot()).check(f -> {
      List<LifecycleStage> stages = f.stages();
      for (int i = 0; i < stages.size(); i++) {
        for (int j = i + 1; j < stages.size(); j++) {
          long a = f.count(stages.get(i)).orElseThrow();
          long b = f.count(stages.get(j)).orElseThrow();
          StageConversion c = f.conversion(stages.get(i), stages.get(j));
          boolean defined = a > 0 && b <= a;
          if (c.isDefined() != defined || c.rate().isPresent() != defined) {
            return false;
          }
          if (defined && c.rate().orElseThrow().toBigDecimal().multiply(BigDecimal.valueOf(a))
              .subtract(BigDecimal.valueOf(b)).abs().compareTo(TOLERANCE.multiply(BigDecimal.valueOf(a))) > 0) {
            return false;
          }
        }
      }
      return true;
    });
  }

  @Test
  void theProductOfConsecutiveConversionsIsTheOverallConversion() {
    qt().withExamples(500).forAll(shrinkingSnapshot()).check(f -> {
      BigDecimal product = BigDecimal.ONE;
      for (StageConversion c : f.conversions()) {
        product = product.multiply(c.rate().orElseThrow().toBigDecimal(), MathContext.DECIMAL128);
      }
      BigDecimal overall = f.overall().rate().orElseThrow().toBigDecimal();
      return product.subtract(overall).abs().compareTo(TOLERANCE) <= 0;
    });
  }

  @Test
  void conversionsSkipOpportunityExactlyWhenItIsAbsent() {
    qt().withExamples(200).forAll(anySnapshot()).check(f -> {
      List<StageConversion> cs = f.conversions();
      boolean chained = true;
      for (int i = 0; i + 1 < cs.size(); i++) {
        chained &= cs.get(i).to() == cs.get(i + 1).from();
      }
      return chained && cs.size() == f.stages().size() - 1
          && cs.get(0).from() == LifecycleStage.VISITOR && cs.get(cs.size() - 1).to() == LifecycleStage.CUSTOMER
          && cs.stream().anyMatch(c -> c.to() == LifecycleStage.OPPORTUNITY) == f.records(LifecycleStage.OPPORTUNITY);
    });
  }

  @Test
  void theLowestConversionIsNoHigherThanAnyDefinedOne() {
    qt().withExamples(300).forAll(anySnapshot()).check(f -> f.lowestConversion()
        .map(low -> f.conversions().stream().filter(StageConversion::isDefined)
            .allMatch(c -> !c.rate().orElseThrow().isLessThan(low.rate().orElseThrow())))
        .orElse(f.conversions().stream().noneMatch(StageConversion::isDefined)));
  }
}
