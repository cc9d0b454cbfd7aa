package io.revops.benchmarks;

import io.revops.core.lead.Industry;
import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import io.revops.metrics.territory.Account;
import io.revops.metrics.territory.Rep;
import io.revops.metrics.territory.TerritoryPlan;
import io.revops.metrics.territory.TerritoryPlanner;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Territory planning at 10^4 accounts and 50 reps: a fresh plan, and a re-plan after one rep leaves (from the
 * fresh plan's assignment, 2% tolerance). Accounts: seeded log-normal potentials around 1M RUB, workloads 1–20,
 * four regions, three industries; every other rep limited to two regions. Run with
 * {@code java -cp ... org.openjdk.jmh.Main TerritoryBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Djava.util.logging.config.file=/dev/null"})
public class TerritoryBenchmarks {
  private static final List<String> REGIONS = List.of("Moscow", "Saint Petersburg", "Kazan", "Novosibirsk");
  private static final List<Industry> INDUSTRIES = List.of(Industry.IT, Industry.MANUFACTURING, Industry.DISTRIBUTION);

  /** The number of accounts. */
  @Param("10000")
  public int accounts;

  /** The number of reps. */
  @Param("50")
  public int reps;

  List<Account> fresh;
  List<Account> held;
  TerritoryPlanner planner;
  TerritoryPlanner oneFewer;

  /** Generates the accounts and reps (seed 17) and the assignment to re-plan from. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom rnd = new SplittableRandom(17);
    fresh = new ArrayList<>();
    for (int i = 0; i < accounts; i++) {
      double gaussian = Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
      long kopecks = Math.round(100_000_000 * Math.exp(0.8 * gaussian));
      fresh.add(Account.of("a" + i, REGIONS.get(rnd.nextInt(REGIONS.size())), INDUSTRIES.get(rnd.nextInt(3)),
          Amounts.of(BigDecimal.valueOf(kopecks, 2), Amounts.currency("RUB")), 1 + rnd.nextInt(20)));
    }
    List<Rep> all = new ArrayList<>();
    for (int r = 0; r < reps; r++) {
      Rep rep = Rep.of("rep-" + r);
      all.add(r % 2 == 0 ? rep.withRegions(List.of(REGIONS.get(r % 4), REGIONS.get((r + 1) % 4))) : rep);
    }
    planner = TerritoryPlanner.of(all);
    oneFewer = TerritoryPlanner.of(all.subList(0, reps - 1));
    TerritoryPlan plan = planner.plan(fresh);
    held = fresh.stream().map(a -> a.withCurrentRep(plan.repOf(a.id()).orElseThrow())).toList();
  }

  /** A fresh plan. */
  @Benchmark
  public TerritoryPlan plan() {
    return planner.plan(fresh);
  }

  /** A re-plan after the last rep leaves. */
  @Benchmark
  public TerritoryPlan replanAfterARepLeaves() {
    return oneFewer.replan(held, Rate.ofPercent(2));
  }

  /** Prints one plan's quality figures (for BENCHMARKS.md), without JMH. */
  public static void main(String[] args) {
    TerritoryBenchmarks b = new TerritoryBenchmarks();
    b.accounts = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    b.reps = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    b.setUp();
    TerritoryPlan p = b.plan();
    TerritoryPlan r = b.replanAfterARepLeaves();
    long orphans = b.held.stream().filter(a -> a.currentRep().orElseThrow().equals("rep-" + (b.reps - 1))).count();
    System.out.printf("fresh: gap to bound %.4f%%, imbalance %.4f%%, %d steps%n", 100 * p.gapToBound(),
        100 * p.imbalance(), p.steps());
    System.out.printf("re-plan: gap to bound %.4f%%, %d moved (%d were the leaving rep's)%n", 100 * r.gapToBound(),
        r.moved().size(), orphans);
  }
}
