package io.revops.metrics.planning;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.revops.core.funnel.LifecycleStage;
import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import java.math.BigDecimal;
import java.util.List;
import org.quicktheories.core.Gen;

/** QuickTheories generators for planning inputs. */
final class Generators {
  private static final List<LifecycleStage> ALL = List.of(LifecycleStage.values());

  private Generators() {}

  /** Rates from 1% to 100% in steps of 0.1%. */
  static Gen<Rate> rates() {
    return integers().between(10, 1000).map(p -> Rate.ofFraction(p, 1000));
  }

  /** Funnels of 1 to 5 transitions ending at customer. */
  static Gen<FunnelRates> funnels() {
    return lists().of(rates()).ofSizeBetween(1, ALL.size() - 1).map(rs -> {
      List<LifecycleStage> stages = ALL.subList(ALL.size() - rs.size() - 1, ALL.size());
      FunnelRates f = FunnelRates.startingAt(stages.get(0));
      for (int i = 0; i < rs.size(); i++) {
        f = f.then(stages.get(i + 1), rs.get(i));
      }
      return f;
    });
  }

  /** Planning models around the handbook's with every input varied. */
  static Gen<PlanningModel> models() {
    Gen<FunnelRates> funnel = rates().zip(rates(), rates(), rates(), (a, b, c, d) -> FunnelRates.startingAt(LifecycleStage.VISITOR)
        .then(LifecycleStage.LEAD, a).then(LifecycleStage.MQL, b).then(LifecycleStage.SQL, c)
        .then(LifecycleStage.CUSTOMER, d));
    Gen<int[]> team = integers().between(0, 20).zip(integers().between(0, 50), integers().between(0, 10),
        integers().between(1, 365), integers().between(0, 20), (m, r, c, days, sqls) -> new int[] {m, r, c, days, sqls});
    Gen<long[]> money = integers().between(0, 200_000).zip(integers().between(1, 5_000),
        integers().between(1, 10_000), integers().between(0, 2_000_000),
        (budget, cpv, deal, revenue) -> new long[] {budget * 1_000L, cpv, deal * 1_000L, revenue * 1_000L});
    Gen<Rate[]> churnMargin = integers().between(0, 1000).zip(integers().between(0, 1000),
        (c, m) -> new Rate[] {Rate.ofFraction(c, 1000), Rate.ofFraction(m, 1000)});
    return funnel.zip(team, money, churnMargin, (f, t, m, cm) -> PlanningModel.handbook()
        .withFunnel(f)
        .withMarketers(BigDecimal.valueOf(t[0])).withSalesReps(BigDecimal.valueOf(t[1]))
        .withCustomerSuccess(BigDecimal.valueOf(t[2])).withSalesCycleDays(t[3])
        .withSqlsPerRepPerCycle(BigDecimal.valueOf(t[4]))
        .withMarketingBudget(Amounts.of(m[0], "RUB")).withCostPerVisitor(Amounts.of(m[1], "RUB"))
        .withAverageDeal(Amounts.of(m[2], "RUB")).withCurrentRevenue(Amounts.of(m[3], "RUB"))
        .withAnnualChurn(cm[0]).withGrossMargin(cm[1]));
  }
}
