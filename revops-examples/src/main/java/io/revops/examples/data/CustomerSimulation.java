package io.revops.examples.data;

import io.revops.core.money.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;
import javax.money.MonetaryAmount;

/**
 * One customer's life after the won deal, drawn from the processes the customer-base models of
 * {@code io.revops.metrics.clv} assume, so that the sample is one they can be fitted to (all figures are
 * assumptions of the sample):
 * <ul>
 *   <li><b>Subscription</b> (sBG): the customer pays her MRR from the month after the deal; at the start of each
 *       later month she cancels with her own probability θ, drawn once from Beta(0.6, 10) (mean 5.7% a month:
 *       most customers stay for years, a few leave within months). The MRR expands (4% of months, +10–50%) or
 *       contracts (2%, −10–40%); a cancelled customer comes back with probability 3% a month.</li>
 *   <li><b>One-off orders</b> (BG/NBD and Gamma-Gamma): an onboarding order in the first ten days of the
 *       subscription, then repeat orders (services, training, add-on licences; independent of the subscription,
 *       which a customer may cancel and still buy services)
 *       at her own Poisson rate λ a week, λ ~ Gamma(shape 0.6, rate 5) (one order in about eight weeks on
 *       average, some customers many times more often); after each repeat order she stops ordering with her own
 *       probability p ~ Beta(0.8, 3). Each order's value is Gamma(4, ν) with ν ~ Gamma(3.5, 93,750 RUB) across
 *       customers (mean 150,000 RUB, each customer with her own typical order), rounded to the rouble; in USD at
 *       {@link SampleDataGenerator#RUB_PER_USD}, rounded to the dollar.</li>
 * </ul>
 *
 * <p>Every draw comes from the lead's own random stream: deterministic, whatever the order of generation.
 */
final class CustomerSimulation {
  /** sBG: the monthly cancellation probability θ ~ Beta(CHURN_ALPHA, CHURN_BETA). */
  static final double CHURN_ALPHA = 0.6;
  static final double CHURN_BETA = 10;
  static final double REACTIVATION = 0.03;
  /** BG/NBD: the weekly order rate λ ~ Gamma(RATE_SHAPE, rate RATE_SCALE). */
  static final double RATE_SHAPE = 0.6;
  static final double RATE_SCALE = 5;
  /** BG/NBD: the probability of no further orders after each repeat order, p ~ Beta(DROPOUT_A, DROPOUT_B). */
  static final double DROPOUT_A = 0.8;
  static final double DROPOUT_B = 3;
  /** Gamma-Gamma: an order's value ~ Gamma(SPEND_P, ν), ν ~ Gamma(SPEND_Q, SPEND_GAMMA_RUB). */
  static final double SPEND_P = 4;
  static final double SPEND_Q = 3.5;
  static final double SPEND_GAMMA_RUB = 93_750;

  private CustomerSimulation() {}

  /** The customer's MRR records from {@code first} to the end of the data, then her one-off orders. */
  static void simulate(String customerId, MonetaryAmount annualDeal, YearMonth first, YearMonth endExclusive,
      SampleSink sink, SplittableRandom r) {
    MonetaryAmount mrr = Amounts.divide(annualDeal, 12, RoundingMode.HALF_EVEN);
    double churn = beta(r, CHURN_ALPHA, CHURN_BETA);
    boolean active = true;
    for (YearMonth m = first; m.isBefore(endExclusive); m = m.plusMonths(1)) {
      if (active && !m.equals(first) && r.nextDouble() < churn) {
        active = false;
        continue;
      }
      if (active) {
        double u = r.nextDouble();
        if (u < 0.04) {
          mrr = Amounts.multiply(mrr, BigDecimal.valueOf(110 + r.nextInt(41)).movePointLeft(2), RoundingMode.HALF_EVEN);
        } else if (u < 0.06) {
          mrr = Amounts.multiply(mrr, BigDecimal.valueOf(60 + r.nextInt(31)).movePointLeft(2), RoundingMode.HALF_EVEN);
        }
        sink.mrr(new MrrRecord(customerId, m, mrr));
      } else if (r.nextDouble() < REACTIVATION) {
        active = true;
        sink.mrr(new MrrRecord(customerId, m, mrr));
      }
    }
    orders(customerId, mrr.getCurrency().getCurrencyCode().equals("USD"), first.atDay(1 + r.nextInt(10)),
        endExclusive.atDay(1), sink, r);
  }

  private static void orders(String customerId, boolean usd, LocalDate onboarding, LocalDate end, SampleSink sink,
      SplittableRandom r) {
    double lambda = gamma(r, RATE_SHAPE) / RATE_SCALE;
    double dropout = beta(r, DROPOUT_A, DROPOUT_B);
    double nu = gamma(r, SPEND_Q) / SPEND_GAMMA_RUB;
    double weeks = 0;
    LocalDate day = onboarding;
    while (day.isBefore(end)) {
      double rub = gamma(r, SPEND_P) / nu;
      MonetaryAmount amount = usd
          ? Amounts.of(BigDecimal.valueOf(rub).divide(SampleDataGenerator.RUB_PER_USD, 0, RoundingMode.HALF_EVEN)
              .max(BigDecimal.ONE), SampleDataGenerator.USD)
          : Amounts.of(BigDecimal.valueOf(Math.max(1, Math.round(rub))), SampleDataGenerator.RUB);
      sink.order(new OrderRecord(customerId, day, amount));
      if (weeks > 0 && r.nextDouble() < dropout) {
        return;
      }
      weeks += -Math.log(1 - r.nextDouble()) / lambda;
      day = onboarding.plusDays((long) Math.min(Math.floor(weeks * 7), 36_500));
    }
  }

  /** A Beta(a, b) draw, as a ratio of Gamma draws. */
  static double beta(SplittableRandom r, double a, double b) {
    double x = gamma(r, a);
    return x / (x + gamma(r, b));
  }

  /** A Gamma(shape, 1) draw (Marsaglia and Tsang 2000; shapes below 1 boosted by {@code U^(1/shape)}). */
  static double gamma(SplittableRandom r, double shape) {
    if (shape < 1) {
      return gamma(r, shape + 1) * Math.pow(1 - r.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = r.nextGaussian();
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = 1 - r.nextDouble();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }
}
