package io.revops.metrics.sales;

import static java.util.Objects.requireNonNull;

import io.revops.metrics.MetricResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * The pipeline: its weighted value (each deal's amount × its stage's probability), its unweighted total,
 * a summary per stage, and the deals that could not be weighted or look wrong. Built by
 * {@link PipelineAccumulator}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PipelineReport {
  private final MetricResult<MonetaryAmount> weighted;
  private final MetricResult<MonetaryAmount> total;
  private final Map<String, StageSummary> byStage;
  private final List<String> unknownStageDealIds;
  private final List<String> duplicateDealIds;

  PipelineReport(MetricResult<MonetaryAmount> weighted, MetricResult<MonetaryAmount> total,
      Map<String, StageSummary> byStage, List<String> unknownStageDealIds, List<String> duplicateDealIds) {
    this.weighted = requireNonNull(weighted, "weighted");
    this.total = requireNonNull(total, "total");
    this.byStage = Collections.unmodifiableMap(new LinkedHashMap<>(byStage));
    this.unknownStageDealIds = List.copyOf(unknownStageDealIds);
    this.duplicateDealIds = List.copyOf(duplicateDealIds);
  }

  /** The weighted pipeline value: the sum of amount × stage probability, rounded once to the minor unit. */
  public MetricResult<MonetaryAmount> weighted() {
    return weighted;
  }

  /** The unweighted total of the deals with a known stage. */
  public MetricResult<MonetaryAmount> total() {
    return total;
  }

  /** Each stage with deals, in the order of the stage probabilities. */
  public Map<String, StageSummary> byStage() {
    return byStage;
  }

  /** Ids of deals whose stage has no probability: left out of both values, sorted. */
  public List<String> unknownStageDealIds() {
    return unknownStageDealIds;
  }

  /** Ids seen more than once: each occurrence was counted, sorted. */
  public List<String> duplicateDealIds() {
    return duplicateDealIds;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PipelineReport r && weighted.equals(r.weighted) && total.equals(r.total)
        && byStage.equals(r.byStage) && unknownStageDealIds.equals(r.unknownStageDealIds)
        && duplicateDealIds.equals(r.duplicateDealIds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(weighted, total, byStage, unknownStageDealIds, duplicateDealIds);
  }

  /** The weighted value, the total, one line per stage, then the problems found. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(weighted).append('\n').append(total);
    byStage.values().forEach(s -> sb.append("\n  ").append(s));
    if (!unknownStageDealIds.isEmpty()) {
      sb.append("\ndeals in a stage without probability (left out): ").append(String.join(", ", unknownStageDealIds));
    }
    if (!duplicateDealIds.isEmpty()) {
      sb.append("\ndeal ids seen more than once (each counted): ").append(String.join(", ", duplicateDealIds));
    }
    return sb.toString();
  }
}
