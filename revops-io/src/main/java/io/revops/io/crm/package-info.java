/**
 * CRM exports read through a {@link io.revops.io.profile.Profile}: {@link io.revops.io.crm.CrmImport} matches
 * each input file to a file of the profile by its header, reads the files in role order (leads first) and
 * hands out {@link io.revops.io.crm.CrmRecord}s as a stream; every rejected row is a
 * {@link io.revops.core.batch.Finding}, and an {@link io.revops.io.crm.ImportSummary} says what was understood
 * (each column mapped or ignored, each value not mapped with its count).
 *
 * <p>Semantics: a row of a {@code leads} file is one lead with its creation event and the event its stage
 * means ({@link io.revops.io.profile.StageMeaning}) at the stage date (or the creation time); a won stage
 * takes the row's amount. Each non-empty date column of {@code dateEvents} is one more event at that date. An
 * {@code activities} row is a contact attempt on its channel, a connection when its outcome maps to
 * {@code connected}, or a discovery call. An {@code opportunities} row (a deal) belongs to the lead converted to
 * it (the leads file's {@code opportunityId}), else to the first lead its {@code leadId} column names (ids
 * separated by {@code ;}, as HubSpot's "Associated Contact IDs") that the leads file has; it adds an
 * opportunity-created event and, once closed, won or lost. A lead has one outcome however many deals it has
 * ({@code DealOutcomes}): its own row's outcome if it has one (HubSpot's "Became a Customer Date"), else its
 * earliest won deal (a later win is a repeat sale, not a new customer), else its last lost deal once every deal
 * is lost; the other deals' outcomes are counted in the summary, and the outcomes are handed out after the last
 * file. A deal that names no lead is rejected, or, in a file with {@code "withoutLead": "own_lead"} (Bitrix24,
 * HubSpot), a lead of its own ({@code ownLeadIdPrefix} and its id: {@code D_15}), as is every deal of such a file
 * when no leads file is given; a deal naming a lead the leads file lacks is always a finding. A value a map does
 * not know (a custom stage such as {@code "Тендер"}) is not a rejection: the lead is
 * kept without that event and the value is counted in the summary.
 *
 * <p>Local timestamps are in the profile's zone (Europe/Moscow for amoCRM and Bitrix24); a date without a
 * time is the start of that day.
 */
@NullMarked
package io.revops.io.crm;

import org.jspecify.annotations.NullMarked;
