package io.revops.metrics.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.money.Ratio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LtvCacBandTest {

  @ParameterizedTest
  @CsvSource({
      "0, LOSING_MONEY", "0.9999, LOSING_MONEY", "1, SURVIVING", "2.5, SURVIVING", "2.9999, SURVIVING",
      "3, HEALTHY", "3.84, HEALTHY", "4.5, HEALTHY", "5, HEALTHY", "5.0001, UNDER_INVESTING", "12, UNDER_INVESTING"})
  void boundariesFollowTheHandbook(String ratio, LtvCacBand band) {
    assertThat(LtvCacBand.of(Ratio.of(ratio))).isEqualTo(band);
  }
}
