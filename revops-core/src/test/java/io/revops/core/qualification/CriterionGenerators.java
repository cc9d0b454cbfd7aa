package io.revops.core.qualification;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.revops.core.lead.Bant;
import io.revops.core.lead.BantAnswer;
import io.revops.core.lead.BehaviouralEvent;
import io.revops.core.lead.City;
import io.revops.core.lead.Company;
import io.revops.core.lead.Industry;
import io.revops.core.lead.Lead;
import io.revops.core.lead.PageKind;
import io.revops.core.lead.Timeline;
import io.revops.core.money.Amounts;
import io.revops.core.qualification.CompositeCriterion.AllOf;
import io.revops.core.qualification.CompositeCriterion.AnyOf;
import io.revops.core.qualification.CompositeCriterion.AtLeast;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Random;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Random criteria trees and leads for property tests; shared with the JSON tests. */
public final class CriterionGenerators {
  /** The evaluation instant every generated lead is judged at. */
  public static final Instant AS_OF = Instant.parse("2026-11-22T10:00:00Z");

  private CriterionGenerators() {}

  /** Leaves that each can PASS, FAIL or be UNKNOWN (or at least PASS and FAIL) on generated leads. */
  public static final List<Criterion> LEAVES = List.of(
      Criteria.employeesAtLeast(50),
      Criteria.annualRevenueAtLeast(Amounts.of(100_000_000L, "RUB")),
      Criteria.industryIn(Industry.IT, Industry.MANUFACTURING),
      Criteria.cityIn("Moscow", "Saint Petersburg"),
      Criteria.cityPopulationAtLeast(1_000_000),
      Criteria.siteVisitsAtLeast(2, Window.lastDays(30)),
      Criteria.visitedPageKind(PageKind.PRICING, PageKind.CASE_STUDY),
      Criteria.contentDownloadsAtLeast(1),
      Criteria.emailOpensAtLeast(2, Window.last(Duration.ofHours(36))),
      Criteria.eventsAttendedAtLeast(1),
      Criteria.budget(),
      Criteria.authority(),
      Criteria.need(),
      Criteria.timelineWithin(Period.ofMonths(6)));

  /** Criteria trees up to {@code depth} composites deep, some renamed. */
  public static Gen<Criterion> criteria(int depth) {
    Gen<Criterion> leaf = Generate.pick(LEAVES);
    if (depth == 0) {
      return leaf;
    }
    Gen<Criterion> sub = criteria(depth - 1);
    Gen<List<Criterion>> kids = lists().of(sub).ofSizeBetween(1, 3);
    Gen<Criterion> all = kids.map(l -> new AllOf(null, l));
    Gen<Criterion> any = kids.map(l -> new AnyOf(null, l));
    Gen<Criterion> atLeast = kids.zip(integers().between(1, 3), (l, n) -> new AtLeast(null, Math.min(n, l.size()), l));
    Gen<Criterion> not = sub.map(Criteria::not);
    Gen<Criterion> tree = Generate.frequency(
        Pair.of(3, leaf), Pair.of(1, all), Pair.of(1, any), Pair.of(1, atLeast), Pair.of(1, not));
    return tree.zip(integers().between(0, 4), (c, n) -> n == 0 ? c.withName("custom " + c.name().length()) : c);
  }

  /** A lead with some data missing, and the same lead with every missing datum filled in. */
  public record LeadPair(Lead partial, Lead complete) {}

  /** Random leads; each firmographic and BANT datum is known or missing. */
  public static Gen<Lead> leads() {
    return leadPairs().map(LeadPair::partial);
  }

  /** Random pairs of a partially known lead and a completion of it. */
  public static Gen<LeadPair> leadPairs() {
    return longs().all().map(CriterionGenerators::pair);
  }

  private static LeadPair pair(long seed) {
    Random r = new Random(seed);
    Company.Builder partial = Company.builder("Acme");
    Company.Builder complete = Company.builder("Acme");
    int employees = r.nextBoolean() ? 20 : 200;
    complete.employees(employees);
    if (r.nextBoolean()) partial.employees(employees);
    var revenue = r.nextBoolean() ? Amounts.of(50_000_000L, "RUB") : Amounts.of(500_000_000L, "RUB");
    complete.annualRevenue(revenue);
    int revenueKind = r.nextInt(3);
    if (revenueKind == 0) partial.annualRevenue(revenue);
    Industry industry = r.nextBoolean() ? Industry.IT : Industry.of("retail");
    complete.industry(industry);
    if (r.nextBoolean()) partial.industry(industry);
    City city = List.of(City.of("Moscow", 13_000_000, "RU"), City.of("Kazan", 1_318_000, "RU"), City.of("Tver", 400_000, "RU"))
        .get(r.nextInt(3));
    complete.city(city);
    int cityKind = r.nextInt(3);
    if (cityKind == 1) partial.city(city);
    if (cityKind == 2) partial.city(City.of(city.name())); // name known, population not

    BantAnswer[] answers = new BantAnswer[3];
    BantAnswer[] known = new BantAnswer[3];
    for (int i = 0; i < 3; i++) {
      known[i] = BantAnswer.of(r.nextBoolean());
      answers[i] = r.nextBoolean() ? known[i] : BantAnswer.UNKNOWN;
    }
    Timeline timeline = Timeline.by(LocalDate.parse(r.nextBoolean() ? "2027-01-01" : "2028-01-01"));
    Bant completeBant = Bant.of(known[0], known[1], known[2], timeline);
    Bant partialBant = Bant.of(answers[0], answers[1], answers[2], r.nextBoolean() ? timeline : Timeline.unknown());

    Lead.Builder p = Lead.builder("L-" + seed).bant(partialBant);
    Lead.Builder c = Lead.builder("L-" + seed).bant(completeBant).company(complete.build());
    if (r.nextInt(5) > 0) p.company(partial.build()); // sometimes no company at all
    int events = r.nextInt(6);
    for (int i = 0; i < events; i++) {
      Instant at = AS_OF.minus(Duration.ofHours(r.nextInt(24 * 40))).plus(Duration.ofHours(r.nextInt(2) * 48L));
      BehaviouralEvent e = switch (r.nextInt(4)) {
        case 0 -> BehaviouralEvent.siteVisit(at, PageKind.values()[r.nextInt(3)]);
        case 1 -> BehaviouralEvent.contentDownload(at, "guide " + i);
        case 2 -> BehaviouralEvent.emailOpen(at, r.nextBoolean());
        default -> BehaviouralEvent.eventAttended(at, "webinar " + i);
      };
      p.behaviour(e);
      c.behaviour(e);
    }
    return new LeadPair(p.build(), c.build());
  }
}
