package io.revops.core.funnel;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * How many leads stood at each lifecycle stage in one period: visitors, leads, MQL, SQL, optionally
 * opportunities, and customers — and the conversion rates between them.
 *
 * <p>Every stage but {@link LifecycleStage#OPPORTUNITY} must be given; opportunity is optional, and when
 * absent {@link #conversions()} goes from SQL straight to customer. A conversion that cannot be computed
 * (zero at the earlier stage, or a later stage larger than an earlier one) says why in its
 * {@link StageConversion}; nothing here returns 0, NaN or throws for bad data.
 *
 * <pre>{@code
 * FunnelSnapshot f = FunnelSnapshot.of(10_000, 200, 60, 24, 6);
 * f.conversion(LifecycleStage.MQL, LifecycleStage.SQL);  // MQL→SQL 40% (24 of 60)
 * f.overall();                                             // Visitor→Customer 0.06% (6 of 10000)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FunnelSnapshot {
  private final Map<LifecycleStage, Long> counts;

  private FunnelSnapshot(Map<LifecycleStage, Long> counts) {
    EnumMap<LifecycleStage, Long> copy = new EnumMap<>(LifecycleStage.class);
    for (Map.Entry<LifecycleStage, Long> e : counts.entrySet()) {
      requireNonNull(e.getKey(), "stage");
      requireNonNull(e.getValue(), () -> "count of " + e.getKey());
      checkCount(e.getKey(), e.getValue());
      copy.put(e.getKey(), e.getValue());
    }
    for (LifecycleStage s : LifecycleStage.values()) {
      checkArgument(s.isOptional() || copy.containsKey(s), "count of %s is missing (only OPPORTUNITY is optional): %s",
          s, counts);
    }
    this.counts = Collections.unmodifiableMap(copy);
  }

  /** A snapshot without the optional opportunity stage. */
  public static FunnelSnapshot of(long visitors, long leads, long mqls, long sqls, long customers) {
    return builder().visitors(visitors).leads(leads).mqls(mqls).sqls(sqls).customers(customers).build();
  }

  /** A snapshot with every stage, opportunity included. */
  public static FunnelSnapshot of(long visitors, long leads, long mqls, long sqls, long opportunities, long customers) {
    return builder().visitors(visitors).leads(leads).mqls(mqls).sqls(sqls).opportunities(opportunities)
        .customers(customers).build();
  }

  /**
   * A snapshot of the given counts.
   *
   * @throws IllegalArgumentException if a required stage is missing or a count is negative
   */
  public static FunnelSnapshot of(Map<LifecycleStage, Long> counts) {
    requireNonNull(counts, "counts");
    return new FunnelSnapshot(counts);
  }

  /** A builder; every stage but opportunity must be set. */
  public static Builder builder() {
    return new Builder();
  }

  /** This snapshot with {@code count} opportunities. */
  public FunnelSnapshot withOpportunities(long count) {
    Map<LifecycleStage, Long> m = new EnumMap<>(counts);
    m.put(LifecycleStage.OPPORTUNITY, count);
    return new FunnelSnapshot(m);
  }

  /** This snapshot without the opportunity stage. */
  public FunnelSnapshot withoutOpportunities() {
    Map<LifecycleStage, Long> m = new EnumMap<>(counts);
    m.remove(LifecycleStage.OPPORTUNITY);
    return new FunnelSnapshot(m);
  }

  /** True if {@code stage} is recorded (always, except possibly for opportunity). */
  public boolean records(LifecycleStage stage) {
    return counts.containsKey(requireNonNull(stage, "stage"));
  }

  /** The recorded stages, in order. */
  public List<LifecycleStage> stages() {
    return List.copyOf(counts.keySet());
  }

  /** The count at {@code stage}; empty only for an unrecorded opportunity stage. */
  public OptionalLong count(LifecycleStage stage) {
    Long c = counts.get(requireNonNull(stage, "stage"));
    return c == null ? OptionalLong.empty() : OptionalLong.of(c);
  }

  /** The counts per recorded stage, in stage order. */
  public Map<LifecycleStage, Long> counts() {
    return counts;
  }

  /**
   * The conversion from {@code from} to the later stage {@code to}.
   *
   * @throws IllegalArgumentException if {@code from} is not before {@code to}
   */
  public StageConversion conversion(LifecycleStage from, LifecycleStage to) {
    return StageConversion.of(from, to, count(from), count(to));
  }

  /**
   * The conversions between consecutive recorded stages: visitor→lead, lead→MQL, MQL→SQL, then
   * SQL→opportunity→customer, or SQL→customer when opportunity is not recorded.
   */
  public List<StageConversion> conversions() {
    List<LifecycleStage> stages = stages();
    List<StageConversion> out = new ArrayList<>(stages.size() - 1);
    for (int i = 0; i + 1 < stages.size(); i++) {
      out.add(conversion(stages.get(i), stages.get(i + 1)));
    }
    return List.copyOf(out);
  }

  /** Visitor→customer. */
  public StageConversion overall() {
    return conversion(LifecycleStage.VISITOR, LifecycleStage.CUSTOMER);
  }

  /** The consecutive conversion with the lowest defined rate (the first of equals), if any is defined. */
  public Optional<StageConversion> lowestConversion() {
    return lowestConversionFrom(LifecycleStage.VISITOR);
  }

  /**
   * The consecutive conversion starting at or after {@code start} with the lowest defined rate (the first
   * of equals), if any is defined. {@code lowestConversionFrom(LEAD)} leaves out visitor→lead, which
   * measures anonymous traffic and is nearly always the lowest.
   */
  public Optional<StageConversion> lowestConversionFrom(LifecycleStage start) {
    requireNonNull(start, "start");
    return conversions().stream().filter(c -> !c.from().isBefore(start)).filter(StageConversion::isDefined)
        .min(Comparator.comparing(c -> c.rate().orElseThrow()));
  }

  /** The consecutive conversions whose later stage is larger than the earlier one. */
  public List<StageConversion> inconsistencies() {
    return conversions().stream().filter(c -> c.status() == StageConversion.Status.INCONSISTENT).toList();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FunnelSnapshot f && counts.equals(f.counts);
  }

  @Override
  public int hashCode() {
    return counts.hashCode();
  }

  /** A table of the counts and the conversions between consecutive stages. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("FunnelSnapshot");
    List<LifecycleStage> stages = stages();
    List<StageConversion> conv = conversions();
    for (int i = 0; i < stages.size(); i++) {
      LifecycleStage s = stages.get(i);
      sb.append(String.format(java.util.Locale.ROOT, "\n  %-12s %,d", s.label(), counts.get(s)).replace(',', ' '));
      if (i < conv.size()) {
        StageConversion c = conv.get(i);
        sb.append(String.format(java.util.Locale.ROOT, "\n      ↓ %s", c.isDefined()
            ? c.shortPercent().orElseThrow() : "undefined: " + c.explanation()));
      }
    }
    return sb.toString();
  }

  private static void checkCount(LifecycleStage stage, long count) {
    checkArgument(count >= 0, "count of %s must not be negative: %s", stage, count);
  }

  /** Collects the counts of a snapshot. */
  public static final class Builder {
    private final Map<LifecycleStage, Long> counts = new EnumMap<>(LifecycleStage.class);

    private Builder() {}

    /** Sets the count at {@code stage}. */
    public Builder count(LifecycleStage stage, long count) {
      checkCount(requireNonNull(stage, "stage"), count);
      counts.put(stage, count);
      return this;
    }

    /** Sets the number of visitors. */
    public Builder visitors(long count) {
      return count(LifecycleStage.VISITOR, count);
    }

    /** Sets the number of leads. */
    public Builder leads(long count) {
      return count(LifecycleStage.LEAD, count);
    }

    /** Sets the number of MQLs. */
    public Builder mqls(long count) {
      return count(LifecycleStage.MQL, count);
    }

    /** Sets the number of SQLs. */
    public Builder sqls(long count) {
      return count(LifecycleStage.SQL, count);
    }

    /** Sets the number of opportunities (optional). */
    public Builder opportunities(long count) {
      return count(LifecycleStage.OPPORTUNITY, count);
    }

    /** Sets the number of customers. */
    public Builder customers(long count) {
      return count(LifecycleStage.CUSTOMER, count);
    }

    /**
     * The snapshot.
     *
     * @throws IllegalArgumentException if a required stage is missing or a count is negative
     */
    public FunnelSnapshot build() {
      return new FunnelSnapshot(counts);
    }
  }
}
