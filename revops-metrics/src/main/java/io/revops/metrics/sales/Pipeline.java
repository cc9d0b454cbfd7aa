package io.revops.metrics.sales;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.ExchangeRates;
import java.math.RoundingMode;
import java.time.LocalDate;
import javax.money.CurrencyUnit;

/**
 * Pipeline value weighted by stage probability, in one call; see {@link PipelineAccumulator} for the
 * rules and for computing it in parts.
 *
 * <pre>{@code
 * Pipeline.report(Amounts.currency("RUB"), probabilities, deals).weighted()
 * // weighted pipeline = 4 200 000,00 RUB (3 deals × stage probability, of 6 000 000,00 RUB, stage probabilities ...)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Pipeline {
  private Pipeline() {}

  /**
   * The pipeline of {@code deals}, all in {@code currency}, rounded {@link RoundingMode#HALF_EVEN}.
   *
   * @throws io.revops.core.money.CurrencyMismatchException if a deal is in another currency
   */
  public static PipelineReport report(CurrencyUnit currency, StageProbabilities probabilities, Iterable<Deal> deals) {
    requireNonNull(deals, "deals");
    return PipelineAccumulator.of(currency, probabilities).addAll(deals).result();
  }

  /**
   * The pipeline of {@code deals} in {@code currency}, converting other currencies with {@code rates} as
   * of {@code asOf}, rounded with {@code rounding}.
   *
   * @throws IllegalArgumentException if the rates have no rate for a deal's currency
   */
  public static PipelineReport report(CurrencyUnit currency, StageProbabilities probabilities, Iterable<Deal> deals,
      ExchangeRates rates, LocalDate asOf, RoundingMode rounding) {
    requireNonNull(deals, "deals");
    return PipelineAccumulator.of(currency, probabilities, rates, asOf, rounding).addAll(deals).result();
  }
}
