/**
 * JSON for every revops value type: a Jackson module ({@link io.revops.json.RevOpsModule}), ready-made
 * mappers ({@link io.revops.json.RevOpsJson#mapper()}) and the documented schema below, which CRM
 * plugins and the examples use. The core types carry no Jackson annotations.
 *
 * <h2>The dialect (one for every document: core, qualification, SLA)</h2>
 * <ul>
 *   <li>Field names are lowerCamelCase ({@code leadId}, {@code atRiskShare}).</li>
 *   <li>One discriminator: a field {@code "type"} whose values are lower-case snake case
 *       ({@code "became_mql"}, {@code "site_visit"}, {@code "all_of"}, {@code "first_contact"}).</li>
 *   <li>Enum values are lower-case snake case ({@code "phone"}, {@code "no_answer"}, {@code "working_time"},
 *       {@code "met"}) and read case-insensitively ({@code "PHONE"} is read); no other spelling is
 *       ({@code "no-answer"}, {@code "firstContact"} are rejected).</li>
 *   <li>Unknown fields are rejected with their path ({@code $.events[3].visitedPageKind: unknown field ...}), and
 *       so is a field that belongs to another type of the same family
 *       ({@code $.rep: a became_mql event has no field "rep"}). An optional field whose value is unknown is
 *       left out when writing; when reading, a missing field and {@code null} both mean unknown. A field is
 *       given at most once in an object: a second one is rejected with its path and one rule, whichever way the
 *       JSON is read — the streaming decoders and {@link io.revops.json.JsonLines}, a decoder on the raw parser,
 *       and everything {@link io.revops.json.RevOpsJson#mapper()} reads, trees and databind included (its factory
 *       is {@link io.revops.json.JsonLimits#factory()}):
 *       {@code $.company.name: duplicate field "name"; a field is given at most once}. (A consumer's own mapper
 *       with revops' modules gets that rule for the revops types it reads as a stream or by
 *       {@link io.revops.json.RevOpsModule}, metric results included; for what Jackson itself reads as a tree —
 *       its own trees and maps, criteria and evaluations — that mapper's own settings apply.)</li>
 *   <li>Obligation keys — the keys of maps by obligation and the {@code "obligation"} fields of every report
 *       (SLA report, review packs, what-if, evaluations, the examples' {@code report.json}) — are the agreement's
 *       key in snake case: {@code "first_contact"}, {@code "first_contact#2"} for a kind's second obligation
 *       ({@link io.revops.json.sla.ObligationKeys}), read in any letter case. The agreement's own spelling
 *       {@code "first-contact"} is another dialect's and is rejected like any other
 *       ({@code $.sla.obligations['first-contact']: expected an obligation key in lower snake case ...; the
 *       agreement's spelling is not the JSON's: write "first_contact"}); a {@code report.json} written before
 *       this rule reached it reads once its obligation keys are rewritten with {@code '_'}.</li>
 *   <li>Instants are ISO-8601 strings in UTC ({@code "2026-03-06T14:30:00Z"}), dates ISO-8601 local dates
 *       ({@code "2026-03-06"}), periods and durations ISO-8601 ({@code "P6M"}, {@code "PT1H"}); never numbers.
 *       The plain UTC form is parsed without {@code DateTimeFormatter}; other ISO-8601 instants are read too.</li>
 *   <li>Money is {@code {"amount": <number>, "currency": "RUB"}}: the amount a JSON number, exact (read as
 *       {@code BigDecimal} whatever the mapper's settings), never a string.</li>
 *   <li>Rates and ratios in SLA documents are JSON numbers: inputs (an agreement's {@code atRiskShare}) exactly
 *       as given; computed rates in reports (compliance, conversion, attainment) as the fraction rounded
 *       half-even to 10 decimal places ({@code 0.3333333333}; {@link io.revops.json.RevOpsJson#reportRate} and
 *       {@link io.revops.json.RevOpsJson#reportRatio} write it for any other report, such as the examples'
 *       {@code report.json}). (A {@code Rate} written on its own and a funnel's
 *       {@code StageConversion.rate} are still percentage strings, {@code "40%"}: not yet moved to numbers.)</li>
 *   <li>Numbers are bounded ({@link io.revops.json.JsonLimits}): at most 40 significant digits and a decimal
 *       exponent within ±40; nesting at most 64 levels; strings at most 1 MiB.</li>
 *   <li>Every failure is a {@link io.revops.json.JsonPathException} whose message starts with the JSON path of
 *       the offending value and says what was expected (the rule), with the value quoted to a bounded length,
 *       e.g. {@code $.events[3].at: expected an ISO-8601 instant such as "2026-03-06T14:30:00Z", got "yesterday"}
 *       or {@code $.events[4].amount.amount: amount must not be negative: -5}. (Criteria and evaluations still
 *       fail with Jackson's {@code MismatchedInputException}, whose message starts {@code at $.of[1].min: ...}.)</li>
 *   <li>JSON Lines inputs are read by {@link io.revops.json.JsonLines}: each bad line is a
 *       {@link io.revops.core.batch.Finding}, never the end of the batch.</li>
 * </ul>
 *
 * <h2>Money ({@code io.revops.core.money})</h2>
 * <pre>{@code
 * MonetaryAmount   {"amount": 1234567.10, "currency": "RUB"}
 *                  written by jackson-datatype-moneta (MonetaMoneyModule); the amount keeps its exact
 *                  decimal digits; read by RevOpsModule, as a number or a decimal string
 * CurrencyUnit     "RUB"                    (ISO 4217 code)
 * Rate             "40%" when written on its own by RevOpsModule (Rate.toString()); inside SLA documents
 *                  a JSON number, the fraction (see the rules above)
 * Ratio            3.84                     (a plain JSON number)
 * ExchangeRates    {"rates": [ExchangeRates.Entry, ...]}
 * ExchangeRates.Entry
 *                  {"validFrom": "2026-01-01", "from": "USD", "to": "RUB", "rate": 80.5}
 * }</pre>
 * <p>A {@code Rate} is written as a percentage string because that is how people read conversion rates and
 * because a JSON number would tempt JavaScript clients into binary floating point; {@link
 * io.revops.core.money.Rate#parse(CharSequence)} reads it back exactly.
 *
 * <h2>Leads ({@code io.revops.core.lead})</h2>
 * <pre>{@code
 * LeadId, LeadSource, Industry   "L-1", "webinar", "manufacturing"   (plain strings)
 * City       {"name": "Moscow", "population": 13000000, "region": "Moscow", "country": "RU"}
 *            only "name" is required; a plain string "Moscow" is read as a city known by name only
 * Contact    {"name": "Anna Petrova", "jobTitle": "CFO", "phone": "+7 900 000-00-00",
 *             "email": "anna@uralmash.example"}      every field optional; {} is an unknown contact
 * Company    {"name": "Uralmash", "employees": 1200, "annualRevenue": MonetaryAmount,
 *             "industry": "manufacturing", "city": City}             only "name" is required
 * Timeline   {}                                             unknown
 *            {"by": "2026-06-30"}                           by a date
 *            {"within": "P6M", "statedOn": "2026-01-15"}    within a period of the day it was said
 * Bant       {"budget": "yes", "authority": "no", "need": "unknown", "timeline": Timeline}
 *            answers are "yes", "no" or "unknown"; a missing answer is "unknown"
 * BehaviouralEvent (discriminated by "type")
 *            {"type": "site_visit",       "at": instant, "pageKind": "pricing" | "case_study" | "other"}
 *            {"type": "content_download", "at": instant, "title": "RevOps checklist"}
 *            {"type": "email_open",       "at": instant, "machineGenerated": false}
 *            {"type": "event_attended",   "at": instant, "eventName": "RevOps Day"}
 * Lead       {"id": "L-1", "company": Company, "contact": Contact, "source": "webinar",
 *             "behaviour": [BehaviouralEvent, ...], "bant": Bant, "dataVerifiedAt": instant}
 *            only "id" is required; behaviour is ordered by time when read
 * }</pre>
 *
 * <h2>Lead event histories ({@code io.revops.core.history})</h2>
 * <p>Every {@link io.revops.core.history.LeadEvent} is one JSON object with a {@code "type"} discriminator,
 * the lower-case name of its {@link io.revops.core.history.EventKind}. A single event is readable on its
 * own — {@code mapper.readValue(line, LeadEvent.class)} — so a JSON Lines file holds one such object per
 * line; {@link io.revops.json.JsonLines} reads such a file as a stream and reports each bad line as a
 * {@link io.revops.core.batch.Finding} (source, line, JSON path, value, rule) without dropping the rest.
 * <pre>{@code
 * common     {"type": ..., "id": "L-1/1", "leadId": "L-1", "at": "2026-03-06T14:30:00Z",
 *             "actor": "rep-1"}                             "actor" is optional
 * created              + "source": "webinar"
 * data_changed         + "fields": ["phone", "email"]       (at least one LeadField, lower case)
 * became_mql
 * assigned             + "rep": "rep-1"
 * contact_attempt      + "channel": "phone" | "email" | "linkedin" | "other",
 *                        "outcome": "no_answer" | "left_message" | "sent" | "reached" | "wrong_contact" | "other"
 * connected            + "channel": ...
 * discovery_call
 * accepted_as_sql
 * rejected             + "reason": RejectionReason
 * opportunity_created
 * won                  + "amount": MonetaryAmount           (not negative)
 * lost                 + "reason": "chose a competitor"     (optional; missing, "" or blank: no reason, an
 *                                                           empty LeadEvent.Lost.reason(); written "" then)
 *
 * EventId, Actor       "L-1/1", "rep-1"                     (plain strings)
 * RejectionReason      {"code": "no_budget"}  codes: no_budget, no_need, not_decision_maker,
 *                      wrong_company_size, with_competitor, none_given;
 *                      {"code": "other", "text": "moved to another region"}
 * HistoryAnomaly       {"kind": "event_before_creation", "events": ["L-1/3"], "message": "..."}
 * LeadEventHistory     {"leadId": "L-1", "events": [LeadEvent, ...], "anomalies": [HistoryAnomaly, ...]}
 * }</pre>
 * <p>Reading a {@code LeadEventHistory} rebuilds it with
 * {@link io.revops.core.history.LeadEventHistory#of(io.revops.core.lead.LeadId, java.util.Collection)}: the
 * events may come in any order and the anomalies are recomputed from them; the written {@code "anomalies"}
 * are for readers of the JSON and are ignored. A history written and read back equals the original unless
 * the original was built from duplicated or foreign events, whose reports (exact duplicate dropped,
 * conflicting duplicate id, foreign lead event) only its input could show.
 *
 * <h2>Funnel and flywheel ({@code io.revops.core.funnel}, {@code io.revops.core.flywheel})</h2>
 * <pre>{@code
 * LifecycleStage     "visitor" | "lead" | "mql" | "sql" | "opportunity" | "customer"
 * FunnelSnapshot     {"counts": {"visitor": 10000, "lead": 400, "mql": 200, "sql": 24, "customer": 6},
 *                     "conversions": [StageConversion, ...]}
 *                    "opportunity" is optional in "counts"; "conversions" is derived and ignored when read
 * StageConversion    {"from": "mql", "to": "sql", "fromCount": 200, "toCount": 24, "status": "defined",
 *                     "rate": "12%", "explanation": "24 of 200"}
 *                    status: defined | no_base | inconsistent | not_recorded; "rate" only when defined;
 *                    "status", "rate" and "explanation" are derived and ignored when read
 * BowtieStage        "attraction" | "conversion" | "deal" | "retention" | "expansion" | "advocacy"
 * BowtieSnapshot     {"volumes": {"attraction": 5000, ..., "advocacy": 40},
 *                     "transitions": [BowtieTransition, ...]}        "transitions" is derived
 * BowtieTransition   {"from": "deal", "to": "retention", "fromVolume": 30, "toVolume": 27, "ratio": 0.9,
 *                     "explanation": "27 of 30"}               "ratio" (may exceed 1) only when defined
 * Department         "marketing" | "sales" | "service" | "internal"
 * FlywheelPhase      "attract" | "engage" | "delight"
 * Force, Friction    {"phase": "engage", "department": "sales", "description": "MQL→SQL converts least",
 *                     "evidence": "MQL→SQL 12% — lowest stage conversion", "magnitude": "high"}
 *                    "evidence" and "magnitude" ("low" | "medium" | "high") are optional
 * RevenueAudit       {"forces": [Force, ...], "frictions": [Friction, ...]}
 * }</pre>
 *
 * <h2>Metric results ({@code io.revops.metrics})</h2>
 * <pre>{@code
 * MetricResult   {"metric": "CAC", "value": MonetaryAmount, "explanation": "15 000 000,00 RUB spend / 30 new customers",
 *                 "policies": [{"type": "spend_timing", "value": "same_period", "label": "same-period spend"}]}
 *                {"metric": "CAC", "reason": "no new customers", "explanation": ..., "policies": [...]}
 *                exactly one of "value" (in the shape of its type) and "reason"; a policy's "type" is its class
 *                in snake case, "value" its constant for enum policies; read with the value's type,
 *                mapper.readValue(json, new TypeReference<MetricResult<MonetaryAmount>>() {}); parameterised
 *                policies (ltv_cac_bands, stage_probabilities, zero_churn_policy, reporting_currency) are
 *                written but not read
 * }</pre>
 *
 * <h2>Golden files</h2>
 * <p>Every document type above, and the SLA documents of {@link io.revops.json.sla}, has a canonical example in
 * {@code revops-json/src/test/resources/golden/<name>.json}, written by {@link RevOpsJson#mapper()} from fixed
 * inputs (two-space indentation, {@code "\n"} line ends; the SLA report's {@code tzdbVersion} as
 * {@code "(tzdb)"}). {@code GoldenFilesTest} compares what the mapper writes with each file character for
 * character and reads each file back to its value, so any change of the dialect fails the build. To change the
 * dialect on purpose, regenerate the files with
 * {@code ./mvnw -B -pl revops-json -am test -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true},
 * review the diff and record it in CHANGELOG.
 *
 * <h2>JSON Schemas</h2>
 * <p>Each document type has a JSON Schema (draft 2020-12) on the classpath, in
 * {@code io/revops/json/schema/<name>.schema.json}: {@code money}, {@code exchange-rates}, {@code lead},
 * {@code lead-event} (every event type), {@code history}, {@code funnel-snapshot}, {@code bowtie-snapshot},
 * {@code revenue-audit}, {@code criterion}, {@code criteria-evaluation}, {@code agreement}, {@code sla-evaluation},
 * {@code sla-report}, {@code review-pack}, {@code what-if} and {@code metric-result}, with shared definitions in {@code revops.schema.json}. Their
 * {@code $id}s are {@code https://schemas.revops.io/json/<name>.schema.json} and they refer to each other only
 * relatively, so a validator can map that prefix to the classpath and fetch nothing ({@code JsonSchemaTest}
 * does so with networknt's json-schema-validator and validates every golden file). The schemas describe what
 * the module writes; the readers stay the authority on what is read (a schema cannot say, for instance, that a
 * timeline's {@code by} excludes {@code statedOn} with the readers' message). Calendar descriptors are open
 * objects (a {@link io.revops.json.sla.CalendarCodec} may add its own fields).
 */
@NullMarked
package io.revops.json;

import org.jspecify.annotations.NullMarked;
