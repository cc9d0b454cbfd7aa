package io.revops.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BG/NBD against Fader, Hardie and Lee (2005) on CDNOW, and Hardie's spreadsheet figures. */
class BgNbdModelTest {
  static final BgNbdModel CDNOW = BgNbdModel.fit(Cdnow.CUSTOMERS);

  @Test
  void reproducesThePublishedEstimatesToTheirThreeDecimals() {
    assertThat(Cdnow.CUSTOMERS).hasSize(2357);
    assertThat(CDNOW.r()).isCloseTo(0.243, within(0.0005));
    assertThat(CDNOW.alpha()).isCloseTo(4.414, within(0.0005));
    assertThat(CDNOW.a()).isCloseTo(0.793, within(0.0005));
    assertThat(CDNOW.b()).isCloseTo(2.426, within(0.0005));
    assertThat(CDNOW.fit().logLikelihood()).isCloseTo(-9582.4, within(0.05));
    assertThat(CDNOW.fit().converged()).isTrue();
  }

  @Test
  void reportsStandardErrorsFromTheObservedInformation() {
    ModelFit fit = CDNOW.fit();
    assertThat(fit.estimates()).extracting(ModelFit.Estimate::name).containsExactly("r", "alpha", "a", "b");
    for (ModelFit.Estimate e : fit.estimates()) {
      assertThat(e.standardError()).isPresent();
      assertThat(e.standardError().getAsDouble()).isPositive().isLessThan(e.value());
    }
    assertThat(fit.standardErrorNote()).isEmpty();
    assertThat(fit.toString()).startsWith("BG/NBD fit of 2357 customers (946 with repeat purchases): log-likelihood -9582.4")
        .contains("converged", "alpha", "(SE ");
  }

  @Test
  void matchesHardiesSpreadsheet() {
    // lifetimes' checks against Hardie's Excel implementation of the paper
    assertThat(CDNOW.expectedPurchases(39, CustomerSummary.of("1", 2, 30.43, 38.86))).isCloseTo(1.226, within(0.001));
    double[] t = {0.1429, 1.0, 3.00, 31.8571, 32.00, 78.00};
    double[] expected = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576};
    for (int i = 0; i < t.length; i++) {
      assertThat(CDNOW.expectedPurchases(t[i])).as("E[X(%s)]", t[i]).isCloseTo(expected[i], within(0.0005));
    }
  }

  @Test
  void probabilityAliveIsOneWithoutRepeatPurchasesAndFallsWithSilence() {
    assertThat(CDNOW.probabilityAlive(CustomerSummary.of("new", 0, 0, 10))).isEqualTo(1.0);
    double recent = CDNOW.probabilityAlive(CustomerSummary.of("recent", 3, 38, 38.86));
    double silent = CDNOW.probabilityAlive(CustomerSummary.of("silent", 3, 5, 38.86));
    assertThat(recent).isBetween(0.0, 1.0).isGreaterThan(silent);
    assertThat(silent).isPositive();
  }

  @Test
  void fitIsTheSameWhateverTheOrderOfTheCustomers() {
    List<CustomerSummary> shuffled = new ArrayList<>(Cdnow.CUSTOMERS);
    Collections.reverse(shuffled);
    BgNbdModel again = BgNbdModel.fit(shuffled);
    assertThat(again.fit().logLikelihood()).isCloseTo(CDNOW.fit().logLikelihood(), within(1e-6));
  }

  @Test
  void refusesTooFewCustomersOrNoRepeatPurchases() {
    assertThatThrownBy(() -> BgNbdModel.fit(Cdnow.CUSTOMERS.subList(0, 9)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customers must number at least 10 for a BG/NBD fit: 9");
    List<CustomerSummary> oneTimers = Cdnow.CUSTOMERS.stream().filter(c -> c.frequency() == 0).toList();
    assertThatThrownBy(() -> BgNbdModel.fit(oneTimers)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customers must include one with a repeat purchase for a BG/NBD fit: all 1411 have frequency 0");
    assertThatThrownBy(() -> CDNOW.expectedPurchases(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t must be non-negative and finite: -1.0");
  }

  @Test
  void theAnalyticGradientIsTheDerivativeOfTheLogLikelihood() {
    RfmData data = new RfmData(Cdnow.CUSTOMERS);
    for (double[] p : new double[][] {{0.243, 4.414, 0.793, 2.426}, {1, 3, 1, 1}, {0.05, 20, 5, 0.3}}) {
      double[] gradient = new double[4];
      double value = BgNbdModel.logLikelihood(data, p, gradient);
      assertThat(value).isCloseTo(BgNbdModel.logLikelihood(data, p, null), within(1e-9));
      for (int i = 0; i < 4; i++) {
        double h = 1e-5 * p[i];
        double[] up = p.clone();
        double[] down = p.clone();
        up[i] += h;
        down[i] -= h;
        double numeric = (BgNbdModel.logLikelihood(data, up, null) - BgNbdModel.logLikelihood(data, down, null)) / (2 * h);
        assertThat(gradient[i]).as("d/dp%s at %s", i, java.util.Arrays.toString(p))
            .isCloseTo(numeric, within(2e-5 * Math.max(1, Math.abs(numeric))));
      }
    }
  }
}
