package io.revops.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.revops.core.batch.Findings;
import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.hipparchus.special.Beta;
import org.junit.jupiter.api.Test;

/** sBG against Fader and Hardie (2007), "How to Project Customer Retention", Table 1 and its fitted values. */
class SbgModelTest {
  // Fader & Hardie (2007), Table 1: survivors of two cohorts of 1000 in years 0..7, the data the paper fits
  static final SurvivorCounts REGULAR = SurvivorCounts.of(1000, 631, 468, 382, 326, 289, 262, 241);
  static final SurvivorCounts HIGH_END = SurvivorCounts.of(1000, 869, 743, 653, 593, 551, 517, 491);

  @Test
  void reproducesThePapersEstimatesFromTheFirstSevenYears() {
    SbgModel regular = SbgModel.fit(REGULAR);
    SbgModel highEnd = SbgModel.fit(HIGH_END);
    assertThat(regular.alpha()).isCloseTo(0.704, within(0.0005));
    assertThat(regular.beta()).isCloseTo(1.182, within(0.0005));
    assertThat(highEnd.alpha()).isCloseTo(0.668, within(0.0005));
    assertThat(highEnd.beta()).isCloseTo(3.806, within(0.0005));
    assertThat(regular.fit().converged()).isTrue();
    assertThat(regular.fit().estimates()).allSatisfy(e -> assertThat(e.standardError()).isPresent());
    assertThat(regular.fit().inputs()).isEqualTo("a cohort of 1000 over 7 periods");
    // the log-likelihood, written independently with P(T = t) = B(α+1, β+t−1)/B(α, β), S(7) = B(α, β+7)/B(α, β)
    for (var m : java.util.List.of(regular, highEnd)) {
      double a = m.alpha();
      double b = m.beta();
      java.util.List<Integer> s = m.data().get(0).survivors();
      double ll = s.get(7) * (Beta.logBeta(a, b + 7) - Beta.logBeta(a, b));
      for (int t = 1; t <= 7; t++) {
        ll += (s.get(t - 1) - s.get(t)) * (Beta.logBeta(a + 1, b + t - 1) - Beta.logBeta(a, b));
      }
      assertThat(m.fit().logLikelihood()).isCloseTo(ll, within(1e-8));
    }
  }

  @Test
  void curvesFollowTheirRecursions() {
    SbgModel m = SbgModel.fit(REGULAR);
    double a = m.alpha();
    double b = m.beta();
    assertThat(m.churnProbability(1)).isCloseTo(a / (a + b), within(1e-15));
    assertThat(m.survival(0)).isEqualTo(1.0);
    double s = 1;
    for (int t = 1; t <= 12; t++) {
      s -= m.churnProbability(t);
      assertThat(m.survival(t)).as("S(%s)", t).isCloseTo(s, within(1e-12));
      assertThat(m.retention(t)).isCloseTo(m.survival(t) / m.survival(t - 1), within(1e-12));
    }
    // retention rises: the likelier leavers leave first
    assertThat(m.retention(2)).isGreaterThan(m.retention(1));
    // the fitted curve runs close to the data it was fitted to
    for (int t = 1; t <= 7; t++) {
      assertThat(1000 * m.survival(t)).isCloseTo(REGULAR.survivors().get(t), within(0.05 * 1000 * m.survival(t)));
    }
  }

