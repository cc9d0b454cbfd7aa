/**
 * Explainable lead qualification: composable criteria over a {@link io.revops.core.lead.Lead},
 * evaluated as of an explicit instant, each answering PASSED, FAILED or UNKNOWN with the evidence.
 *
 * <pre>{@code
 * Instant asOf = Instant.parse("2026-11-22T10:00:00Z");
 * Evaluation verdict = HandbookCriteria.mql().evaluate(lead, asOf);
 * System.out.println(verdict);          // an indented explanation tree
 * verdict.failedReasons();              // ["2 site visits in the 30 days before 2026-11-22T10:00Z; at least 3 required"]
 *
 * Criterion mine = Criteria.allOf("my MQL",
 *     Criteria.employeesAtLeast(200),
 *     Criteria.siteVisitsAtLeast(2, Window.lastDays(14)));
 * }</pre>
 *
 * <p>{@code evaluate} computes the outcome at once and builds the explanation when it is first read;
 * {@code Criterion.test(lead, asOf)} gives the outcome alone, for qualifying many leads quickly.
 *
 * <ul>
 *   <li>{@link io.revops.core.qualification.Criterion} — the definition; built with
 *       {@link io.revops.core.qualification.Criteria}; the handbook preset is
 *       {@link io.revops.core.qualification.HandbookCriteria#mql()};</li>
 *   <li>{@link io.revops.core.qualification.Evaluation} — the explained result, with
 *       {@code failedReasons()} and {@code unknownReasons()} for a CRM;</li>
 *   <li>{@link io.revops.core.qualification.Outcome} — three-valued (Kleene) logic: UNKNOWN is not FAILED;</li>
 *   <li>{@link io.revops.core.qualification.Window} — behavioural windows {@code (asOf − length, asOf]};</li>
 *   <li>{@link io.revops.core.qualification.EvaluationContext} — exchange rates and whether machine email
 *       opens count (not by default).</li>
 * </ul>
 *
 * <p>Criteria and evaluations read and write as JSON with {@code io.revops.json.QualificationModule}.
 */
@NullMarked
package io.revops.core.qualification;

import org.jspecify.annotations.NullMarked;
