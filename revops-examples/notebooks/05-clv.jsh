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
// Part 2 — the bundled sample (SampleConfig.bundled(): the data of revops-examples' sample files). Its generator
// draws each customer's monthly cancellation probability from a Beta distribution and her one-off orders
// (onboarding, services, add-ons) from the BG/NBD process with Gamma-Gamma spend — the processes these models
// assume (CustomerSimulation in io.revops.examples.data gives the parameters) — so all three fit.
// ---------------------------------------------------------------------------------------------------------
SampleCollector sample = SampleCollector.collect(SampleDataGenerator.of(SampleConfig.bundled()));
YearMonth last = SampleConfig.bundled().endExclusive().minusMonths(1);

// 5. sBG on the subscriptions, from the ledger's logo cohorts (months as periods), RUB-paying customers only
//    (one currency, no exchange rates to bring in). A cohort whose count rises (a customer who came back) is
//    no survival curve: it is reported as a finding and left out. Each monthly cohort has only a handful of
//    customers, too few for two parameters alone, so the cohorts of the segment are pooled, each censored at its
//    own last month. The generator drew the churn probabilities from Beta(0.6, 10).
RevenueLedger.Builder ledgerBuilder = RevenueLedger.builder();
for (MrrRecord r : sample.mrr()) if (r.mrr().getCurrency().getCurrencyCode().equals("RUB")) ledgerBuilder.add(r.customerId(), r.month(), r.mrr());
RevenueLedger ledger = ledgerBuilder.result();
Findings cohortFindings = Findings.create();
var cohorts = SurvivorCounts.fromLogoCohorts(RevenueAnalysis.of(ledger).logoCohorts(last).value(), cohortFindings);
System.out.println(cohorts.size() + " cohorts with a survival curve; " + cohortFindings.size() + " findings, e.g.");
cohortFindings.first(2).forEach(System.out::println);
SbgModel sampleSbg = SbgModel.fitPooled(new ArrayList<>(cohorts.values()));
System.out.println(sampleSbg);
System.out.println("retention in month 2 " + String.format(Locale.ROOT, "%.4f", sampleSbg.retention(2)) + ", in month 12 "
    + String.format(Locale.ROOT, "%.4f", sampleSbg.retention(12)) + " (a constant churn rate would say the same twice)");
System.out.println(sampleSbg.lifetimeValue(Amounts.of(100_000, "RUB"), Rate.ofPercent(1), RoundingMode.HALF_EVEN));

// 6. BG/NBD on the one-off orders of every customer (times in weeks, to the end of the data). The generator's
//    process: λ ~ Gamma(0.6, 5) a week, dropout p ~ Beta(0.8, 3); with a hundred customers the estimates are
//    rough — the standard errors say how rough.
Findings findings2 = Findings.create();
List<Purchase> orders = new ArrayList<>();
for (OrderRecord o : sample.orders()) orders.add(Purchase.of(o.customerId(), o.date(), o.amount()));
List<CustomerSummary> sampleCustomers = CustomerSummaries.fromPurchases(orders, last.atEndOfMonth(), 7, findings2);
BgNbdModel sampleBgNbd = BgNbdModel.fit(sampleCustomers);
System.out.println(sampleBgNbd);
CustomerSummary someone = sampleCustomers.get(0);
System.out.printf(Locale.ROOT, "%s: P(alive) %.4f, expected orders in the next 26 weeks %.4f%n", someone,
    sampleBgNbd.probabilityAlive(someone), sampleBgNbd.expectedPurchases(26, someone));

// 7. Gamma-Gamma on the RUB customers' average repeat order (drawn as Gamma(4, ν), ν ~ Gamma(3.5, 93,750 RUB)),
//    then a year's CLV of the first RUB customer at 1% a month and a 30% margin.
List<CustomerSummary> rubCustomers = sampleCustomers.stream().filter(s -> s.averageSpend().orElseThrow().getCurrency().getCurrencyCode().equals("RUB")).toList();
GammaGammaModel sampleGg = GammaGammaModel.fit(rubCustomers);
System.out.println(sampleGg);
CustomerSummary rubCustomer = rubCustomers.stream().filter(s -> s.frequency() > 0).findFirst().orElseThrow();
System.out.println(rubCustomer.id() + " expected order value: " + Amounts.format(sampleGg.expectedAverageSpend(rubCustomer, RoundingMode.HALF_EVEN)));
System.out.println(CustomerValue.of(sampleBgNbd, sampleGg, rubCustomer, 12, 52.0 / 12, Rate.ofPercent(1), Rate.ofPercent(30), RoundingMode.HALF_EVEN));
System.out.println("findings: " + findings2);
/exit
