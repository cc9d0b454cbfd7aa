package io.revops.metrics.revenue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** The sum of consecutive monthly MRR bridges: {@link MovementWindow#SUM_OF_MONTHLY_BRIDGES}. */
final class MonthlyBridges {
  private MonthlyBridges() {}

  /** The sum of {@code months}, consecutive bridges of one month each, in order; at least one. */
  static MrrMovements sum(List<MrrMovements> months) {
    MrrMovements first = months.get(0);
    MrrMovements last = months.get(months.size() - 1);
    BigDecimal[] lines = new BigDecimal[8];
    Arrays.fill(lines, BigDecimal.ZERO);
    int nNew = 0, nExp = 0, nReact = 0, nContr = 0, nChurn = 0, nSame = 0;
    for (MrrMovements m : months) {
      List<BigDecimal> a = m.exactAmounts();
      for (int i = 1; i < 7; i++) {
        lines[i] = lines[i].add(a.get(i));
      }
      MrrMovements.Counts c = m.counts();
      nNew += c.newCustomers();
      nExp += c.expanded();
      nReact += c.reactivated();
      nContr += c.contracted();
      nChurn += c.churned();
      nSame += c.unchanged();
    }
    return new MrrMovements(first.start(), last.end(), first.currency(), first.converted(),
        first.exactAmounts().get(0), lines[1], lines[2], lines[3], lines[4], lines[5], lines[6],
        last.exactAmounts().get(7),
        new MrrMovements.Counts(first.counts().atStart(), nNew, nExp, nReact, nContr, nChurn, nSame,
            last.counts().atEnd()));
  }
}