  @Test
  void lifetimesAreTheDiscountedSumsOfSurvival() {
    SbgModel m = SbgModel.fit(HIGH_END);
    double d = 0.10;
    double del = 0;
    double derl = 0;
    for (int t = 0; t < 2000; t++) {
      del += m.survival(t) / Math.pow(1 + d, t);
    }
    int renewals = 4;
    for (int t = renewals + 1; t < 2000; t++) {
      derl += m.survival(t) / m.survival(renewals) / Math.pow(1 + d, t - renewals - 1);
    }
    assertThat(m.discountedExpectedLifetime(Rate.ofPercent(10))).isCloseTo(del, within(1e-9));
    assertThat(m.discountedExpectedResidualLifetime(Rate.ofPercent(10), renewals)).isCloseTo(derl, within(1e-9));
    MonetaryAmount ltv = m.lifetimeValue(Amounts.of(100, "USD"), Rate.ofPercent(10), RoundingMode.HALF_EVEN).value();
    assertThat(Amounts.toBigDecimal(ltv).doubleValue()).isCloseTo(100 * del, within(0.005));
    assertThat(m.residualValue(Amounts.of(100, "USD"), Rate.ofPercent(10), renewals, RoundingMode.HALF_EVEN)
        .toString()).startsWith("Expected residual value (sBG) = ").contains("after 4 renewals", "alpha 0.668");
    assertThatThrownBy(() -> m.discountedExpectedLifetime(Rate.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("discountRate must be positive: 0%");
  }

  @Test
  void fitsEachCohortAndReportsTheOnesItCannot() {
    Map<String, SurvivorCounts> segments = new LinkedHashMap<>();
    segments.put("regular", REGULAR);
    segments.put("nobody leaves", SurvivorCounts.of(10, 10, 10));
    segments.put("high end", HIGH_END);
    Findings findings = Findings.create();
    Map<String, SbgModel> fitted = SbgModel.fitEach(segments, findings);
    assertThat(fitted.keySet()).containsExactly("regular", "high end");
    assertThat(findings.all()).singleElement().satisfies(f -> {
      assertThat(f.line()).isEqualTo(2);
      assertThat(f.value()).hasValue("nobody leaves");
      assertThat(f.rule()).isEqualTo("survivors must fall at least once for an sBG fit: all 10 of the cohort "
          + "stayed 2 periods (the likelihood grows without bound as churn goes to 0)");
    });
    // a cohort that leaves at one steady rate has no heterogeneity to estimate: α and β run off together
    assertThatThrownBy(() -> SbgModel.fit(SurvivorCounts.of(1000, 500, 250, 125, 62, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("data must identify the model: the sBG likelihood of a cohort of 1000 over 5 periods "
            + "has no maximum at finite parameters");
  }

  @Test
  void poolsCohortsOfDifferentLengthsIntoOneLikelihood() {
    // a cohort cut at year 4 and one at year 7 of the same segment: each censored at its own end
    SurvivorCounts early = SurvivorCounts.of(1000, 631, 468, 382, 326);
    SbgModel pooled = SbgModel.fitPooled(java.util.List.of(early, REGULAR));
    double separate = SbgModel.logLikelihood(early.survivors(), pooled.alpha(), pooled.beta())
        + SbgModel.logLikelihood(REGULAR.survivors(), pooled.alpha(), pooled.beta());
    assertThat(pooled.fit().logLikelihood()).isCloseTo(separate, within(1e-9));
    assertThat(pooled.fit().inputs()).isEqualTo("2 cohorts of 2000 customers over up to 7 periods");
    // the same data twice over estimates the same parameters as once
    SbgModel twice = SbgModel.fitPooled(java.util.List.of(REGULAR, REGULAR));
    assertThat(twice.alpha()).isCloseTo(0.704, within(0.0005));
    assertThat(twice.beta()).isCloseTo(1.182, within(0.0005));
    assertThatThrownBy(() -> SbgModel.fitPooled(java.util.List.of(SurvivorCounts.of(5, 5, 5))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cohorts must lose a customer for an sBG fit: all 5 customers stayed");
  }

  @Test
  void refusesCountsThatAreNotASurvivalCurve() {
    assertThatThrownBy(() -> SurvivorCounts.of(100, 90)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("survivors must give the cohort and at least 2 periods: 2 counts");
    assertThatThrownBy(() -> SurvivorCounts.of(100, 90, 95)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("survivors must not increase: 95 after period 2, 90 after period 1");
    assertThatThrownBy(() -> SurvivorCounts.of(0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("survivors must start with a non-empty cohort: 0");
  }
}
