// 02 — The handbook's metrics, reproduced with the library (SPEC §3–§4).
// Run from the repository root:
//   revops-examples/jshell revops-examples/notebooks/02-metrics.jsh
// Every figure below is also asserted, exactly, by revops-metrics' HandbookExamplesTest.
// (jshell runs a line as soon as it is a complete statement: a continued line ends with a dot or an open paren.)

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import io.revops.core.funnel.LifecycleStage;
import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import io.revops.metrics.acquisition.Cac;
import io.revops.metrics.value.Ltv;
import io.revops.metrics.value.LtvCac;
import io.revops.metrics.revenue.RevenueAnalysis;
import io.revops.metrics.revenue.RevenueLedger;
import io.revops.metrics.revenue.RevenueRecord;
import io.revops.metrics.cycle.CycleThroughput;
import io.revops.metrics.planning.FunnelRates;
import io.revops.metrics.planning.PlanningModel;
import io.revops.metrics.planning.PlanningTarget;
import io.revops.metrics.planning.ReverseFunnel;
import io.revops.metrics.planning.Scenario;

// 1. CAC = (marketing 5M + sales 10M RUB) / 30 new customers = 500 000 RUB.
var cac = Cac.of(Amounts.of(5_000_000, "RUB"), Amounts.of(10_000_000, "RUB"), 30);
System.out.println(cac);

// 2. LTV = 200 000 RUB a month × 24 months × 40% margin = 1 920 000 RUB.
var ltv = Ltv.of(Amounts.of(200_000, "RUB"), 24, Rate.ofPercent(40));
System.out.println(ltv);

// 3. LTV:CAC = 1 920 000 / 500 000 = 3.84: healthy (bands 1 / 3 / 5, the handbook's gaps closed).
var ltvToCac = LtvCac.of(ltv, cac);
System.out.println(ltvToCac);

// 4. NRR: 100 customers pay 100 000 RUB a month; over the year 10 leave, 20 buy add-ons worth 3M RUB in
//    total (+150 000 each), 70 stay the same. 9M kept + 3M expansion = 12M of 10M: NRR 120%, GRR 90%.
var start = YearMonth.of(2025, 1);
var end = YearMonth.of(2026, 1);
var records = new ArrayList<RevenueRecord>();
for (int i = 1; i <= 100; i++) {
  String id = String.format(java.util.Locale.ROOT, "C-%03d", i);
  records.add(RevenueRecord.of(id, start, Amounts.of(100_000, "RUB")));
  if (i > 10) {
    records.add(RevenueRecord.of(id, end, Amounts.of(i <= 30 ? 250_000 : 100_000, "RUB")));
  }
}
var revenue = RevenueAnalysis.of(RevenueLedger.of(records));
System.out.println(revenue.nrr(start, end));
System.out.println(revenue.grr(start, end));
System.out.println(revenue.movements(start, end));

// 5. Reverse funnel: 10 customers a month at SQL→customer 20% need 50 SQL; at MQL→SQL 40%, 125 MQL —
//    marketing's MQL quota in the SLA.
var slaFunnel = FunnelRates.startingAt(LifecycleStage.MQL).
    then(LifecycleStage.SQL, Rate.ofPercent(40)).
    then(LifecycleStage.CUSTOMER, Rate.ofPercent(20));
var quota = ReverseFunnel.forTarget(10, slaFunnel);
System.out.println(quota);
System.out.println("SQL needed: " + quota.required(LifecycleStage.SQL) + ", MQL needed: " + quota.required(LifecycleStage.MQL));

// 6. A sales cycle cut from 90 to 60 days: 1.5× the deals a year with the same resources.
System.out.println(CycleThroughput.dealsMultiplier(90, 60));

// 7. The planning model on the handbook's inputs (market 10 000, share 5% = 500 customers, 2M RUB deal,
//    1B RUB revenue, funnel 2% / 30% / 40% / 25%, 90-day cycle, 5 / 15 / 3 people, 50M RUB budget)
//    and the three scenarios side by side.
var model = PlanningModel.handbook();
System.out.println(model);
System.out.println("Current customers: " + model.project().currentCustomers() + " (10 000 × 5%)");
var comparison = model.compare(Scenario.organic(), Scenario.marketingInvestment(), Scenario.retentionFocus());
System.out.println(comparison);

// 8. Sensitivity: each lever improved by 10%, ranked by its effect on new customers — the bottleneck.
var sensitivity = model.sensitivity(PlanningTarget.NEW_CUSTOMERS, Rate.ofPercent(10));
System.out.println(sensitivity);
System.out.println("Bottleneck: " + sensitivity.top().name());

/exit
