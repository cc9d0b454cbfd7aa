package io.revops.metrics.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.money.Amounts;
import io.revops.core.money.CurrencyMismatchException;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ARPA and ACV. */
class ArpaAcvTest {
  @Test
  void arpa() {
    assertThat(Arpa.of(Amounts.of(10_000_000, "RUB"), 50))
        .hasToString("ARPA = 200 000,00 RUB (10 000 000,00 RUB revenue / 50 accounts)");
    assertThat(Arpa.of(Amounts.of(10_000_000, "RUB"), 0)).hasToString(
        "ARPA not computable: no accounts (10 000 000,00 RUB revenue / 0 accounts)");
    assertThat(Amounts.format(Arpa.of(Amounts.of(2, "RUB"), 3, RoundingMode.DOWN).value())).isEqualTo("0,66 RUB");
    assertThatThrownBy(() -> Arpa.of(Amounts.of(2, "RUB"), -3)).hasMessage("accounts must not be negative: -3");
  }

  @Test
  void acvFromTotal() {
    assertThat(Acv.of(Amounts.of(6_000_000, "RUB"), 3))
        .hasToString("ACV = 2 000 000,00 RUB (6 000 000,00 RUB first-year value / 3 contracts)");
    assertThat(Acv.of(Amounts.of(0, "RUB"), 0).reason()).contains("no contracts");
  }

  @Test
  void acvFromContracts() {
    assertThat(Acv.of(Amounts.currency("RUB"),
        List.of(Amounts.of(1_000_000, "RUB"), Amounts.of(2_000_000, "RUB"), Amounts.of(3_000_000, "RUB"))))
        .isEqualTo(Acv.of(Amounts.of(6_000_000, "RUB"), 3));
    assertThat(Acv.of(Amounts.currency("RUB"), List.of()).reason()).contains("no contracts");
    assertThatThrownBy(() -> Acv.of(Amounts.currency("RUB"), List.of(Amounts.of(1, "USD"))))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> Acv.of(Amounts.currency("RUB"), List.of(Amounts.of(-1, "RUB"))))
        .hasMessage("firstYearValue must not be negative: -1,00 RUB");
  }
}
