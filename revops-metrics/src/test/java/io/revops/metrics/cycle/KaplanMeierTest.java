package io.revops.metrics.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.revops.core.money.Rate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kaplan–Meier time to close with open and lost deals censored. */
class KaplanMeierTest {
  static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");

  static CycleObservation won(int days) {
    return CycleObservation.won("W" + days, Duration.ofDays(days));
  }

  static CycleObservation open(int days) {
    return new CycleObservation("O" + days, Duration.ofDays(days), CycleObservation.Outcome.OPEN);
  }

  static CycleObservation lost(int days) {
    return new CycleObservation("L" + days, Duration.ofDays(days), CycleObservation.Outcome.LOST);
  }

  static SalesCycleReport report(OpenDeals open, LostDeals lost, CycleObservation... obs) {
    SalesCycleAccumulator a = SalesCycleAccumulator.of(AS_OF, CycleStart.FIRST_CONTACT, open, lost);
    for (CycleObservation o : obs) {
      a.addObservation(o);
    }
    return a.result();
  }

  @Test
  void handComputedCurve() {
    // S(10) = 5/6, S(20) = 4/6, censored at 25, S(30) = 4/6 × 2/3 = 4/9 <= 1/2
    SalesCycleReport r = report(OpenDeals.CENSORED, LostDeals.EXCLUDED,
        won(10), won(20), open(25), won(30), open(40), won(50));

    KaplanMeierCurve curve = r.kaplanMeier().value();
    assertThat(curve.steps()).extracting(KaplanMeierCurve.Step::atRisk).containsExactly(6, 5, 4, 3, 2, 1);
    assertThat(curve.steps().get(1).survival()).isEqualTo(Rate.ofFraction(2, 3));
    assertThat(curve.steps().get(2).survival()).isEqualTo(Rate.ofFraction(2, 3));
    assertThat(curve.steps().get(3).survival()).isEqualTo(Rate.ofFraction(4, 9));
    assertThat(curve.steps().get(5).survival()).isEqualTo(Rate.ZERO);
    assertThat(r.medianTimeToClose().value()).isEqualTo(CycleTime.ofDays(30));
    assertThat(r.medianTimeToClose().toString()).startsWith("Median time to close (Kaplan–Meier) = 30 days (6 deals, 2 censored")
        .endsWith("open deals censored, lost deals excluded)");
    // ignoring the open deals gives a shorter, optimistic median
    assertThat(r.median().value()).isEqualTo(CycleTime.ofDays(20));
    assertThat(curve.toString()).startsWith("curve of 6 deals, median 30 days\n").contains("at risk", "44.44%");
  }

  @Test
  void timeToWinAShare() {
    KaplanMeierCurve curve = report(OpenDeals.CENSORED, LostDeals.EXCLUDED,
        won(10), won(20), open(25), won(30), open(40), won(50)).kaplanMeier().value();

    assertThat(curve.timeToWin(Rate.ofPercent(50))).isEqualTo(curve.median());
    assertThat(curve.timeToWin(Rate.of("0.16"))).contains(CycleTime.ofDays(10)); // S(10) = 5/6 <= 0.84
    assertThat(curve.timeToWin(Rate.of("0.17"))).contains(CycleTime.ofDays(20)); // 5/6 > 0.83
    assertThat(curve.timeToWin(Rate.ONE)).contains(CycleTime.ofDays(50));
    assertThat(report(OpenDeals.CENSORED, LostDeals.EXCLUDED, won(10), open(20)).kaplanMeier().value()
        .timeToWin(Rate.ofPercent(90))).isEmpty();
  }

