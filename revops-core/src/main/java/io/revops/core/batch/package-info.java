/**
 * The vocabulary every batch reader of revops shares: a {@link io.revops.core.batch.Finding} is one bad row,
 * line or value met while reading a batch (where it was, the offending value quoted to a bounded length, and
 * the rule it broke); {@link io.revops.core.batch.Findings} collects them for one run and counts them by rule.
 *
 * <p>The reader design, written once here for every reader (JSON Lines, CSV, CRM profiles): a reader hands
 * out its good records as a stream or iterator, so memory does not grow with the input, and reports every bad
 * record to a {@link java.util.function.Consumer Consumer&lt;Finding&gt;} (usually a {@code Findings}) as it
 * meets it. A bad record is never dropped silently and never ends the batch; only an input that cannot be read
 * at all (a missing file) is an exception. {@link io.revops.core.batch.Quote} bounds every value copied into a
 * finding or an exception message, so a hostile 10^6-character value costs no more than a short one.
 */
@NullMarked
package io.revops.core.batch;

import org.jspecify.annotations.NullMarked;
