// 05 — Customer lifetime value past one formula: sBG, BG/NBD and Gamma-Gamma, fitted by maximum likelihood
// and checked against their papers (revops-metrics' io.revops.metrics.clv; the tests assert the papers' values).
// Run from the repository root:
//   revops-examples/jshell revops-examples/notebooks/05-clv.jsh
// CDNOW comes from a copy in revops-examples' resources (Fader, Hardie & Lee 2005; MIT licence, via the lifetimes
// project); set CDNOW_DIR to read another copy of the same two files, e.g. CDNOW_DIR=/work/shared/data/cdnow.

import java.io.*;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.time.*;
import java.time.format.DateTimeFormatter;
import java.util.*;
import io.revops.core.batch.Findings;
import io.revops.core.money.*;
import io.revops.metrics.clv.*;
import io.revops.metrics.revenue.*;
import io.revops.examples.data.*;

BufferedReader cdnow(String file) throws IOException {
  String dir = System.getenv("CDNOW_DIR");
  InputStream in = dir != null ? Files.newInputStream(Path.of(dir, file))
      : SampleConfig.class.getResourceAsStream("/io/revops/examples/cdnow/" + file);
  return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
}

// ---------------------------------------------------------------------------------------------------------
// Part 1 — CDNOW, the papers' data: 2357 customers, a 39-week calibration period ending 1997-09-30.
// ---------------------------------------------------------------------------------------------------------

// 1. BG/NBD from the (x, t_x, T) summaries. The paper: r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL −9582.4.
Findings findings = Findings.create();
List<CustomerSummary> cdnowCustomers;
try (BufferedReader in = cdnow("cdnow_customers_summary_with_transactions.csv")) {
  cdnowCustomers = CustomerSummaries.parseCsv(in, "cdnow summary", Amounts.currency("USD"), findings);
}
System.out.println(cdnowCustomers.size() + " customers, findings: " + findings);
BgNbdModel bgnbd = BgNbdModel.fit(cdnowCustomers);
System.out.println(bgnbd);

// What it says about customer 1 (2 repeat purchases, the last in week 30.43 of 38.86): alive with probability…
CustomerSummary first = cdnowCustomers.get(0);
System.out.printf(Locale.ROOT, "P(alive) %.4f, expected purchases in the next 39 weeks %.4f (Hardie's sheet: 1.226)%n",
    bgnbd.probabilityAlive(first), bgnbd.expectedPurchases(39, first));

// 2. Gamma-Gamma from the transaction log, whose spends are not rounded to cents: p = 6.25, q = 3.74, γ = 15.44.
List<Purchase> purchases = new ArrayList<>();
try (BufferedReader in = cdnow("CDNOW_sample.txt")) {
  for (String line; (line = in.readLine()) != null; ) {
    if (line.isBlank()) continue;
    String[] f = line.trim().split("\\s+");
    purchases.add(Purchase.of(f[1], LocalDate.parse(f[2], DateTimeFormatter.BASIC_ISO_DATE), Amounts.of(f[4], "USD")));
  }
}
List<CustomerSummary> fromLog = CustomerSummaries.fromPurchases(purchases, LocalDate.of(1997, 9, 30), 7, findings);
GammaGammaModel gg = GammaGammaModel.fit(fromLog);
System.out.println(gg);
System.out.println("customer 1 expected spend per purchase: " + Amounts.format(gg.expectedAverageSpend(fromLog.get(0), RoundingMode.HALF_EVEN)));

// 3. CLV of customer 1 over a year of months, 1% a month discount, 30% margin.
System.out.println(CustomerValue.of(bgnbd, gg, fromLog.get(0), 12, 52.0 / 12, Rate.ofPercent(1), Rate.ofPercent(30), RoundingMode.HALF_EVEN));

// 4. sBG, Fader & Hardie (2007): survivors of two cohorts of 1000 in years 0..7. The paper: α 0.704, β 1.182
//    ("regular") and α 0.668, β 3.806 ("high end").
Map<String, SurvivorCounts> segments = new LinkedHashMap<>();
segments.put("regular", SurvivorCounts.of(1000, 631, 468, 382, 326, 289, 262, 241));
segments.put("high end", SurvivorCounts.of(1000, 869, 743, 653, 593, 551, 517, 491));
Map<String, SbgModel> sbg = SbgModel.fitEach(segments, findings);
sbg.forEach((name, m) -> System.out.println(name + ": " + m));
sbg.forEach((name, m) -> System.out.println(name + ": " + m.lifetimeValue(Amounts.of(100, "USD"), Rate.ofPercent(10), RoundingMode.HALF_EVEN)));

