/**
 * JSON for the SLA: {@link io.revops.json.sla.SlaModule}, a Jackson module that writes and reads agreements,
 * obligations, SLA reports, review packs and what-if comparisons (a {@link io.revops.sla.WhatIf} is written as its
 * summary and read back as a {@link io.revops.sla.WhatIfSummary}), and writes evaluations. In reports, obligation
 * keys, rejection codes and response buckets are map keys in lower snake case ({@code "first_contact"},
 * {@code "no_budget"}, {@code "within_5_minutes"}), read case-insensitively; derived figures (rates, totals, the
 * all-months rejection review and speed to lead) are checked for shape and rebuilt from the counts when read.
 *
 * <p>Calendars are written as descriptors a {@link io.revops.json.sla.CalendarCodec} writes and resolves; the
 * default, {@link io.revops.json.sla.CalendarCodec#standard()}, knows 24/7 calendars and working calendars on
 * the Russian production calendar, jollyday's holidays or none. The MQL criterion is written in the format of
 * {@link io.revops.json.QualificationModule}.
 *
 * <pre>{@code
 * ObjectMapper json = new ObjectMapper().registerModule(SlaModule.of());
 * String text = json.writeValueAsString(SlaAgreement.handbookRussia());
 * SlaAgreement back = json.readValue(text, SlaAgreement.class);   // equal to SlaAgreement.handbookRussia()
 * }</pre>
 */
@NullMarked
package io.revops.json.sla;

import org.jspecify.annotations.NullMarked;
