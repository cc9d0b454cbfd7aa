/**
 * Money and exact ratios.
 *
 * <p>Money is always a JSR 354 {@link javax.money.MonetaryAmount}; {@link io.revops.core.money.Amounts}
 * holds the operations revops needs (same-currency checks, sums, exact division with an explicit
 * {@link java.math.RoundingMode}, formatting that does not depend on the default locale).
 * {@link io.revops.core.money.Rate} is a share in [0, 1], {@link io.revops.core.money.Ratio} a
 * non-negative ratio such as LTV:CAC or NRR. Amounts in different currencies are never combined
 * silently: {@link io.revops.core.money.CurrencyMismatchException} names both, unless the caller
 * supplies {@link io.revops.core.money.ExchangeRates}.
 */
@NullMarked
package io.revops.core.money;

import org.jspecify.annotations.NullMarked;
