package io.revops.metrics.sales;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.money.Amounts;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * An open deal in the pipeline: an id, its amount and the stage it is in.
 *
 * <pre>{@code
 * Deal.of("D-17", Amounts.of(2_000_000, "RUB"), "proposal")
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Deal {
  private final String id;
  private final MonetaryAmount amount;
  private final String stage;

  private Deal(String id, MonetaryAmount amount, String stage) {
    requireNonNull(id, "id");
    Args.text("id", id);
    requireNonNull(stage, "stage");
    Args.text("stage", stage);
    this.id = id;
    this.amount = Amounts.requireNonNegative("amount", amount);
    this.stage = stage;
  }

  /**
   * A deal.
   *
   * @throws IllegalArgumentException if {@code id} or {@code stage} is blank or {@code amount} is negative
   */
  public static Deal of(String id, MonetaryAmount amount, String stage) {
    return new Deal(id, amount, stage);
  }

  /** The deal's id. */
  public String id() {
    return id;
  }

  /** The deal's amount, zero or positive. */
  public MonetaryAmount amount() {
    return amount;
  }

  /** The stage the deal is in. */
  public String stage() {
    return stage;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Deal d && id.equals(d.id) && Amounts.isEqual(amount, d.amount) && stage.equals(d.stage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, stage, amount.getCurrency(), Amounts.toBigDecimal(amount).stripTrailingZeros());
  }

  /** {@code D-17 2 000 000,00 RUB (proposal)}. */
  @Override
  public String toString() {
    return id + " " + Amounts.format(amount) + " (" + stage + ")";
  }
}
