package io.revops.metrics.value;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.money.Rate;
import java.math.BigDecimal;

/** Validation that names the parameter, where {@link Rate#of(BigDecimal)} would only say "rate". */
final class Fractions {
  private Fractions() {}

  static Rate fraction(String parameter, BigDecimal value) {
    Args.decimal(parameter, value);
    checkArgument(value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0,
        "%s must be in [0, 1] (0% to 100%): %s", parameter, Args.plain(value));
    return Rate.of(value);
  }
}
