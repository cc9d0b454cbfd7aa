/**
 * Acquisition metrics — what it costs to win leads and customers, and what marketing returns.
 *
 * <ul>
 *   <li>{@link io.revops.metrics.acquisition.Cac}: (marketing + sales spend) / new customers, with the
 *       {@link io.revops.metrics.acquisition.SpendTiming spend timing} a named policy (same period or
 *       lagged one period); the handbook's {@code (5 000 000 + 10 000 000 RUB) / 30 = 500 000 RUB}.</li>
 *   <li>{@link io.revops.metrics.acquisition.AcquisitionAccumulator}: CAC and CPL blended, paid vs organic
 *       and by {@link io.revops.metrics.acquisition.Channel channel}, from
 *       {@link io.revops.metrics.acquisition.Spend}, {@link io.revops.metrics.acquisition.NewCustomers} and
 *       {@link io.revops.metrics.acquisition.NewLeads} records over a
 *       {@link io.revops.metrics.MonthRange}; it can be split and merged.</li>
 *   <li>{@link io.revops.metrics.acquisition.Cpl} (cost per lead), {@link io.revops.metrics.acquisition.Ctr}
 *       (click-through rate), {@link io.revops.metrics.acquisition.Romi} (return on marketing investment,
 *       a {@link io.revops.metrics.SignedRatio} that may be negative) and
 *       {@link io.revops.metrics.acquisition.CacPayback} (months to earn CAC back).</li>
 * </ul>
 *
 * <p>Money is exact; every division into money rounds to the minor unit with an explicit
 * {@link java.math.RoundingMode}, {@code HALF_EVEN} where none is given.
 */
@NullMarked
package io.revops.metrics.acquisition;

import org.jspecify.annotations.NullMarked;
