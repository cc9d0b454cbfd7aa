// 04 — Planning: reverse funnel, scenarios, sensitivity (handbook §4).
// Run from the repository root:  revops-examples/jshell revops-examples/notebooks/04-planning.jsh
import io.revops.core.funnel.LifecycleStage;
import io.revops.core.money.*;
import io.revops.metrics.planning.*;

// 1. Reverse funnel: where marketing's MQL quota in the SLA comes from.
//    10 new customers a month, SQL→customer 20% ⇒ 50 SQL; MQL→SQL 40% ⇒ 125 MQL.
// (jshell runs a line as soon as it is a complete statement: keep the dot at the end of a continued line)
var slaFunnel = FunnelRates.startingAt(LifecycleStage.MQL).
    then(LifecycleStage.SQL, Rate.ofPercent(40)).
    then(LifecycleStage.CUSTOMER, Rate.ofPercent(20));
var quota = ReverseFunnel.forTarget(10, slaFunnel);
System.out.println(quota);
System.out.println("MQL quota for the SLA: " + quota.required(LifecycleStage.MQL) + " a month");

//    The same target as revenue: 20M RUB of new business at a 2M RUB average deal.
System.out.println(ReverseFunnel.forRevenue(Amounts.of(20_000_000, "RUB"), Amounts.of(2_000_000, "RUB"), slaFunnel));

//    Each stage is rounded up from the rounded-up stage below: 7 customers at 25% need 28 SQL.
System.out.println(ReverseFunnel.forTarget(7, FunnelRates.startingAt(LifecycleStage.SQL).
    then(LifecycleStage.CUSTOMER, Rate.ofPercent(25))));

//    Run forward, the plan delivers the target.
System.out.println(quota.runForward());

// 2. The planning model: handbook inputs plus the assumptions it leaves open (all replaceable).
var model = PlanningModel.handbook();
System.out.println(model);
System.out.println(model.project());

// 3. The handbook's three scenarios side by side.
var comparison = model.compare(Scenario.organic(), Scenario.marketingInvestment(), Scenario.retentionFocus());
System.out.println(comparison);

//    A scenario of your own: marketing investment plus the reps to work the extra SQLs.
var balanced = Scenario.named("balanced growth").budgetTimes("1.5").plusMarketers(3).plusSalesReps(4);
System.out.println(model.compare(Scenario.organic(), Scenario.marketingInvestment(), balanced));

// 4. Sensitivity: which lever, improved by 10%, moves new customers most — the friction to work on first.
System.out.println(model.sensitivity(PlanningTarget.NEW_CUSTOMERS, Rate.ofPercent(10)));

//    After the marketing investment, sales capacity binds and the ranking changes.
System.out.println(model.apply(Scenario.marketingInvestment()).sensitivity(PlanningTarget.NEW_CUSTOMERS, Rate.ofPercent(10)));

//    And for revenue, where churn counts too.
System.out.println(model.sensitivity(PlanningTarget.REVENUE, Rate.ofPercent(10)).reason());

/exit
