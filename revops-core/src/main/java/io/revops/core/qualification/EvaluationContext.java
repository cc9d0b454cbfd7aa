package io.revops.core.qualification;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.ExchangeRates;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an evaluation may use besides the lead: exchange rates for revenue thresholds in another
 * currency, and whether machine-generated email opens count.
 *
 * <p>The defaults: no exchange rates (a revenue in another currency is UNKNOWN), machine email opens
 * (mail scanners, privacy proxies) not counted.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EvaluationContext {
  private static final EvaluationContext DEFAULTS = new EvaluationContext(ExchangeRates.none(), false);

  private final ExchangeRates exchangeRates;
  private final boolean machineEmailOpensCounted;

  private EvaluationContext(ExchangeRates exchangeRates, boolean machineEmailOpensCounted) {
    this.exchangeRates = requireNonNull(exchangeRates, "exchangeRates");
    this.machineEmailOpensCounted = machineEmailOpensCounted;
  }

  /** No exchange rates; machine email opens not counted. */
  public static EvaluationContext defaults() {
    return DEFAULTS;
  }

  /** The defaults with {@code exchangeRates}. */
  public static EvaluationContext of(ExchangeRates exchangeRates) {
    return new EvaluationContext(exchangeRates, false);
  }

  /** This context with {@code exchangeRates}. */
  public EvaluationContext withExchangeRates(ExchangeRates exchangeRates) {
    return new EvaluationContext(exchangeRates, machineEmailOpensCounted);
  }

  /** This context, counting machine-generated email opens if {@code counted}. */
  public EvaluationContext withMachineEmailOpensCounted(boolean counted) {
    return new EvaluationContext(exchangeRates, counted);
  }

  /** The exchange rates (possibly {@link ExchangeRates#none()}). */
  public ExchangeRates exchangeRates() {
    return exchangeRates;
  }

  /** True if machine-generated email opens count as opens. */
  public boolean isMachineEmailOpensCounted() {
    return machineEmailOpensCounted;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EvaluationContext c && exchangeRates.equals(c.exchangeRates)
        && machineEmailOpensCounted == c.machineEmailOpensCounted;
  }

  @Override
  public int hashCode() {
    return Objects.hash(exchangeRates, machineEmailOpensCounted);
  }

  @Override
  public String toString() {
    return "EvaluationContext[" + exchangeRates + ", machine email opens "
        + (machineEmailOpensCounted ? "counted" : "not counted") + "]";
  }
}
