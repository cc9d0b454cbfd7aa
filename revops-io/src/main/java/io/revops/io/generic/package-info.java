/**
 * The generic CSV layout: a leads file and an activities file with revops' own column names
 * ({@code lead_id}, {@code created_at}, {@code type}, …), each header renamable through
 * {@link io.revops.io.generic.CsvColumns}. {@link io.revops.io.generic.CsvImport} reads them with the same
 * {@link io.revops.io.csv.CsvReader} as the CRM profiles, so a damaged row (an unterminated quote, a short
 * row) rejects that row only, and every rejected row is a {@link io.revops.core.batch.Finding}.
 *
 * <p>For a CRM's export as the CRM writes it, use {@link io.revops.io.crm.CrmImport} with a profile instead.
 */
@NullMarked
package io.revops.io.generic;

import org.jspecify.annotations.NullMarked;
