/**
 * Territory planning — "dividing the pie so that everyone gets a fair share and the company the most": accounts
 * assigned to reps so that potential and workload are balanced, under each rep's regions, industries and
 * capacity, with accounts that must stay with their rep.
 *
 * <ul>
 *   <li>{@link io.revops.metrics.territory.Account}: region, industry, potential (exact money, e.g.
 *       {@link io.revops.metrics.territory.Account#expectedRevenue deal size × the segment's win rate}), workload,
 *       current rep, pinned.</li>
 *   <li>{@link io.revops.metrics.territory.Rep}: the regions and industries a rep may cover, and a capacity.</li>
 *   <li>{@link io.revops.metrics.territory.TerritoryPlanner}: a fresh plan or a re-plan that moves few accounts;
 *       the heuristic (LPT and local search) and its objective are documented there.</li>
 *   <li>{@link io.revops.metrics.territory.TerritoryPlan}: each rep's share
 *       ({@link io.revops.metrics.territory.RepShare}), the imbalance, the accounts that moved or could not be
 *       placed ({@link io.revops.metrics.territory.Unassigned}), and a lower bound on the optimum that proves
 *       how far from it the plan can be.</li>
 * </ul>
 */
@NullMarked
package io.revops.metrics.territory;

import org.jspecify.annotations.NullMarked;
