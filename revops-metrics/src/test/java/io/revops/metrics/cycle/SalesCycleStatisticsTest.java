package io.revops.metrics.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mean and nearest-rank percentiles of time to win from plain durations. */
class SalesCycleStatisticsTest {
  static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");

  static SalesCycleReport wonDays(long... days) {
    SalesCycleAccumulator a = SalesCycleAccumulator.of(AS_OF);
    for (int i = 0; i < days.length; i++) {
      a.addObservation(CycleObservation.won("D" + i, Duration.ofDays(days[i])));
    }
    return a.result();
  }

  @Test
  void meanAndNearestRankPercentilesOfFourDeals() {
    SalesCycleReport r = wonDays(40, 10, 30, 20);

    assertThat(r.mean().value()).isEqualTo(CycleTime.ofDays(25));
    assertThat(r.median().value()).isEqualTo(CycleTime.ofDays(20)); // rank ceil(2.0) = 2: the lower middle
    assertThat(r.p75().value()).isEqualTo(CycleTime.ofDays(30)); // rank 3
    assertThat(r.p90().value()).isEqualTo(CycleTime.ofDays(40)); // rank ceil(3.6) = 4
    assertThat(r.mean()).hasToString("Mean sales cycle = 25 days (mean of 4 won deals; 0 open, 0 lost, 0 excluded,"
        + " as of 2026-06-01T00:00:00Z, from first contact, open deals excluded, lost deals excluded)");
    assertThat(r.median().explanation().orElseThrow()).startsWith("nearest rank 2 of 4 won deals");
  }

  @Test
  void nearestRanksOfTenDeals() {
    SalesCycleReport r = wonDays(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

    assertThat(r.median().value()).isEqualTo(CycleTime.ofDays(5));
    assertThat(r.p75().value()).isEqualTo(CycleTime.ofDays(8));
    assertThat(r.p90().value()).isEqualTo(CycleTime.ofDays(9));
    assertThat(r.percentile(100).value()).isEqualTo(CycleTime.ofDays(10));
    assertThat(r.percentile(1).value()).isEqualTo(CycleTime.ofDays(1));
  }

  @Test
  void meanIsRoundedHalfEvenToTheNanosecond() {
    SalesCycleAccumulator a = SalesCycleAccumulator.of(AS_OF)
        .addObservation(CycleObservation.won("a", Duration.ofSeconds(1)))
        .addObservation(CycleObservation.won("b", Duration.ofSeconds(1)))
        .addObservation(CycleObservation.won("c", Duration.ofSeconds(2)));

    assertThat(a.result().mean().value().duration()).isEqualTo(Duration.ofSeconds(1, 333_333_333));
  }

  @Test
  void noWonDealIsNotComputable() {
    SalesCycleReport r = SalesCycleAccumulator.of(AS_OF)
        .addObservation(CycleObservation.open("a", AS_OF.minusSeconds(60), AS_OF)).result();

    assertThat(r.mean().reason()).hasValue("no won deals");
    assertThat(r.median().isComputed()).isFalse();
    assertThat(r.p90().isComputed()).isFalse();
  }

  @Test
  void percentileIsTheSmallestObservedTimeCoveringAtLeastPPercent() {
    qt().withExamples(300).forAll(lists().of(integers().between(0, 400)).ofSizeBetween(1, 50), integers().between(1, 100))
        .checkAssert((days, p) -> {
          SalesCycleReport r = wonDays(days.stream().mapToLong(Integer::longValue).toArray());
          Duration v = r.percentile(p).value().duration();
          long atOrBelow = days.stream().filter(d -> Duration.ofDays(d).compareTo(v) <= 0).count();
          long below = days.stream().filter(d -> Duration.ofDays(d).compareTo(v) < 0).count();
          assertThat(atOrBelow * 100).isGreaterThanOrEqualTo((long) p * days.size());
          assertThat(below * 100).isLessThan((long) p * days.size());
        });
  }

  @Test
  void badInput() {
    Instant t = Instant.parse("2026-03-01T00:00:00Z");
    assertThatThrownBy(() -> CycleObservation.won("D1", t, t.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end must not be before start: end 2026-02-28T23:59:59Z, start 2026-03-01T00:00:00Z (deal D1)");
    assertThatThrownBy(() -> CycleObservation.won("D2", Duration.ofDays(-1)))
        .hasMessage("duration must not be negative: PT-24H (deal D2)");
    assertThatThrownBy(() -> wonDays(1).percentile(0)).hasMessage("percentile must be in [1, 100]: 0");
    assertThatThrownBy(() -> SalesCycleAccumulator.of(AS_OF).merge(SalesCycleAccumulator.of(AS_OF,
        CycleStart.CREATION, OpenDeals.EXCLUDED, LostDeals.EXCLUDED)))
        .hasMessageStartingWith("other must have the same asOf and policies");
  }

  @Test
  void cycleTimePrintsDays() {
    assertThat(CycleTime.of(Duration.ofHours(300))).hasToString("12.5 days");
    assertThat(CycleTime.ofDays(1)).hasToString("1 day");
    assertThat(CycleTime.of(Duration.ofHours(300)).toDays()).isEqualByComparingTo("12.5");
    assertThat(List.of(CycleTime.ofDays(2), CycleTime.ofDays(1)).stream().sorted().toList())
        .containsExactly(CycleTime.ofDays(1), CycleTime.ofDays(2));
  }
}