  @Test
  void shareMustBeARateAboveZero() {
    KaplanMeierCurve curve = KaplanMeierCurve.of(List.of(won(10)));

    assertThatThrownBy(() -> curve.timeToWin(Rate.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("share must be in (0, 1]: 0%");
    // a share above 100% cannot even be built: Rate names the value and the rule
    assertThatThrownBy(() -> curve.timeToWin(Rate.of("1.4"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate must be in [0, 1]: 1.4");
  }

  @Test
  void reachingExactlyHalfIsTheMedian() {
    SalesCycleReport r = report(OpenDeals.EXCLUDED, LostDeals.EXCLUDED, won(10), won(20), won(30), won(40));

    assertThat(r.medianTimeToClose().value()).isEqualTo(CycleTime.ofDays(20));
  }

  @Test
  void curveThatNeverFallsToHalfIsNotComputable() {
    SalesCycleReport r = report(OpenDeals.CENSORED, LostDeals.EXCLUDED, won(10), open(20), open(30), open(40));

    assertThat(r.medianTimeToClose().isComputed()).isFalse();
    assertThat(r.medianTimeToClose().reason())
        .hasValue("the curve never falls to 50%: 75.00% still not won at the longest time");
  }

  @Test
  void lostDealsAreCensoredOnlyByPolicy() {
    CycleObservation[] obs = {won(10), lost(15), lost(16), won(30), won(40), won(50)};

    SalesCycleReport excluded = report(OpenDeals.EXCLUDED, LostDeals.EXCLUDED, obs);
    assertThat(excluded.kaplanMeier().value().steps()).hasSize(4);
    assertThat(excluded.medianTimeToClose().value()).isEqualTo(CycleTime.ofDays(30)); // 3/4, then 1/2
    SalesCycleReport censored = report(OpenDeals.EXCLUDED, LostDeals.CENSORED, obs);
    assertThat(censored.kaplanMeier().value().steps()).hasSize(6);
    // 5/6, then 5/6 × 2/3 = 5/9 at 30, then 5/18 at 40
    assertThat(censored.medianTimeToClose().value()).isEqualTo(CycleTime.ofDays(40));
  }

  @Test
  void censoredAtTheSameTimeAsAWinIsStillAtRisk() {
    SalesCycleReport r = report(OpenDeals.CENSORED, LostDeals.EXCLUDED, won(10), open(10), won(20));

    KaplanMeierCurve.Step first = r.kaplanMeier().value().steps().get(0);
    assertThat(first.atRisk()).isEqualTo(3);
    assertThat(first.survival()).isEqualTo(Rate.ofFraction(2, 3));
  }

  @Test
  void noDealsIsNotComputable() {
    assertThat(report(OpenDeals.CENSORED, LostDeals.CENSORED).medianTimeToClose().reason()).hasValue("no deals");
  }

  @Test
  void withoutCensoringTheMedianIsTheNearestRankMedian() {
    qt().withExamples(300).forAll(lists().of(integers().between(0, 200)).ofSizeBetween(1, 40)).checkAssert(days -> {
      SalesCycleReport r = report(OpenDeals.CENSORED, LostDeals.CENSORED,
          days.stream().map(KaplanMeierTest::won).toArray(CycleObservation[]::new));
      assertThat(r.medianTimeToClose().value()).isEqualTo(r.median().value());
    });
  }

  @Test
  void survivalNeverRisesAndStaysInZeroOne() {
    qt().withExamples(300).forAll(lists().of(integers().between(0, 600)).ofSizeBetween(1, 40)).checkAssert(codes -> {
      List<CycleObservation> obs = new java.util.ArrayList<>();
      for (int i = 0; i < codes.size(); i++) {
        int c = codes.get(i);
        obs.add(new CycleObservation("D" + i, Duration.ofDays(c / 3), CycleObservation.Outcome.values()[c % 3]));
      }
      KaplanMeierCurve curve = KaplanMeierCurve.of(obs);
      Rate previous = Rate.ONE;
      for (KaplanMeierCurve.Step s : curve.steps()) {
        assertThat(s.survival()).isLessThanOrEqualTo(previous);
        previous = s.survival();
      }
      assertThat(curve.steps().stream().mapToInt(s -> s.won() + s.censored()).sum()).isEqualTo(obs.size());
    });
  }

  @Test
  void aDealCensoredAtTheTimeOfAWinIsStillAtRiskThen() {
    // 4 deals: at day 10 one is won and one censored (open) — events first, so n = 4, S(10) = 3/4 (not 2/3);
    // at day 20 one of the 2 left is won: S(20) = 3/4 × 1/2 = 3/8
    KaplanMeierCurve curve = KaplanMeierCurve.of(List.of(won(10),
        new CycleObservation("O10", Duration.ofDays(10), CycleObservation.Outcome.OPEN), won(20), open(30)));

    assertThat(curve.steps()).extracting(KaplanMeierCurve.Step::atRisk).containsExactly(4, 2, 1);
    assertThat(curve.steps().get(0).won()).isEqualTo(1);
    assertThat(curve.steps().get(0).censored()).isEqualTo(1);
    assertThat(curve.steps().get(0).survival()).isEqualTo(Rate.ofFraction(3, 4));
    assertThat(curve.steps().get(1).survival()).isEqualTo(Rate.ofFraction(3, 8));
    assertThat(curve.median()).contains(CycleTime.ofDays(20));
  }
}