// ---------------------------------------------------------------------------------------------------------
// Part 2 — the bundled sample (SampleConfig.bundled(): the data of revops-examples' sample files).
// ---------------------------------------------------------------------------------------------------------
// The RUB-paying customers only: one currency, no exchange rates to bring in.
SampleCollector sample = SampleCollector.collect(SampleDataGenerator.of(SampleConfig.bundled()));
List<MrrRecord> rub = sample.mrr().stream().filter(r -> r.mrr().getCurrency().getCurrencyCode().equals("RUB")).toList();
RevenueLedger.Builder ledgerBuilder = RevenueLedger.builder();
for (MrrRecord r : rub) ledgerBuilder.add(r.customerId(), r.month(), r.mrr());
RevenueLedger ledger = ledgerBuilder.result();
YearMonth last = SampleConfig.bundled().endExclusive().minusMonths(1);

// 5. sBG per monthly cohort of first payment, from the ledger's logo cohorts (months as periods). Cohorts whose
//    counts rise (customers who came back), that are too young, where nobody left or that leave at one steady
//    rate (nothing for a Beta distribution to describe) are reported as findings, not fitted. The sample has
//    only a few RUB customers a month: every cohort is too small or too regular for a two-parameter model.
Findings cohortFindings = Findings.create();
var cohorts = SurvivorCounts.fromLogoCohorts(RevenueAnalysis.of(ledger).logoCohorts(last).value(), cohortFindings);
Map<YearMonth, SbgModel> byCohort = SbgModel.fitEach(cohorts, cohortFindings);
System.out.println(byCohort.size() + " of " + cohorts.size() + " cohorts fitted; " + cohortFindings.size() + " findings, e.g.");
cohortFindings.first(3).forEach(System.out::println);
byCohort.forEach((cohort, m) -> System.out.println(cohort + ": " + m.fit().toString().lines().findFirst().orElseThrow()));
// One segment, one model: pool the monthly cohorts (each censored at its own last month). The sample's generator
// churns every subscription at the same 2% a month, so there is no heterogeneity for the Beta distribution to
// describe: the likelihood climbs towards the geometric limit (α, β → ∞) and sBG says so instead of fitting.
try {
  SbgModel pooled = SbgModel.fitPooled(new ArrayList<>(cohorts.values()));
  System.out.println(pooled);
} catch (IllegalArgumentException e) {
  System.out.println("sBG refuses the pooled sample cohorts: " + e.getMessage());
}

// 6. BG/NBD and Gamma-Gamma on the same sample, each paid month read as a purchase on its first day. A
//    subscription is not the non-contractual setting these models are made for, and it shows: payments come
//    like clockwork, so the BG/NBD likelihood runs to its no-heterogeneity limit (r, α, b → ∞) and the fit
//    refuses the data with a clear error rather than print meaningless estimates.
List<Purchase> payments = new ArrayList<>();
for (MrrRecord r : rub) if (r.mrr().isPositive()) payments.add(Purchase.of(r.customerId(), r.month().atDay(1), r.mrr()));
List<CustomerSummary> sampleCustomers = CustomerSummaries.fromPurchases(payments, last.minusMonths(6).atEndOfMonth(), 7, findings);
try {
  System.out.println(BgNbdModel.fit(sampleCustomers));
} catch (IllegalArgumentException e) {
  System.out.println("BG/NBD refuses the subscription payments: " + e.getMessage());
}
// Gamma-Gamma does fit, and says what a subscription is: a huge p, spend that hardly varies within a customer.
GammaGammaModel sampleGg = GammaGammaModel.fit(sampleCustomers);
System.out.println(sampleGg);
System.out.println("customer " + sampleCustomers.get(0).id() + " expected spend per payment: " + Amounts.format(sampleGg.expectedAverageSpend(sampleCustomers.get(0), RoundingMode.HALF_EVEN)));
System.out.println("findings: " + findings);
/exit
