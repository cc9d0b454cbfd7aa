/**
 * JSON for the SLA: {@link io.revops.sla.json.SlaModule}, a Jackson module that writes and reads agreements
 * and obligations and writes evaluations, reports, review packs and what-if comparisons.
 *
 * <p>Calendars are named by descriptors a caller-supplied {@link io.revops.sla.json.CalendarCodec}
 * resolves, because real calendars are built from data outside this module.
 *
 * <pre>{@code
 * ObjectMapper json = new ObjectMapper().registerModule(SlaModule.of(CalendarCodec.always()));
 * String text = json.writeValueAsString(SlaAgreement.handbook(BusinessCalendar.always(ZoneId.of("Europe/Moscow"))));
 * SlaAgreement back = json.readValue(text, SlaAgreement.class);
 * }</pre>
 */
package io.revops.sla.json;
