/**
 * JSON for the SLA: {@link io.revops.json.sla.SlaModule}, a Jackson module that writes and reads agreements
 * and obligations and writes evaluations, reports, review packs and what-if comparisons.
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
package io.revops.json.sla;
