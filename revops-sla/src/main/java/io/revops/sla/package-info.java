/**
 * The marketing–sales service level agreement, evaluated on lead event histories as of an explicit instant.
 *
 * <p>An {@link io.revops.sla.SlaAgreement} is a plain value: a business calendar, a closed set of
 * {@link io.revops.sla.Obligation}s (marketing: monthly MQL quota, criteria met at the MQL instant, required
 * fields, data age, context; sales: first contact within an allowance of working or elapsed time, N attempts
 * within D days over allowed channels, a reason from the allowed set for every rejection, qualification steps
 * before the decision; both: the weekly conversion report and the monthly rejection review) and the at-risk
 * share. {@link io.revops.sla.SlaAgreement#handbook} is the handbook's agreement on a calendar of your choice,
 * {@link io.revops.sla.SlaAgreement#handbookRussia()} the same on Mon–Fri 09:00–18:00 Europe/Moscow with the
 * Russian production calendar.
 *
 * <p>"Each MQL meets the qualification criteria as of the moment it became MQL" is
 * {@link io.revops.sla.Obligation.MqlMeetsCriteria}: it carries a core qualification
 * {@link io.revops.core.qualification.Criterion} (the handbook's {@code HandbookCriteria.mql()} by default),
 * evaluated at the MQL instant with the evaluator's {@link io.revops.core.qualification.EvaluationContext}.
 * FAILED is BREACHED, quoting the failed criteria; UNKNOWN (data missing) is BREACHED as "could not be
 * confirmed", quoting what is missing.
 *
 * <p>{@link io.revops.sla.SlaEvaluator} evaluates {@link io.revops.sla.SlaInput}s (a history and optionally
 * the lead's data) as a pure function: one {@link io.revops.sla.ObligationVerdict} per lead and obligation —
 * MET, BREACHED, PENDING, AT_RISK or NOT_APPLICABLE — with a {@link io.revops.sla.Trace} (events used,
 * working intervals counted, calendar exceptions, tz database version). An
 * {@link io.revops.sla.SlaAccumulator} folds verdicts into an {@link io.revops.sla.SlaReport}: compliance by
 * obligation, ISO week, month, source and rep; quota attainment; weekly conversion by source; the rejected
 * leads review; speed to lead; review packs for the weekly, monthly and quarterly meetings. Accumulators
 * merge, so streams and partitions evaluate in bounded memory and parallel evaluation gives identical
 * results. {@link io.revops.sla.WhatIf} lists the verdicts that differ under a changed agreement. Data
 * anomalies are listed in the report, never fatal and never dropped.
 *
 * <p>Status rule for clocks: with {@code used} the working (or elapsed) time from the MQL instant to the
 * fulfilling event, or to the evaluation instant if there is none: fulfilled within the allowance is MET,
 * past it BREACHED; unfulfilled, {@code used} above the allowance is BREACHED, at least the at-risk share of
 * it AT_RISK, otherwise PENDING.
 *
 * <p>What counts as contact: any contact attempt (on any channel), connection or discovery call starts the
 * first-contact clock's fulfilment; only attempts over the agreement's channels count towards the N attempts.
 * The first decision ends the attempts chase: a lead reached or accepted before the N attempts meets the
 * attempts obligation, a lead rejected without being reached breaches it at the rejection. Sales events before
 * the MQL instant are reported as an anomaly and count towards no obligation.
 */
@NullMarked
package io.revops.sla;

import org.jspecify.annotations.NullMarked;
