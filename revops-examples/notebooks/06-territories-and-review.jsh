// 06 — Segments, territory planning, and baseline vs now (the handbook's "territorial planning and
// segmentation", and step 6 of the RevOps cycle: evaluate the result and repeat).
// Run from the repository root:  revops-examples/jshell revops-examples/notebooks/06-territories-and-review.jsh
import static io.revops.core.qualification.Criteria.*;
import io.revops.core.lead.*;
import io.revops.core.history.*;
import io.revops.core.money.*;
import io.revops.core.funnel.FunnelSnapshot;
import io.revops.core.qualification.EvaluationContext;
import io.revops.metrics.conversion.Proportion;
import io.revops.metrics.acquisition.*;
import io.revops.metrics.segment.*;
import io.revops.metrics.territory.*;
import io.revops.metrics.review.*;
import java.time.*;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.*;

// 1. Segments are qualification criteria with a name: size band, industry, geography, revenue band, source.
var midMarketIt = Segment.of("mid-market IT",
    allOf(industryIn(Industry.IT), employeesAtLeast(50), not(employeesAtLeast(250)))).
    withSources(List.of(LeadSource.of("webinar"), LeadSource.of("referral")));
var enterprise = Segment.of("enterprise", anyOf(employeesAtLeast(250), annualRevenueAtLeast(Amounts.of(1_000_000_000, "RUB"))));
var asOf = Instant.parse("2026-06-30T21:00:00Z");
var acme = Lead.builder("acme").company(Company.builder("Acme").industry("it").employees(120).build()).source("ads").build();
//    Membership explains itself: acme has the profile but came from ads.
System.out.println(midMarketIt.evaluate(acme, asOf, EvaluationContext.defaults()));

//    Per-segment funnel, win rate (with Wilson intervals), CAC and LTV: route leads with their histories.
var records = new ArrayList<LeadRecord>();
var t0 = Instant.parse("2026-01-10T09:00:00Z");
for (int i = 0; i < 40; i++) {
  var lead = Lead.builder("L" + i).company(Company.builder("Co" + i).industry(i % 2 == 0 ? "it" : "retail").
      employees(i % 4 == 0 ? 400 : 120).build()).source(i % 3 == 0 ? "ads" : "webinar").build();
  var h = LeadEventHistory.builder("L" + i).created(t0.plus(Duration.ofDays(i)), i % 3 == 0 ? "ads" : "webinar");
  if (i % 2 == 0) h.becameMql(t0.plus(Duration.ofDays(i + 2))).acceptedAsSql(t0.plus(Duration.ofDays(i + 5)), "rep");
  if (i % 4 == 0) h.won(t0.plus(Duration.ofDays(i + 40)), "rep", Amounts.of(2_000_000, "RUB"));
  else if (i % 2 == 0) h.lost(t0.plus(Duration.ofDays(i + 40)), "rep", "no budget");
  records.add(new LeadRecord(lead, h.build()));
}
var segments = SegmentAccumulator.of(List.of(enterprise, midMarketIt), Instant.parse("2026-01-01T00:00:00Z"),
    asOf, asOf, EvaluationContext.defaults()).addAll(records).result().
    withEconomics("enterprise", new SegmentEconomics(Amounts.of(4_000_000, "RUB"), SpendTiming.SAME_PERIOD,
        Amounts.of(180_000, "RUB"), Rate.ofPercent(40), Rate.ofPercent(3)));
System.out.println(segments);

// 2. Territories: each account's potential is its deal size × its segment's win rate, exact money.
var enterpriseWin = segments.segment("enterprise").orElseThrow().winRate().value().rate();
var regions = List.of("Moscow", "Saint Petersburg", "Kazan", "Novosibirsk");
var rnd = new SplittableRandom(6);   // a seeded generator for the example data; the planner itself uses none
var accounts = new ArrayList<Account>();
for (int i = 0; i < 200; i++) {
  var deal = Amounts.of(500_000 + 100_000L * rnd.nextInt(30), "RUB");
  accounts.add(Account.of("acc-" + i, regions.get(rnd.nextInt(4)), i % 3 == 0 ? Industry.IT : Industry.MANUFACTURING,
      Account.expectedRevenue(deal, enterpriseWin, RoundingMode.HALF_EVEN), 2 + rnd.nextInt(10)));
}
var reps = List.of(Rep.of("Anna").withRegions(List.of("Moscow")), Rep.of("Boris").withRegions(List.of("Moscow", "Kazan")),
    Rep.of("Vera"), Rep.of("Gleb").withRegions(List.of("Saint Petersburg", "Novosibirsk")),
    Rep.of("Dina").withCapacity(200), Rep.of("Egor").withIndustries(List.of(Industry.IT)));
var planner = TerritoryPlanner.of(reps);
var plan = planner.plan(accounts);
//    Each rep's share of potential and workload, the imbalance, and the proven distance from the optimum.
System.out.println(plan);

//    Re-planning when Egor leaves: only his accounts, and the few needed for balance, move.
var held = accounts.stream().map(a -> a.withCurrentRep(plan.repOf(a.id()).orElseThrow())).toList();
var replan = TerritoryPlanner.of(reps.subList(0, 5)).replan(held, Rate.ofPercent(2));
System.out.println(replan.moved().size() + " accounts moved; " +
    held.stream().filter(a -> a.currentRep().get().equals("Egor")).count() + " were Egor's");
System.out.println(replan);

// 3. Baseline vs now: each difference with its interval, or "not enough data to tell".
var review = Review.of("2026-Q1", "2026-Q2", List.of(
    Comparisons.proportions("win rate", Proportion.of(250, 1000), Proportion.of(280, 1000), Polarity.HIGHER_IS_BETTER).
        withReference(HandbookRange.SALES_EFFICIENCY),
    Comparisons.proportions("SLA compliance", Proportion.of(180, 200), Proportion.of(186, 200), Polarity.HIGHER_IS_BETTER),
    Comparisons.medians("sales cycle", List.of(Duration.ofDays(80), Duration.ofDays(95), Duration.ofDays(90),
        Duration.ofDays(70), Duration.ofDays(120), Duration.ofDays(88), Duration.ofDays(91), Duration.ofDays(99),
        Duration.ofDays(85), Duration.ofDays(93), Duration.ofDays(78), Duration.ofDays(101)),
        List.of(Duration.ofDays(60), Duration.ofDays(65), Duration.ofDays(58), Duration.ofDays(72), Duration.ofDays(55),
        Duration.ofDays(61), Duration.ofDays(69), Duration.ofDays(63), Duration.ofDays(57), Duration.ofDays(66),
        Duration.ofDays(59), Duration.ofDays(70)), ChronoUnit.DAYS, Polarity.LOWER_IS_BETTER, Bootstrap.withSeed(42)),
    Comparisons.figures("CAC", Cac.of(Amounts.of(5_000_000, "RUB"), Amounts.of(10_000_000, "RUB"), 30),
        Cac.of(Amounts.of(5_000_000, "RUB"), Amounts.of(10_000_000, "RUB"), 34), Polarity.LOWER_IS_BETTER)),
    Optional.of(StageAttribution.of(FunnelSnapshot.of(100_000, 2_000, 600, 240, 60),
        FunnelSnapshot.of(100_000, 2_000, 620, 330, 80))));
System.out.println(review);

/exit
