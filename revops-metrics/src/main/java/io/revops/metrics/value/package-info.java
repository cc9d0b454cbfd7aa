/**
 * Customer value metrics — what a customer is worth, and whether acquiring them pays.
 *
 * <ul>
 *   <li>{@link io.revops.metrics.value.Ltv}: the handbook's lifetime formula (monthly revenue × lifetime
 *       months × margin: {@code 200 000 × 24 × 0.40 = 1 920 000 RUB}) and the churn-based formula (ARPA ×
 *       margin / monthly churn) with a {@link io.revops.metrics.value.ZeroChurnPolicy} for zero churn.</li>
 *   <li>{@link io.revops.metrics.value.LtvCac}: LTV / CAC ({@code 1 920 000 / 500 000 = 3.84}) with a
 *       {@link io.revops.metrics.value.LtvCacHealth health band} from configurable
 *       {@link io.revops.metrics.value.LtvCacBands} (below 1 losing, 1 to below 3 surviving, 3 to 5
 *       healthy, above 5 under-investing).</li>
 *   <li>{@link io.revops.metrics.value.Arpa} (average revenue per account) and
 *       {@link io.revops.metrics.value.Acv} (annual contract value).</li>
 * </ul>
 *
 * <p>Money is exact; every lossy step rounds to the minor unit with an explicit
 * {@link java.math.RoundingMode}, {@code HALF_EVEN} where none is given.
 */
@NullMarked
package io.revops.metrics.value;

import org.jspecify.annotations.NullMarked;
