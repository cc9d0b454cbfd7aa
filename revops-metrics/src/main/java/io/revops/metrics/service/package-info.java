/**
 * Service metrics — how customers feel and how fast they are helped.
 *
 * <ul>
 *   <li>{@link io.revops.metrics.service.Nps} and {@link io.revops.metrics.service.NpsAccumulator}: the
 *       {@link io.revops.metrics.service.NetPromoterScore} of 0–10 scores, promoters (9–10) minus detractors
 *       (0–6) in percentage points, from −100 to +100; a score outside 0–10 is rejected, naming it.</li>
 *   <li>{@link io.revops.metrics.service.TicketResolution} and
 *       {@link io.revops.metrics.service.TicketResolutionAccumulator}: mean and median time from opening to
 *       resolution of {@link io.revops.metrics.service.Ticket}s; open tickets are counted and left out.</li>
 * </ul>
 *
 * <p>SLA compliance between marketing and sales lives in the {@code revops-sla} module.
 */
@NullMarked
package io.revops.metrics.service;

import org.jspecify.annotations.NullMarked;
