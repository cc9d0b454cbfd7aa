package io.revops.metrics.acquisition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.money.Amounts;
import io.revops.core.money.CurrencyMismatchException;
import io.revops.metrics.MetricResult;
import java.math.RoundingMode;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/** CAC from totals: the handbook example, rounding, not computable, bad input. */
class CacTest {
  private static final MonetaryAmount MARKETING = Amounts.of(5_000_000, "RUB");
  private static final MonetaryAmount SALES = Amounts.of(10_000_000, "RUB");

  @Test
  void handbookExample() {
    MetricResult<MonetaryAmount> cac = Cac.of(MARKETING, SALES, 30);

    assertThat(Amounts.isEqual(cac.value(), Amounts.of(500_000, "RUB"))).isTrue();
    assertThat(cac.policies()).containsExactly(SpendTiming.SAME_PERIOD);
    assertThat(cac).hasToString("CAC = 500 000,00 RUB (15 000 000,00 RUB spend / 30 new customers, same-period spend)");
  }

  @Test
  void noNewCustomersIsNotComputable() {
    MetricResult<MonetaryAmount> cac = Cac.of(MARKETING, SALES, 0);

    assertThat(cac.isComputed()).isFalse();
    assertThat(cac.reason()).contains("no new customers");
    assertThat(cac).hasToString(
        "CAC not computable: no new customers (15 000 000,00 RUB spend / 0 new customers, same-period spend)");
  }

  @Test
  void laggedSpendIsNamedInTheResult() {
    MetricResult<MonetaryAmount> cac = Cac.of(Amounts.of(900_000, "RUB"), 1, SpendTiming.LAGGED_ONE_PERIOD);

    assertThat(cac).hasToString("CAC = 900 000,00 RUB (900 000,00 RUB spend / 1 new customer, spend lagged one period)");
  }

  @Test
  void roundingIsExplicitAndDefaultsToHalfEven() {
    MonetaryAmount spend = Amounts.of(100, "RUB");

    assertThat(Amounts.format(Cac.of(spend, 3, SpendTiming.SAME_PERIOD).value())).isEqualTo("33,33 RUB");
    assertThat(Amounts.format(Cac.of(spend, 3, SpendTiming.SAME_PERIOD, RoundingMode.UP).value())).isEqualTo("33,34 RUB");
    assertThat(Amounts.format(Cac.of(Amounts.of("0.25", "RUB"), 10, SpendTiming.SAME_PERIOD).value()))
        .as("0.025 rounds half to even").isEqualTo("0,02 RUB");
  }

  @Test
  void negativeSpendIsRejectedNamingTheParameter() {
    assertThatThrownBy(() -> Cac.of(Amounts.of(-1, "RUB"), SALES, 30))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("marketingSpend must not be negative: -1,00 RUB");
    assertThatThrownBy(() -> Cac.of(MARKETING, Amounts.of(-5, "RUB"), 30))
        .hasMessage("salesSpend must not be negative: -5,00 RUB");
    assertThatThrownBy(() -> Cac.of(Amounts.of(-5, "RUB"), 3, SpendTiming.SAME_PERIOD))
        .hasMessage("spend must not be negative: -5,00 RUB");
  }

  @Test
  void negativeCustomersAreRejected() {
    assertThatThrownBy(() -> Cac.of(MARKETING, SALES, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("newCustomers must not be negative: -1");
  }

  @Test
  void mixedCurrenciesAreRejected() {
    assertThatThrownBy(() -> Cac.of(MARKETING, Amounts.of(100, "USD"), 30))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("salesSpend must be in RUB")
        .hasMessageContaining("100,00 USD");
  }
}
