package io.revops.metrics.conversion;

import static java.util.Objects.requireNonNull;

import io.revops.core.funnel.BowtieSnapshot;
import io.revops.core.funnel.BowtieStage;
import io.revops.core.funnel.FunnelSnapshot;
import io.revops.core.funnel.LifecycleStage;
import io.revops.metrics.ExcludedLead;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The result of {@link FunnelCounts}: the {@link FunnelSnapshot} of the leads counted (with its conversion
 * rates), the left wing and centre of the bowtie derived from it, and every lead left out with the reason.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FunnelCountsReport {
  private final FunnelSnapshot funnel;
  private final String cohort;
  private final List<ExcludedLead> excluded;

  FunnelCountsReport(FunnelSnapshot funnel, String cohort, List<ExcludedLead> excluded) {
    this.funnel = requireNonNull(funnel, "funnel");
    this.cohort = requireNonNull(cohort, "cohort");
    this.excluded = excluded.stream().sorted().toList();
  }

  /** The counts at each stage, visitors as supplied, and the conversions between them. */
  public FunnelSnapshot funnel() {
    return funnel;
  }

  /** The number of leads counted (created in the window, without anomalies). */
  public long leads() {
    return funnel.count(LifecycleStage.LEAD).orElseThrow();
  }

  /**
   * The bowtie volumes the histories give, each lifecycle stage mapped by
   * {@link LifecycleStage#bowtieStage()} and taking the volume of its first stage: attraction = visitors,
   * conversion = MQLs (prospects turned into qualified buyers), deal = customers won.
   */
  public Map<BowtieStage, Long> leftWingAndDeal() {
    Map<BowtieStage, Long> m = new EnumMap<>(BowtieStage.class);
    for (LifecycleStage s : funnel.stages()) {
      m.putIfAbsent(s.bowtieStage(), funnel.count(s).orElseThrow());
    }
    return m;
  }

  /**
   * The whole bowtie: the {@linkplain #leftWingAndDeal() left wing and deal} from the histories, and the
   * right wing, which lead histories do not record, supplied by the caller.
   *
   * @throws IllegalArgumentException if a volume is negative
   */
  public BowtieSnapshot bowtie(long retention, long expansion, long advocacy) {
    Map<BowtieStage, Long> m = leftWingAndDeal();
    m.put(BowtieStage.RETENTION, retention);
    m.put(BowtieStage.EXPANSION, expansion);
    m.put(BowtieStage.ADVOCACY, advocacy);
    return BowtieSnapshot.of(m);
  }

  /** The leads left out, sorted by lead, each with the reason. */
  public List<ExcludedLead> excluded() {
    return excluded;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FunnelCountsReport r && funnel.equals(r.funnel) && cohort.equals(r.cohort)
        && excluded.equals(r.excluded);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * funnel.hashCode() + cohort.hashCode()) + excluded.hashCode();
  }

  /** The cohort, the snapshot, and one line per excluded lead. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Funnel counts (").append(cohort).append(")\n").append(funnel);
    if (!excluded.isEmpty()) {
      sb.append("\n").append(excluded.size()).append(excluded.size() == 1 ? " lead" : " leads").append(" excluded:");
      excluded.forEach(e -> sb.append("\n  ").append(e));
    }
    return sb.toString();
  }
}
