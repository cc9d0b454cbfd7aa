package io.revops.metrics.sales;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * One stage of a {@link PipelineReport}: how many deals, their total, and the total weighted by the
 * stage's probability (rounded to the minor unit).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StageSummary {
  private final String stage;
  private final Rate probability;
  private final long deals;
  private final MonetaryAmount total;
  private final MonetaryAmount weighted;

  private StageSummary(String stage, Rate probability, long deals, MonetaryAmount total, MonetaryAmount weighted) {
    this.stage = requireNonNull(stage, "stage");
    this.probability = requireNonNull(probability, "probability");
    this.deals = deals;
    this.total = requireNonNull(total, "total");
    this.weighted = requireNonNull(weighted, "weighted");
  }

  static StageSummary of(String stage, Rate probability, long deals, MonetaryAmount total, MonetaryAmount weighted) {
    return new StageSummary(stage, probability, deals, total, weighted);
  }

  /** The stage. */
  public String stage() {
    return stage;
  }

  /** The stage's probability of closing. */
  public Rate probability() {
    return probability;
  }

  /** The number of deals in the stage. */
  public long deals() {
    return deals;
  }

  /** The deals' total amount. */
  public MonetaryAmount total() {
    return total;
  }

  /** The total × the probability, rounded to the minor unit. */
  public MonetaryAmount weighted() {
    return weighted;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StageSummary s && stage.equals(s.stage) && probability.equals(s.probability)
        && deals == s.deals && Amounts.isEqual(total, s.total) && Amounts.isEqual(weighted, s.weighted);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stage, probability, deals);
  }

  /** {@code proposal 60%: 3 deals, 6 000 000,00 RUB, weighted 3 600 000,00 RUB}. */
  @Override
  public String toString() {
    return stage + " " + probability + ": " + deals + (deals == 1 ? " deal, " : " deals, ") + Amounts.format(total)
        + ", weighted " + Amounts.format(weighted);
  }
}
