package io.revops.examples.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.revops.core.batch.Findings;
import io.revops.core.money.Amounts;
import io.revops.metrics.clv.BgNbdModel;
import io.revops.metrics.clv.CustomerSummaries;
import io.revops.metrics.clv.CustomerSummary;
import io.revops.metrics.clv.GammaGammaModel;
import io.revops.metrics.clv.Purchase;
import io.revops.metrics.clv.SbgModel;
import io.revops.metrics.clv.SurvivorCounts;
import io.revops.metrics.revenue.RevenueAnalysis;
import io.revops.metrics.revenue.RevenueLedger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The customers the sample generator draws follow the processes of the sBG, BG/NBD and Gamma-Gamma models. */
class CustomerSimulationTest {
  private static final YearMonth START = YearMonth.of(2025, 1);
  private static final YearMonth END = START.plusMonths(24);

  /** {@code n} customers who all start in {@link #START}, each from its own stream. */
  private static SampleCollector customers(int n) {
    SampleCollector c = new SampleCollector();
    for (int i = 0; i < n; i++) {
      CustomerSimulation.simulate("C" + i, Amounts.of(1_200_000, "RUB"), START, END, c, new SplittableRandom(i));
    }
    return c;
  }

  @Test
  void withManyCustomersTheModelsRecoverTheParametersTheyWereDrawnWith() {
    SampleCollector c = customers(4000);
    // sBG: the survivors of the first subscription (a customer who cancels and comes back has left once)
    Map<String, TreeSet<YearMonth>> months = new HashMap<>();
    c.mrr().forEach(m -> months.computeIfAbsent(m.customerId(), k -> new TreeSet<>()).add(m.month()));
    int[] survivors = new int[24];
    for (TreeSet<YearMonth> paid : months.values()) {
      for (int t = 0; t < 24 && paid.contains(START.plusMonths(t)); t++) {
        survivors[t]++;
      }
    }
    SbgModel sbg = SbgModel.fit(SurvivorCounts.of(survivors));
    assertThat(sbg.alpha()).isCloseTo(CustomerSimulation.CHURN_ALPHA, within(0.15));
    assertThat(sbg.beta()).isCloseTo(CustomerSimulation.CHURN_BETA, within(3.0));

    BgNbdModel bgnbd = BgNbdModel.fit(summaries(c));
    assertThat(bgnbd.r()).isCloseTo(CustomerSimulation.RATE_SHAPE, within(0.1));
    assertThat(bgnbd.alpha()).isCloseTo(CustomerSimulation.RATE_SCALE, within(1.0));
    double meanDropout = CustomerSimulation.DROPOUT_A / (CustomerSimulation.DROPOUT_A + CustomerSimulation.DROPOUT_B);
    assertThat(bgnbd.a() / (bgnbd.a() + bgnbd.b())).isCloseTo(meanDropout, within(0.07));

    GammaGammaModel gg = GammaGammaModel.fit(summaries(c));
    double meanSpend = CustomerSimulation.SPEND_P * CustomerSimulation.SPEND_GAMMA_RUB / (CustomerSimulation.SPEND_Q - 1);
    assertThat(gg.p() * gg.gamma() / (gg.q() - 1)).isCloseTo(meanSpend, within(0.1 * meanSpend));
    assertThat(gg.p()).isCloseTo(CustomerSimulation.SPEND_P, within(1.0));
  }

  @Test
  void customersDifferInChurnAndOrderRate() {
    SampleCollector c = customers(400);
    Map<String, Integer> orders = new HashMap<>();
    c.orders().forEach(o -> orders.merge(o.customerId(), 1, Integer::sum));
    assertThat(orders).hasSize(400);
    List<Integer> counts = new ArrayList<>(orders.values());
    // a Poisson count with one rate for all would have variance ≈ mean; heterogeneous rates make it far larger
    double mean = counts.stream().mapToInt(Integer::intValue).average().orElseThrow();
    double variance = counts.stream().mapToDouble(k -> (k - mean) * (k - mean)).sum() / (counts.size() - 1);
    assertThat(variance).isGreaterThan(2 * mean);
    assertThat(c.orders()).allSatisfy(o -> assertThat(o.date()).isBefore(END.atDay(1)));
  }

  @Test
  void theBundledSampleFitsAllThreeModels() {
    SampleCollector sample = SampleCollector.collect(SampleDataGenerator.of(SampleConfig.bundled()));
    YearMonth last = SampleConfig.bundled().endExclusive().minusMonths(1);
    RevenueLedger.Builder ledger = RevenueLedger.builder();
    sample.mrr().stream().filter(r -> r.mrr().getCurrency().getCurrencyCode().equals("RUB"))
        .forEach(r -> ledger.add(r.customerId(), r.month(), r.mrr()));
    Findings findings = Findings.create();
    var cohorts = SurvivorCounts.fromLogoCohorts(RevenueAnalysis.of(ledger.result()).logoCohorts(last).value(),
        findings);
    SbgModel sbg = SbgModel.fitPooled(new ArrayList<>(cohorts.values()));
    assertThat(sbg.fit().converged()).isTrue();
    assertThat(sbg.fit().estimates()).allSatisfy(e -> assertThat(e.standardError()).isPresent());
    // churn that differs between customers: retention rises with tenure, as a constant rate would not
    assertThat(sbg.retention(12)).isGreaterThan(sbg.retention(2));

    List<CustomerSummary> customers = summaries(sample);
    BgNbdModel bgnbd = BgNbdModel.fit(customers);
    assertThat(bgnbd.fit().converged()).isTrue();
    assertThat(bgnbd.fit().estimates()).allSatisfy(e -> assertThat(e.standardError()).isPresent());
    GammaGammaModel gg = GammaGammaModel.fit(customers.stream()
        .filter(s -> s.averageSpend().orElseThrow().getCurrency().getCurrencyCode().equals("RUB")).toList());
    assertThat(gg.fit().converged()).isTrue();
  }

  private static List<CustomerSummary> summaries(SampleCollector c) {
    List<Purchase> purchases = new ArrayList<>();
    c.orders().forEach(o -> purchases.add(Purchase.of(o.customerId(), o.date(), o.amount())));
    Findings findings = Findings.create();
    List<CustomerSummary> out = CustomerSummaries.fromPurchases(purchases, END.atDay(1).minusDays(1), 7, findings);
    assertThat(findings.size()).isZero();
    return out;
  }
}
