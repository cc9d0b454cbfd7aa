/**
 * revops on Apache Spark: the revops aggregates as Spark {@link org.apache.spark.sql.expressions.Aggregator}s of
 * the typed Dataset API, and readers of the revops JSON Lines layout into Datasets.
 *
 * <ul>
 *   <li>{@link io.revops.spark.JsonLinesReader} reads {@code events.jsonl}, {@code mrr.jsonl} and
 *       {@code spend.jsonl} with Spark's JSON source and an explicit schema into the row types
 *       {@link io.revops.spark.EventRow}, {@link io.revops.spark.MrrRow} and {@link io.revops.spark.SpendRow}
 *       (JavaBeans, stored as columns by {@code Encoders.bean}); rejected rows become
 *       {@link io.revops.spark.FindingRow}s.</li>
 *   <li>{@link io.revops.spark.LeadHistories#group} gathers each lead's events into one
 *       {@link io.revops.spark.LeadRow}, wherever they were in the input.</li>
 *   <li>{@link io.revops.spark.RevOpsAggregators} makes the aggregators: the SLA report (each lead evaluated on
 *       the executor with the agreement shipped as JSON), funnel counts, conversion and win rates, sales cycle,
 *       acquisition, the revenue ledger behind MRR movements, NRR and GRR. Each outputs the merged revops
 *       accumulator in a {@link io.revops.spark.Partial}; its {@code result()} is the single-JVM result.</li>
 * </ul>
 *
 * <p>Spark is a {@code provided} dependency: the cluster brings it. Spark 4.1 on JDK 17 or 21 (Hadoop's login
 * fails from JDK 23 on).
 */
@NullMarked
package io.revops.spark;

import org.jspecify.annotations.NullMarked;
