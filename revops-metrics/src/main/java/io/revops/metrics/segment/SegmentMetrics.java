package io.revops.metrics.segment;

import static java.util.Objects.requireNonNull;

import io.revops.core.funnel.FunnelSnapshot;
import io.revops.core.funnel.StageConversion;
import io.revops.core.funnel.LifecycleStage;
import io.revops.metrics.MetricResult;
import io.revops.metrics.conversion.ConversionReport;
import io.revops.metrics.conversion.FunnelCountsReport;
import io.revops.metrics.conversion.Proportion;
import io.revops.metrics.value.LtvCacRatio;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One segment's figures: its funnel, each stage's conversion with its Wilson interval, its win rate, and — when
 * {@link SegmentEconomics} were given — CAC, LTV and LTV:CAC.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SegmentMetrics {
  private final String segment;
  private final FunnelCountsReport funnel;
  private final ConversionReport winRate;
  private final SegmentEconomics economics;

  SegmentMetrics(String segment, FunnelCountsReport funnel, ConversionReport winRate, SegmentEconomics economics) {
    this.segment = requireNonNull(segment);
    this.funnel = requireNonNull(funnel);
    this.winRate = requireNonNull(winRate);
    this.economics = economics;
  }

  /** The segment's name. */
  public String segment() {
    return segment;
  }

  /** The funnel of the segment's leads created in the window, with the leads left out. */
  public FunnelCountsReport funnel() {
    return funnel;
  }

  /**
   * Each consecutive stage's conversion from the lead on (visitors are not segmented), with its 95% Wilson
   * interval; not computable where no lead entered.
   */
  public List<MetricResult<Proportion>> conversions() {
    FunnelSnapshot f = funnel.funnel();
    List<MetricResult<Proportion>> out = new ArrayList<>();
    for (StageConversion c : f.conversions()) {
      if (c.from() == LifecycleStage.VISITOR) continue;
      String name = segment + " " + c.label();
      long from = c.fromCount().orElse(0);
      long to = c.toCount().orElse(0);
      out.add(from == 0 ? MetricResult.notComputable(name, "no leads at " + c.from(), c.explanation(), List.of())
          : to > from ? MetricResult.notComputable(name, "more leads at " + c.to() + " than at " + c.from(), c.explanation(), List.of())
          : MetricResult.of(name, Proportion.of(to, from), c.explanation(), List.of()));
    }
    return out;
  }

  /** The win rate of the segment's deals closed in the window. */
  public MetricResult<Proportion> winRate() {
    return winRate.overall();
  }

  /** The win-rate report, by source, with the deals left out. */
  public ConversionReport winRateReport() {
    return winRate;
  }

  /** The segment's new customers in the window: its funnel's customers. */
  public long newCustomers() {
    return funnel.funnel().count(LifecycleStage.CUSTOMER).orElse(0);
  }

  /** CAC over the segment's new customers; empty without economics. */
  public Optional<MetricResult<MonetaryAmount>> cac() {
    return Optional.ofNullable(economics).map(e -> e.cac(newCustomers()));
  }

  /** LTV; empty without economics. */
  public Optional<MetricResult<MonetaryAmount>> ltv() {
    return Optional.ofNullable(economics).map(SegmentEconomics::ltv);
  }

  /** LTV:CAC; empty without economics. */
  public Optional<MetricResult<LtvCacRatio>> ltvCac() {
    return Optional.ofNullable(economics).map(e -> e.ltvCac(newCustomers()));
  }

  @Override
  public String toString() {
    FunnelSnapshot f = funnel.funnel();
    StringBuilder sb = new StringBuilder("Segment ").append(segment).append(":");
    String arrow = " ";
    for (LifecycleStage s : f.stages()) {
      if (s == LifecycleStage.VISITOR) continue;
      sb.append(arrow).append(s.label()).append(' ').append(f.count(s).orElse(0));
      arrow = " → ";
    }
    if (!funnel.excluded().isEmpty()) sb.append(" (").append(funnel.excluded().size()).append(" leads excluded, see funnel())");
    for (MetricResult<Proportion> c : conversions()) {
      sb.append("\n  ").append(c);
    }
    sb.append("\n  ").append(winRate());
    cac().ifPresent(c -> sb.append("\n  ").append(c));
    ltv().ifPresent(l -> sb.append("\n  ").append(l));
    ltvCac().ifPresent(r -> sb.append("\n  ").append(r));
    return sb.toString();
  }
}
