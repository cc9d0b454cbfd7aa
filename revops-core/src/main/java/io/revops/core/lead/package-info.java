/**
 * What revops knows about a lead: its {@link io.revops.core.lead.Company}, its
 * {@link io.revops.core.lead.Contact}, where it came from ({@link io.revops.core.lead.LeadSource}),
 * how it behaved ({@link io.revops.core.lead.BehaviouralEvent}) and what it answered
 * ({@link io.revops.core.lead.Bant}).
 *
 * <p>Missing data is explicit: a company with no employee count says so through an empty
 * {@code OptionalInt}, and qualification treats it as unknown, never as small.
 */
@NullMarked
package io.revops.core.lead;

import org.jspecify.annotations.NullMarked;
