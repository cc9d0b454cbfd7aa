/**
 * Data quality of lead data: duplicate leads (the same person entered twice), duplicate companies
 * (one company spelt several ways), completeness per field, freshness as of a given instant, and the
 * leads the funnel counts twice.
 *
 * <p>{@link io.revops.core.quality.DataQuality} is the entry point; it reads {@link
 * io.revops.core.quality.QualityRecord}s (from {@link io.revops.core.lead.Lead}s, plus an INN
 * where the source has one, checked by {@link io.revops.core.quality.Inn}) and returns a {@link
 * io.revops.core.quality.DataQualityReport} of explained {@link
 * io.revops.core.quality.DuplicateCluster}s. Matching uses blocking keys ({@link
 * io.revops.core.quality.MatchKey}), never all pairs, so it is linear in the number of leads.
 *
 * <p>Nothing here reads a clock, a default locale or zone, or the network; the as-of instant and the
 * phone region are parameters.
 */
@NullMarked
package io.revops.core.quality;

import org.jspecify.annotations.NullMarked;
