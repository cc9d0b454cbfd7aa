package io.revops.metrics.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.revops.core.money.Rate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Greenwood standard errors, confidence intervals and quantile intervals against R survival's {@code survfit}.
 *
 * <p>The expected values are committed next to this test: {@code survfit-expected.R} (run with {@code Rscript} in
 * {@code src/test/resources/io/revops/metrics/cycle}) wrote each case's data ({@code <case>-data.csv}), the
 * curve {@code survfit} returned with its defaults ({@code <case>-survfit.csv}: conf.type "log", 95%), the
 * plain intervals ({@code <case>-plain.csv}) and {@code quantile.survfit}'s quartiles
 * ({@code <case>-quantiles.csv}), at 17 significant digits; {@code survfit-expected.out} records the R and
 * survival versions. The cases: R's {@code aml} and {@code lung} (time in days here), and two small curves that sit
 * exactly at a quartile over a stretch.
 */
class KaplanMeierConfidenceTest {
  static final double TOLERANCE = 1e-9;

  static List<String[]> csv(String name) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        KaplanMeierConfidenceTest.class.getResourceAsStream(name), StandardCharsets.UTF_8))) {
      List<String[]> rows = new ArrayList<>();
      in.readLine();
      for (String line; (line = in.readLine()) != null; ) {
        rows.add(line.split(",", -1));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static KaplanMeierCurve curve(String name) {
    List<CycleObservation> obs = new ArrayList<>();
    int i = 0;
    for (String[] r : csv(name + "-data.csv")) {
      Duration d = Duration.ofDays(Long.parseLong(r[0]));
      obs.add(new CycleObservation("D" + i++, d,
          r[1].equals("1") ? CycleObservation.Outcome.WON : CycleObservation.Outcome.OPEN));
    }
    return KaplanMeierCurve.of(obs);
  }

  static void assertR(OptionalDouble actual, String expected, String what) {
    if (expected.equals("NA") || expected.equals("Inf")) {
      assertThat(actual).as(what).isEmpty();
    } else {
      assertThat(actual).as(what).isPresent();
      assertThat(actual.getAsDouble()).as(what).isCloseTo(Double.parseDouble(expected), within(TOLERANCE));
    }
  }

  static void assertR(Optional<CycleTime> actual, String expected, String what) {
    if (expected.equals("NA")) {
      assertThat(actual).as(what).isEmpty();
    } else {
      assertThat(actual).as(what).isPresent();
      assertThat(actual.get().toDays().doubleValue()).as(what).isCloseTo(Double.parseDouble(expected),
          within(TOLERANCE));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"aml", "lung", "flat", "endsflat"})
  void greenwoodErrorsAndLogIntervalsEqualSurvfit(String name) {
    KaplanMeierBand band = curve(name).confidenceBand(Rate.ofPercent(95));
    List<String[]> expected = csv(name + "-survfit.csv");
    assertThat(band.points()).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      String[] r = expected.get(i);
      KaplanMeierBand.Point p = band.points().get(i);
      KaplanMeierCurve.Step s = band.curve().steps().get(i);
      String at = name + " t=" + r[0];
      assertThat(p.time()).isEqualTo(CycleTime.ofDays(Long.parseLong(r[0])));
      assertThat(s.atRisk()).as(at).isEqualTo(Integer.parseInt(r[1]));
      assertThat(s.won()).as(at).isEqualTo(Integer.parseInt(r[2]));
      assertThat(s.censored()).as(at).isEqualTo(Integer.parseInt(r[3]));
      assertThat(p.survival()).as(at).isCloseTo(Double.parseDouble(r[4]), within(TOLERANCE));
      assertR(p.standardError(), r[5], at + " std.err");
      assertR(p.lower(), r[6], at + " lower");
      assertR(p.upper(), r[7], at + " upper");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"aml", "lung", "flat", "endsflat"})
  void plainIntervalsEqualSurvfit(String name) {
    KaplanMeierBand band = KaplanMeierBand.of(curve(name), Rate.ofPercent(95), ConfidenceTransform.PLAIN);
    List<String[]> expected = csv(name + "-plain.csv");
    for (int i = 0; i < expected.size(); i++) {
      String[] r = expected.get(i);
      assertR(band.points().get(i).lower(), r[1], name + " t=" + r[0] + " lower");
      assertR(band.points().get(i).upper(), r[2], name + " t=" + r[0] + " upper");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"aml", "lung", "flat", "endsflat"})
  void medianAndItsIntervalEqualPrintSurvfit(String name) {
    KaplanMeierBand.Quantile median = curve(name).confidenceBand(Rate.ofPercent(95))
        .median(QuantilePolicy.MIDPOINT_OF_FLAT);
    String[] r = csv(name + "-median.csv").get(0);
    assertR(median.estimate(), r[0], name + " median");
    assertR(median.lower(), r[1], name + " 0.95LCL");
    assertR(median.upper(), r[2], name + " 0.95UCL");
  }

  @ParameterizedTest
  @ValueSource(strings = {"aml", "lung", "flat"})
  void quartilesAndTheirIntervalsEqualQuantileSurvfitWhereTheCurvesFallMonotonically(String name) {
    KaplanMeierBand band = curve(name).confidenceBand(Rate.ofPercent(95));
    for (String[] r : csv(name + "-quantiles.csv")) {
      if (name.equals("aml") && r[0].equals("0.5")) {
        // aml's upper curve rises from 0.4584 (day 45) to 0.4623 (day 48): quantile.survfit sorts and says 48,
        // print(survfit) (the median test above) and revops say 45, the first day the curve is at or below 0.5
        assertThat(r[3]).isEqualTo("48");
        continue;
      }
      KaplanMeierBand.Quantile q = band.quantile(Rate.of(r[0]), QuantilePolicy.MIDPOINT_OF_FLAT);
      String at = name + " p=" + r[0];
      assertR(q.estimate(), r[1], at + " quantile");
      assertR(q.lower(), r[2], at + " lower");
      assertR(q.upper(), r[3], at + " upper");
    }
  }

  @Test
  void theTwoQuantilePoliciesDifferOnlyOnAFlatStretch() {
    KaplanMeierBand flat = curve("flat").confidenceBand(Rate.ofPercent(95));
    // S = 1/2 exactly from day 3 until the win on day 5
    assertThat(flat.median(QuantilePolicy.FIRST_AT_OR_BELOW).estimate()).contains(CycleTime.ofDays(3));
    assertThat(flat.median(QuantilePolicy.MIDPOINT_OF_FLAT).estimate()).contains(CycleTime.ofDays(4));
    assertThat(flat.median(QuantilePolicy.FIRST_AT_OR_BELOW).estimate()).isEqualTo(flat.curve().median());
    KaplanMeierBand aml = curve("aml").confidenceBand(Rate.ofPercent(95));
    assertThat(aml.median(QuantilePolicy.FIRST_AT_OR_BELOW)).isEqualTo(aml.median(QuantilePolicy.FIRST_AT_OR_BELOW));
    assertThat(aml.median(QuantilePolicy.FIRST_AT_OR_BELOW).estimate())
        .isEqualTo(aml.median(QuantilePolicy.MIDPOINT_OF_FLAT).estimate());
    assertThat(aml.median(QuantilePolicy.MIDPOINT_OF_FLAT).toString())
        .isEqualTo("time to win 50% = 27 days (95% CI 18 days to 45 days, "
            + "quantile: midpoint of a flat stretch at 1 - p (R survfit))");
    assertThat(aml.toString()).startsWith("Kaplan–Meier curve with 95% log-transformed intervals (R survfit default)")
        .contains("std.err");
  }

  @Test
  void greenwoodVarianceIsTheVarianceOfSurvivalItself() {
    KaplanMeierBand.Point p = curve("aml").confidenceBand(Rate.ofPercent(95)).points().get(0);
    // S = 21/23 after 2 of 23: Var = S² · 2/(23·21)
    assertThat(p.greenwoodVariance().getAsDouble())
        .isCloseTo(Math.pow(21.0 / 23, 2) * 2 / (23.0 * 21), within(1e-15));
  }

  @Test
  void levelMustBeStrictlyBetweenZeroAndOne() {
    KaplanMeierCurve c = curve("aml");
    assertThatThrownBy(() -> c.confidenceBand(Rate.ONE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("level must be in (0, 1): 100%");
  }
}
