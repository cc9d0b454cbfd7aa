package io.revops.metrics.acquisition;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.funnel.Department;
import io.revops.core.money.Amounts;
import io.revops.metrics.Accumulator;
import io.revops.metrics.MetricResult;
import io.revops.metrics.MonthRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Adds up {@link Spend}, {@link NewCustomers} and {@link NewLeads} records for one period into an
 * {@link AcquisitionReport}: CAC blended, by channel and paid vs organic, and CPL likewise.
 *
 * <p>CAC uses spend in {@link SpendTiming#spendPeriod(MonthRange) the timing's spend period} (marketing
 * and sales) and new customers in the period; CPL uses marketing spend and leads in the period. Records
 * that neither uses (other months) are counted in {@link AcquisitionReport#recordsOutsidePeriod()}, not
 * dropped silently. Sums are exact, so merging the accumulators of any split of the records gives the
 * same report as one accumulator over all of them.
 *
 * <pre>{@code
 * AcquisitionReport r = AcquisitionAccumulator.of(Amounts.currency("RUB"), MonthRange.ofMonth(YearMonth.of(2026, 3)),
 *         SpendTiming.SAME_PERIOD)
 *     .addAll(records)
 *     .result();
 * }</pre>
 *
 * <p>Mutable and not thread-safe, like every {@link Accumulator}: use one per partition.
 */
public final class AcquisitionAccumulator
    implements Accumulator<AcquisitionRecord, AcquisitionAccumulator, AcquisitionReport> {

  /** Spend and a count, for one channel or for the unattributed records. */
  static final class Tally {
    BigDecimal spend = BigDecimal.ZERO;
    long count;

    void addSpend(BigDecimal amount) {
      spend = spend.add(amount);
    }

    void add(Tally other) {
      spend = spend.add(other.spend);
      count = Math.addExact(count, other.count);
    }
  }

  private final CurrencyUnit currency;
  private final MonthRange period;
  private final SpendTiming timing;
  private final RoundingMode rounding;
  private final MonthRange spendPeriod;
  private final Map<Channel, Tally> cac = new HashMap<>();
  private final Map<Channel, Tally> cpl = new HashMap<>();
  private final Tally cacUnattributed = new Tally();
  private final Tally cplUnattributed = new Tally();
  private long outside;

  private AcquisitionAccumulator(CurrencyUnit currency, MonthRange period, SpendTiming timing, RoundingMode rounding) {
    this.currency = requireNonNull(currency, "currency");
    this.period = requireNonNull(period, "period");
    this.timing = requireNonNull(timing, "timing");
    this.rounding = requireNonNull(rounding, "rounding");
    this.spendPeriod = timing.spendPeriod(period);
  }

  /** An empty accumulator for {@code period} in {@code currency}, rounding {@link RoundingMode#HALF_EVEN}. */
  public static AcquisitionAccumulator of(CurrencyUnit currency, MonthRange period, SpendTiming timing) {
    return new AcquisitionAccumulator(currency, period, timing, Cac.DEFAULT_ROUNDING);
  }

  /** An empty accumulator for {@code period} in {@code currency}, rounding with {@code rounding}. */
  public static AcquisitionAccumulator of(CurrencyUnit currency, MonthRange period, SpendTiming timing,
      RoundingMode rounding) {
    return new AcquisitionAccumulator(currency, period, timing, rounding);
  }

  /**
   * Adds one record.
   *
   * @throws io.revops.core.money.CurrencyMismatchException if a spend is not in this accumulator's currency
   */
  @Override
  public AcquisitionAccumulator add(AcquisitionRecord input) {
    requireNonNull(input, "record");
    boolean used = false;
    if (input instanceof Spend s) {
      Amounts.requireCurrency("spend", currency, s.amount());
      BigDecimal amount = Amounts.toBigDecimal(s.amount());
      if (spendPeriod.contains(s.month())) {
        tally(cac, cacUnattributed, s).addSpend(amount);
        used = true;
      }
      if (s.department() == Department.MARKETING && period.contains(s.month())) {
        tally(cpl, cplUnattributed, s).addSpend(amount);
        used = true;
      }
    } else if (input instanceof NewCustomers n) {
      if (period.contains(n.month())) {
        Tally t = tally(cac, cacUnattributed, n);
        t.count = Math.addExact(t.count, n.count());
        used = true;
      }
    } else if (input instanceof NewLeads l) {
      if (period.contains(l.month())) {
        Tally t = tally(cpl, cplUnattributed, l);
        t.count = Math.addExact(t.count, l.count());
        used = true;
      }
    }
    if (!used) {
      outside++;
    }
    return this;
  }

  private static Tally tally(Map<Channel, Tally> byChannel, Tally unattributed, AcquisitionRecord r) {
    return r.channel().map(c -> byChannel.computeIfAbsent(c, k -> new Tally())).orElse(unattributed);
  }

  /**
   * Adds everything {@code other} has seen.
   *
   * @throws IllegalArgumentException if {@code other} has another currency, period, timing or rounding
   */
  @Override
  public AcquisitionAccumulator merge(AcquisitionAccumulator other) {
    requireNonNull(other, "other");
    checkArgument(currency.equals(other.currency) && period.equals(other.period) && timing == other.timing
            && rounding == other.rounding,
        "other must have the same currency, period, timing and rounding: %s vs %s", describe(), other.describe());
    checkArgument(other != this, "an accumulator cannot be merged into itself");
    other.cac.forEach((c, t) -> cac.computeIfAbsent(c, k -> new Tally()).add(t));
    other.cpl.forEach((c, t) -> cpl.computeIfAbsent(c, k -> new Tally()).add(t));
    cacUnattributed.add(other.cacUnattributed);
    cplUnattributed.add(other.cplUnattributed);
    outside = Math.addExact(outside, other.outside);
    return this;
  }

  private String describe() {
    return currency.getCurrencyCode() + " " + period + " " + timing.label() + " " + rounding;
  }

  @Override
  public AcquisitionReport result() {
    String spendIn = " spend in " + spendPeriod + " / ";
    String newIn = " in " + period;
    Function<Map.Entry<String, Tally>, MetricResult<MonetaryAmount>> cacOf = e -> Cac.compute(e.getKey(),
        money(e.getValue().spend), e.getValue().count,
        Amounts.format(money(e.getValue().spend)) + spendIn
            + Cac.count(e.getValue().count, "new customer", "new customers") + newIn,
        timing, rounding);
    Function<Map.Entry<String, Tally>, MetricResult<MonetaryAmount>> cplOf = e -> Cpl.compute(e.getKey(),
        money(e.getValue().spend), e.getValue().count,
        Amounts.format(money(e.getValue().spend)) + " marketing spend / "
            + Cac.count(e.getValue().count, "lead", "leads") + newIn,
        rounding);

    Tally cacAll = total(cac, cacUnattributed);
    Tally cplAll = total(cpl, cplUnattributed);
    Map<Channel, MetricResult<MonetaryAmount>> cacByChannel = new TreeMap<>();
    cac.forEach((c, t) -> cacByChannel.put(c, cacOf.apply(Map.entry(Cac.METRIC + " " + c, t))));
    Map<Channel, MetricResult<MonetaryAmount>> cplByChannel = new TreeMap<>();
    cpl.forEach((c, t) -> cplByChannel.put(c, cplOf.apply(Map.entry(Cpl.METRIC + " " + c, t))));
    Map<ChannelKind, MetricResult<MonetaryAmount>> cacByKind = new EnumMap<>(ChannelKind.class);
    byKind(cac).forEach((k, t) -> cacByKind.put(k, cacOf.apply(Map.entry(Cac.METRIC + " " + k, t))));
    Map<ChannelKind, MetricResult<MonetaryAmount>> cplByKind = new EnumMap<>(ChannelKind.class);
    byKind(cpl).forEach((k, t) -> cplByKind.put(k, cplOf.apply(Map.entry(Cpl.METRIC + " " + k, t))));

    return new AcquisitionReport(period, timing,
        cacOf.apply(Map.entry(Cac.METRIC, cacAll)), cacByKind, cacByChannel,
        cplOf.apply(Map.entry(Cpl.METRIC, cplAll)), cplByKind, cplByChannel,
        money(cacUnattributed.spend), cacUnattributed.count, cplUnattributed.count, outside);
  }

  private MonetaryAmount money(BigDecimal v) {
    return Amounts.of(v, currency);
  }

  private static Tally total(Map<Channel, Tally> byChannel, Tally unattributed) {
    Tally all = new Tally();
    byChannel.values().forEach(all::add);
    all.add(unattributed);
    return all;
  }

  private static Map<ChannelKind, Tally> byKind(Map<Channel, Tally> byChannel) {
    Map<ChannelKind, Tally> out = new EnumMap<>(ChannelKind.class);
    byChannel.forEach((c, t) -> out.computeIfAbsent(c.kind(), k -> new Tally()).add(t));
    return out;
  }
}
