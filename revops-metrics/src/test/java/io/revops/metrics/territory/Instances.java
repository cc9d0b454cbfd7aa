package io.revops.metrics.territory;

import io.revops.core.lead.Industry;
import io.revops.core.money.Amounts;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random territory instances for the tests. */
final class Instances {
  static final List<String> REGIONS = List.of("Moscow", "Saint Petersburg", "Kazan", "Novosibirsk");
  static final List<Industry> INDUSTRIES = List.of(Industry.IT, Industry.MANUFACTURING, Industry.DISTRIBUTION);

  private Instances() {}

  /** {@code n} accounts with log-normal potentials (around 1M RUB) and workloads 1–20. */
  static List<Account> accounts(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Account> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long kopecks = Math.round(100_000_000 * Math.exp(0.8 * gaussian(rnd)));
      out.add(Account.of("a" + i, REGIONS.get(rnd.nextInt(REGIONS.size())),
          INDUSTRIES.get(rnd.nextInt(INDUSTRIES.size())),
          Amounts.of(java.math.BigDecimal.valueOf(kopecks, 2), Amounts.currency("RUB")), 1 + rnd.nextInt(20)));
    }
    return out;
  }

  /**
   * {@code m} reps; when {@code restricted}, every other rep covers two regions (rotating, so every region is
   * covered) and the rest any region.
   */
  static List<Rep> reps(int m, boolean restricted) {
    List<Rep> out = new ArrayList<>();
    for (int r = 0; r < m; r++) {
      Rep rep = Rep.of("rep-" + r);
      if (restricted && r % 2 == 0) {
        rep = rep.withRegions(List.of(REGIONS.get(r % REGIONS.size()), REGIONS.get((r + 1) % REGIONS.size())));
      }
      out.add(rep);
    }
    return out;
  }

  private static double gaussian(SplittableRandom rnd) {
    // Box–Muller: SplittableRandom has no nextGaussian on Java 17
    double u = 1 - rnd.nextDouble();
    double v = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
