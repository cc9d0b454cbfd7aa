package io.revops.metrics.revenue;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.revops.core.money.Amounts;
import io.revops.core.money.ExchangeRates;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of revenue records over 8 customers and 6 months from 2026-01. */
final class RevenueGenerators {
  static final YearMonth FIRST = YearMonth.of(2026, 1);
  static final int MONTHS = 6;

  private RevenueGenerators() {}

  /** A record in {@code currencies}, with kopeck/cent precision and often zero. */
  static Gen<RevenueRecord> records(List<String> currencies) {
    return integers().between(0, 7).zip(integers().between(0, MONTHS - 1), integers().between(0, 5_000_000),
        Generate.pick(currencies), (c, m, minor, cur) -> RevenueRecord.of("C-" + c, FIRST.plusMonths(m),
            Amounts.of(BigDecimal.valueOf(minor % 7 == 0 ? 0 : minor, 2), Amounts.currency(cur))));
  }

  static Gen<List<RevenueRecord>> ledgers(List<String> currencies) {
    return lists().of(records(currencies)).ofSizeBetween(1, 40);
  }

  static Gen<List<RevenueRecord>> rubLedgers() {
    return ledgers(List.of("RUB"));
  }

  /** Rates of USD and EUR to RUB, one per month, each between 50 and 120 with 4 decimals. */
  static Gen<ExchangeRates> rates() {
    return lists().of(integers().between(500_000, 1_200_000)).ofSize(2 * MONTHS).map(values -> {
      ExchangeRates.Builder b = ExchangeRates.builder();
      for (int m = 0; m < MONTHS; m++) {
        b.rate(FIRST.plusMonths(m).atDay(1), Amounts.currency("USD"), Amounts.currency("RUB"),
            BigDecimal.valueOf(values.get(2 * m), 4));
        b.rate(FIRST.plusMonths(m).atDay(1), Amounts.currency("EUR"), Amounts.currency("RUB"),
            BigDecimal.valueOf(values.get(2 * m + 1), 4));
      }
      return b.build();
    });
  }

  /** A start and end month in range, end not before start. */
  static Gen<YearMonth[]> periods() {
    return integers().between(0, MONTHS - 1).zip(integers().between(0, MONTHS - 1),
        (a, b) -> new YearMonth[] {FIRST.plusMonths(Math.min(a, b)), FIRST.plusMonths(Math.max(a, b))});
  }
}
