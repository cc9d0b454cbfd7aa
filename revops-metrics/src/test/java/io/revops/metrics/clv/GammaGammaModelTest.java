package io.revops.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import io.revops.metrics.MetricResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/** Gamma-Gamma against Fader, Hardie and Lee (2005, "RFM and CLV") on CDNOW, and CLV built on it. */
class GammaGammaModelTest {
  static final GammaGammaModel CDNOW = GammaGammaModel.fit(Cdnow.CUSTOMERS);

  @Test
  void reproducesThePublishedEstimatesToTheirTwoDecimalsFromTheTransactions() {
    // the mean repeat spends of the transaction log, unrounded: p = 6.2496, q = 3.7442, γ = 15.4435
    GammaGammaModel fromLog = GammaGammaModel.fit(CustomerSummaries.fromPurchases(Cdnow.purchases(),
        Cdnow.CALIBRATION_END, 7, f -> { throw new AssertionError(f); }));
    assertThat(fromLog.p()).isCloseTo(6.25, within(0.005));
    assertThat(fromLog.q()).isCloseTo(3.74, within(0.005));
    assertThat(fromLog.gamma()).isCloseTo(15.44, within(0.005));
    assertThat(fromLog.fit().logLikelihood()).isCloseTo(-4055.9177, within(0.0001));
  }

  @Test
  void fromTheSummaryFileItsSpendsRoundedToCentsMoveGammaByAThousandthOfItsError() {
    assertThat(Cdnow.repeatCustomers()).hasSize(946);
    assertThat(CDNOW.p()).isCloseTo(6.25, within(0.005));
    assertThat(CDNOW.q()).isCloseTo(3.74, within(0.005));
    // zbar rounded to cents: γ = 15.4477 (scipy's Nelder–Mead on the same file agrees), 0.002 standard errors off
    assertThat(CDNOW.gamma()).isCloseTo(15.4477, within(0.0001));
    assertThat(CDNOW.fit().logLikelihood()).isCloseTo(-4055.9232, within(0.0001));
    assertThat(CDNOW.fit().converged()).isTrue();
    assertThat(CDNOW.fit().inputs()).isEqualTo("946 repeat customers of 2357");
    assertThat(CDNOW.fit().estimates()).allSatisfy(e -> assertThat(e.standardError()).isPresent());
    assertThat(CDNOW.currency().getCurrencyCode()).isEqualTo("USD");
  }

  @Test
  void expectedAverageSpendMatchesHardiesSpreadsheet() {
    // the first ten CDNOW customers; Hardie's note 025 spreadsheet, as lifetimes quotes it
    String[] expected = {"24.65", "18.91", "35.17", "35.17", "35.17", "71.46", "18.91", "35.17", "27.28", "35.17"};
    for (int i = 0; i < expected.length; i++) {
      MonetaryAmount spend = CDNOW.expectedAverageSpend(Cdnow.CUSTOMERS.get(i), RoundingMode.HALF_EVEN);
      assertThat(Amounts.toBigDecimal(spend).doubleValue()).as("customer %s", i + 1)
          .isCloseTo(Double.parseDouble(expected[i]), within(0.0101));
      assertThat(Amounts.toBigDecimal(spend).scale()).isEqualTo(2);
    }
  }

  @Test
  void clvTelescopesWithoutDiscountAndShrinksWithIt() {
    BgNbdModel purchases = BgNbdModelTest.CDNOW;
    CustomerSummary first = Cdnow.CUSTOMERS.get(0);
    MetricResult<MonetaryAmount> undiscounted = CustomerValue.of(purchases, CDNOW, first, 12, 52.0 / 12, Rate.ZERO,
        Rate.ONE, RoundingMode.HALF_EVEN);
    double expected = purchases.expectedPurchases(52, first) * CDNOW.expectedAverageSpend(first);
    assertThat(Amounts.toBigDecimal(undiscounted.value()))
        .isEqualByComparingTo(BigDecimal.valueOf(expected).setScale(2, RoundingMode.HALF_EVEN));
    MetricResult<MonetaryAmount> discounted = CustomerValue.of(purchases, CDNOW, first, 12, 52.0 / 12,
        Rate.ofPercent(1), Rate.ofPercent(30), RoundingMode.HALF_EVEN);
    assertThat(Amounts.compare(discounted.value(), Amounts.multiply(undiscounted.value(), new BigDecimal("0.30"))))
        .isNegative();
    assertThat(discounted.toString()).startsWith("CLV = ").contains("USD", "customer 1", "12 periods", "margin 30%");
  }

  @Test
  void refusesMissingOrNonPositiveSpendAndTooFewCustomers() {
    List<CustomerSummary> noSpend = List.of(CustomerSummary.of("A", 1, 1, 2));
    assertThatThrownBy(() -> GammaGammaModel.fit(noSpend)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("averageSpend must be given for a Gamma-Gamma fit: customer A has none");
    List<CustomerSummary> zero = List.of(CustomerSummary.of("B", 1, 1, 2, Amounts.of(0, "USD")));
    assertThatThrownBy(() -> GammaGammaModel.fit(zero)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("averageSpend must be positive for a Gamma-Gamma fit: 0,00 USD (customer B)");
    assertThatThrownBy(() -> GammaGammaModel.fit(Cdnow.repeatCustomers().subList(0, 9)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customers must include at least 10 with repeat purchases for a Gamma-Gamma fit: 9");
  }
}
