package io.revops.metrics.conversion;

import static io.revops.metrics.conversion.Histories.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.LeadSource;
import io.revops.core.money.Amounts;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Win rate = won / (won + lost) of deals closed in a window; open deals are left out and counted. */
class WinRateAccumulatorTest {
  static final Instant FROM = day(0);
  static final Instant TO = day(100);

  static LeadEventHistory deal(String id, String source, Boolean won, int closeDay) {
    LeadEventHistory.Builder b = LeadEventHistory.builder(id).created(day(0), source).acceptedAsSql(day(0), "rep");
    if (Boolean.TRUE.equals(won)) {
      b.won(day(closeDay), "rep", Amounts.of(100, "RUB"));
    } else if (Boolean.FALSE.equals(won)) {
      b.lost(day(closeDay), "rep", "price");
    }
    return b.build();
  }

  @Test
  void wonOverWonPlusLost() {
    ConversionReport r = WinRateAccumulator.of(FROM, TO).addAll(List.of(
        deal("A", "ads", true, 10), deal("B", "ads", false, 20), deal("C", "referral", true, 30),
        deal("D", "referral", true, 40), deal("E", "ads", null, 0), deal("F", "ads", true, 150))).result();

    assertThat(r.overall().value()).isEqualTo(Proportion.of(3, 4));
    assertThat(r.overall().explanation()).hasValue(
        "3 won / 4 deals won or lost in [2026-01-01T00:00:00Z, 2026-04-11T00:00:00Z); 2 open deals left out");
    assertThat(r.forSource(LeadSource.of("referral")).value()).isEqualTo(Proportion.of(2, 2));
    assertThat(r.forSource(LeadSource.of("ads")).value()).isEqualTo(Proportion.of(1, 2));
  }

  @Test
  void wonAndLostIsExcludedAndListed() {
    LeadEventHistory both = LeadEventHistory.builder("Z").created(day(0), "ads")
        .won(day(5), "rep", Amounts.of(1, "RUB")).lost(day(6), "rep", "x").build();

    ConversionReport r = WinRateAccumulator.of(FROM, TO).add(both).result();

    assertThat(r.overall().reason()).hasValue("no deals won or lost in [2026-01-01T00:00:00Z, 2026-04-11T00:00:00Z)");
    assertThat(r.excluded()).hasSize(1);
    assertThat(r.anomalousCount()).isEqualTo(1);
  }

  @Test
  void emptyWindowIsRejected() {
    assertThatThrownBy(() -> WinRateAccumulator.of(TO, FROM)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("windowEnd must be after windowStart");
  }

  @Test
  void mergingAnySplitEqualsTheWhole() {
    var tagged = Histories.histories().zip(integers().between(0, 2), ConversionAccumulatorTest.Tagged::new);
    qt().withExamples(150).forAll(lists().of(tagged).ofSizeBetween(1, 30)).checkAssert(items -> {
      WinRateAccumulator[] parts = {WinRateAccumulator.of(FROM, TO), WinRateAccumulator.of(FROM, TO),
          WinRateAccumulator.of(FROM, TO)};
      WinRateAccumulator whole = WinRateAccumulator.of(FROM, TO);
      items.forEach(t -> {
        parts[t.part()].add(t.history());
        whole.add(t.history());
      });
      assertThat(parts[1].merge(parts[2]).merge(parts[0]).result()).isEqualTo(whole.result());
    });
  }
}
