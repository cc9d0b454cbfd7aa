package io.revops.metrics.sales;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.money.Amounts;
import io.revops.core.money.ExchangeRates;
import io.revops.core.money.Rate;
import io.revops.metrics.Accumulator;
import io.revops.metrics.MetricResult;
import io.revops.metrics.Policy;
import io.revops.metrics.ReportingCurrency;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Adds up {@link Deal}s into a {@link PipelineReport}: the pipeline weighted by
 * {@link StageProbabilities}, its total, and a summary per stage.
 *
 * <p>Every deal must be in the accumulator's currency — a deal in another currency is rejected with a
 * {@link io.revops.core.money.CurrencyMismatchException} — unless the accumulator was given
 * {@link ExchangeRates}, in which case it is converted at the rates in force on {@code asOf}, rounded to
 * the minor unit. A deal whose stage has no probability is left out and listed in the report, as are ids
 * seen more than once. Amount × probability is summed exactly and rounded once per figure
 * ({@link RoundingMode#HALF_EVEN} unless given), so merging the accumulators of any split of the deals
 * gives the same report as one accumulator over all of them.
 *
 * <p>Mutable and not thread-safe, like every {@link Accumulator}: use one per partition.
 */
public final class PipelineAccumulator implements Accumulator<Deal, PipelineAccumulator, PipelineReport> {
  /** The rounding used when none is given. */
  public static final RoundingMode DEFAULT_ROUNDING = RoundingMode.HALF_EVEN;

  private static final class StageTally {
    long deals;
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;

    void add(StageTally o) {
      deals = Math.addExact(deals, o.deals);
      total = total.add(o.total);
      weighted = weighted.add(o.weighted);
    }
  }

  private final CurrencyUnit currency;
  private final StageProbabilities probabilities;
  private final ReportingCurrency reporting;
  private final RoundingMode rounding;
  private final Map<String, StageTally> stages = new HashMap<>();
  private final Map<String, Long> idCounts = new HashMap<>();
  private final List<String> unknownStage = new ArrayList<>();

  private PipelineAccumulator(CurrencyUnit currency, StageProbabilities probabilities, ReportingCurrency reporting,
      RoundingMode rounding) {
    this.currency = requireNonNull(currency, "currency");
    this.probabilities = requireNonNull(probabilities, "probabilities");
    this.reporting = reporting;
    this.rounding = requireNonNull(rounding, "rounding");
  }

  /** An empty pipeline in {@code currency}, rounding {@link RoundingMode#HALF_EVEN}; other currencies are rejected. */
  public static PipelineAccumulator of(CurrencyUnit currency, StageProbabilities probabilities) {
    return new PipelineAccumulator(currency, probabilities, null, DEFAULT_ROUNDING);
  }

  /** An empty pipeline in {@code currency}, rounding with {@code rounding}; other currencies are rejected. */
  public static PipelineAccumulator of(CurrencyUnit currency, StageProbabilities probabilities, RoundingMode rounding) {
    return new PipelineAccumulator(currency, probabilities, null, rounding);
  }

  /**
   * An empty pipeline in {@code currency} that converts deals in other currencies with {@code rates} as of
   * {@code asOf}, rounding each conversion and each figure with {@code rounding}.
   */
  public static PipelineAccumulator of(CurrencyUnit currency, StageProbabilities probabilities, ExchangeRates rates,
      LocalDate asOf, RoundingMode rounding) {
    requireNonNull(currency, "currency");
    requireNonNull(rates, "rates");
    requireNonNull(asOf, "asOf");
    return of(probabilities, ReportingCurrency.of(currency, rates, rounding).atRatesOf(asOf));
  }

  /**
   * An empty pipeline in {@code reporting}'s currency that converts deals in other currencies at the rates
   * of its {@linkplain ReportingCurrency#atRatesOf(LocalDate) fixed date}, rounding each conversion and each
   * figure with its rounding.
   *
   * @throws IllegalArgumentException if {@code reporting} has no fixed date (a pipeline is valued as of one day)
   */
  public static PipelineAccumulator of(StageProbabilities probabilities, ReportingCurrency reporting) {
    requireNonNull(reporting, "reporting");
    checkArgument(reporting.fixedDate().isPresent(),
        "reporting must have a fixed date for the pipeline (use atRatesOf): %s", reporting);
    return new PipelineAccumulator(reporting.currency(), probabilities, reporting, reporting.rounding());
  }

  /**
   * Adds a deal.
   *
   * @throws io.revops.core.money.CurrencyMismatchException if the deal is in another currency and there are no rates
   * @throws IllegalArgumentException if the rates have no rate for the deal's currency
   */
  @Override
  public PipelineAccumulator add(Deal deal) {
    requireNonNull(deal, "deal");
    MonetaryAmount amount = reporting == null
        ? Amounts.requireCurrency("amount of deal " + deal.id(), currency, deal.amount())
        : reporting.convert(deal.amount(), reporting.fixedDate().orElseThrow());
    idCounts.merge(deal.id(), 1L, Long::sum);
    Rate p = probabilities.probability(deal.stage()).orElse(null);
    if (p == null) {
      unknownStage.add(deal.id());
      return this;
    }
    StageTally t = stages.computeIfAbsent(deal.stage(), s -> new StageTally());
    BigDecimal v = Amounts.toBigDecimal(amount);
    t.deals++;
    t.total = t.total.add(v);
    t.weighted = t.weighted.add(v.multiply(p.toBigDecimal()));
    return this;
  }

  /**
   * Adds everything {@code other} has seen.
   *
   * @throws IllegalArgumentException if {@code other} has another currency, probabilities, rates or rounding
   */
  @Override
  public PipelineAccumulator merge(PipelineAccumulator other) {
    requireNonNull(other, "other");
    checkArgument(other != this, "an accumulator cannot be merged into itself");
    checkArgument(currency.equals(other.currency) && probabilities.equals(other.probabilities)
            && Objects.equals(reporting, other.reporting) && rounding == other.rounding,
        "other must have the same currency, stage probabilities, rates and rounding: %s vs %s",
        policies(), other.policies());
    other.stages.forEach((s, t) -> stages.computeIfAbsent(s, k -> new StageTally()).add(t));
    other.idCounts.forEach((id, n) -> idCounts.merge(id, n, Long::sum));
    unknownStage.addAll(other.unknownStage);
    return this;
  }

  private List<Policy> policies() {
    return reporting == null ? List.of(probabilities) : List.of(probabilities, reporting);
  }

  @Override
  public PipelineReport result() {
    StageTally all = new StageTally();
    Map<String, StageSummary> byStage = new LinkedHashMap<>();
    probabilities.asMap().forEach((stage, p) -> {
      StageTally t = stages.get(stage);
      if (t != null) {
        all.add(t);
        byStage.put(stage, StageSummary.of(stage, p, t.deals, Amounts.of(t.total, currency),
            Amounts.round(Amounts.of(t.weighted, currency), rounding)));
      }
    });
    String deals = all.deals + (all.deals == 1 ? " deal" : " deals");
    MonetaryAmount total = Amounts.of(all.total, currency);
    MonetaryAmount weighted = Amounts.round(Amounts.of(all.weighted, currency), rounding);
    List<String> unknown = new ArrayList<>(unknownStage);
    unknown.sort(null);
    List<String> duplicates = new ArrayList<>();
    new TreeMap<>(idCounts).forEach((id, n) -> {
      if (n > 1) {
        duplicates.add(id);
      }
    });
    return new PipelineReport(
        MetricResult.of("weighted pipeline", weighted,
            deals + " × stage probability, of " + Amounts.format(total), policies()),
        MetricResult.of("pipeline", total, deals + ", unweighted", policies()),
        byStage, unknown, duplicates);
  }
}
