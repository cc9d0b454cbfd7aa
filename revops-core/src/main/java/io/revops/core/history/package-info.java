/**
 * Lead event histories, the shared input of metrics and the SLA.
 *
 * <p>A {@link io.revops.core.history.LeadEvent} is one thing that happened to a lead (created, became
 * MQL, assigned, contact attempt, …, won, lost). A {@link io.revops.core.history.LeadEventHistory} is
 * the immutable, ordered list of one lead's events. Building a history never fails on bad data: it
 * orders the events, drops exact duplicates, and lists every problem it found as a
 * {@link io.revops.core.history.HistoryAnomaly} on the history.
 */
@NullMarked
package io.revops.core.history;

import org.jspecify.annotations.NullMarked;
