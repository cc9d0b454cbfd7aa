package io.revops.metrics.acquisition;

import static java.util.Objects.requireNonNull;

import io.revops.core.money.Amounts;
import io.revops.metrics.MetricResult;
import io.revops.metrics.MonthRange;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * CAC and CPL for one period: blended, paid vs organic, and by channel, with what could not be
 * attributed and how many records fell outside the period. Built by {@link AcquisitionAccumulator}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AcquisitionReport {
  private final MonthRange period;
  private final SpendTiming timing;
  private final MetricResult<MonetaryAmount> cac;
  private final Map<ChannelKind, MetricResult<MonetaryAmount>> cacByKind;
  private final Map<Channel, MetricResult<MonetaryAmount>> cacByChannel;
  private final MetricResult<MonetaryAmount> cpl;
  private final Map<ChannelKind, MetricResult<MonetaryAmount>> cplByKind;
  private final Map<Channel, MetricResult<MonetaryAmount>> cplByChannel;
  private final MonetaryAmount unattributedSpend;
  private final long unattributedNewCustomers;
  private final long unattributedLeads;
  private final long recordsOutsidePeriod;

  AcquisitionReport(MonthRange period, SpendTiming timing,
      MetricResult<MonetaryAmount> cac, Map<ChannelKind, MetricResult<MonetaryAmount>> cacByKind,
      Map<Channel, MetricResult<MonetaryAmount>> cacByChannel,
      MetricResult<MonetaryAmount> cpl, Map<ChannelKind, MetricResult<MonetaryAmount>> cplByKind,
      Map<Channel, MetricResult<MonetaryAmount>> cplByChannel,
      MonetaryAmount unattributedSpend, long unattributedNewCustomers, long unattributedLeads,
      long recordsOutsidePeriod) {
    this.period = requireNonNull(period, "period");
    this.timing = requireNonNull(timing, "timing");
    this.cac = requireNonNull(cac, "cac");
    this.cacByKind = byKind(cacByKind);
    this.cacByChannel = Collections.unmodifiableMap(new TreeMap<>(cacByChannel));
    this.cpl = requireNonNull(cpl, "cpl");
    this.cplByKind = byKind(cplByKind);
    this.cplByChannel = Collections.unmodifiableMap(new TreeMap<>(cplByChannel));
    this.unattributedSpend = requireNonNull(unattributedSpend, "unattributedSpend");
    this.unattributedNewCustomers = unattributedNewCustomers;
    this.unattributedLeads = unattributedLeads;
    this.recordsOutsidePeriod = recordsOutsidePeriod;
  }

  private static Map<ChannelKind, MetricResult<MonetaryAmount>> byKind(Map<ChannelKind, MetricResult<MonetaryAmount>> m) {
    Map<ChannelKind, MetricResult<MonetaryAmount>> copy = new EnumMap<>(ChannelKind.class);
    copy.putAll(m);
    return Collections.unmodifiableMap(copy);
  }

  /** The period whose new customers and leads count. */
  public MonthRange period() {
    return period;
  }

  /** Which period's spend CAC uses. */
  public SpendTiming timing() {
    return timing;
  }

  /** Blended CAC: all marketing and sales spend / all new customers, attributed or not. */
  public MetricResult<MonetaryAmount> cac() {
    return cac;
  }

  /** CAC of the paid channels together and of the organic channels together (kinds with records only). */
  public Map<ChannelKind, MetricResult<MonetaryAmount>> cacByKind() {
    return cacByKind;
  }

  /** CAC of each channel with records, ordered by channel. */
  public Map<Channel, MetricResult<MonetaryAmount>> cacByChannel() {
    return cacByChannel;
  }

  /** Blended CPL: all marketing spend in the period / all leads. */
  public MetricResult<MonetaryAmount> cpl() {
    return cpl;
  }

  /** CPL of the paid channels together and of the organic channels together (kinds with records only). */
  public Map<ChannelKind, MetricResult<MonetaryAmount>> cplByKind() {
    return cplByKind;
  }

  /** CPL of each channel with records, ordered by channel. */
  public Map<Channel, MetricResult<MonetaryAmount>> cplByChannel() {
    return cplByChannel;
  }

  /** Spend counted in blended CAC that has no channel (salaries, tools). */
  public MonetaryAmount unattributedSpend() {
    return unattributedSpend;
  }

  /** New customers counted in blended CAC that have no channel. */
  public long unattributedNewCustomers() {
    return unattributedNewCustomers;
  }

  /** Leads counted in blended CPL that have no channel. */
  public long unattributedLeads() {
    return unattributedLeads;
  }

  /** Records neither CAC nor CPL used because their month is outside the period (or the spend period). */
  public long recordsOutsidePeriod() {
    return recordsOutsidePeriod;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AcquisitionReport r && period.equals(r.period) && timing == r.timing && cac.equals(r.cac)
        && cacByKind.equals(r.cacByKind) && cacByChannel.equals(r.cacByChannel) && cpl.equals(r.cpl)
        && cplByKind.equals(r.cplByKind) && cplByChannel.equals(r.cplByChannel)
        && Amounts.isEqual(unattributedSpend, r.unattributedSpend)
        && unattributedNewCustomers == r.unattributedNewCustomers && unattributedLeads == r.unattributedLeads
        && recordsOutsidePeriod == r.recordsOutsidePeriod;
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, timing, cac, cacByKind, cacByChannel, cpl, cplByKind, cplByChannel,
        unattributedNewCustomers, unattributedLeads, recordsOutsidePeriod);
  }

  /** One line per figure: blended, by kind, by channel, then what was not attributed. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("acquisition " + period + ", " + timing.label());
    sb.append('\n').append(cac);
    cacByKind.values().forEach(r -> sb.append("\n  ").append(r));
    cacByChannel.values().forEach(r -> sb.append("\n    ").append(r));
    sb.append('\n').append(cpl);
    cplByKind.values().forEach(r -> sb.append("\n  ").append(r));
    cplByChannel.values().forEach(r -> sb.append("\n    ").append(r));
    sb.append("\nunattributed: ").append(Amounts.format(unattributedSpend)).append(" spend, ")
        .append(Cac.count(unattributedNewCustomers, "new customer", "new customers")).append(", ")
        .append(Cac.count(unattributedLeads, "lead", "leads")).append("; ")
        .append(Cac.count(recordsOutsidePeriod, "record", "records")).append(" outside the period");
    return sb.toString();
  }
}
