package io.revops.metrics.territory;

import io.revops.core.check.Args;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Quote;
import io.revops.core.lead.Industry;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A sales rep who can hold accounts: the regions and industries the rep may cover (empty: any) and the most
 * workload the rep can carry.
 *
 * <pre>{@code
 * Rep r = Rep.of("rep-03").withRegions(List.of("Moscow", "Tver")).withCapacity(160);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rep {
  private final String id;
  private final Set<String> regions;
  private final Set<Industry> industries;
  private final long capacity;

  private Rep(String id, Set<String> regions, Set<Industry> industries, long capacity) {
    this.id = id;
    this.regions = regions;
    this.industries = industries;
    this.capacity = capacity;
  }

  /** A rep who may cover any region and industry, with no limit on workload. */
  public static Rep of(String id) {
    Args.text("id", id);
    return new Rep(id, Set.of(), Set.of(), Long.MAX_VALUE);
  }

  /** This rep, limited to {@code regions} (empty: any region). */
  public Rep withRegions(Collection<String> regions) {
    Set<String> copy = new TreeSet<>();
    for (String r : requireNonNull(regions, "regions")) {
      requireNonNull(r, "regions must not contain null");
      checkArgument(!r.isBlank(), "regions must not contain a blank region: %s (rep %s)", Quote.bounded(regions), id);
      copy.add(r);
    }
    return new Rep(id, Set.copyOf(copy), industries, capacity);
  }

  /** This rep, limited to {@code industries} (empty: any industry). */
  public Rep withIndustries(Collection<Industry> industries) {
    for (Industry i : requireNonNull(industries, "industries")) {
      requireNonNull(i, "industries must not contain null");
    }
    return new Rep(id, regions, Set.copyOf(industries), capacity);
  }

  /** This rep, able to carry at most {@code capacity} workload. */
  public Rep withCapacity(long capacity) {
    checkArgument(capacity >= 0, "capacity must not be negative: %s (rep %s)", capacity, id);
    return new Rep(id, regions, industries, capacity);
  }

  /** The identifier. */
  public String id() {
    return id;
  }

  /** The regions the rep may cover; empty for any. */
  public Set<String> regions() {
    return regions;
  }

  /** The industries the rep may cover; empty for any. */
  public Set<Industry> industries() {
    return industries;
  }

  /** The most workload the rep can carry ({@link Long#MAX_VALUE}: no limit). */
  public long capacity() {
    return capacity;
  }

  /** True if the rep may cover {@code account}'s region and industry (capacity aside). */
  public boolean covers(Account account) {
    requireNonNull(account, "account");
    return (regions.isEmpty() || regions.contains(account.region()))
        && (industries.isEmpty() || industries.contains(account.industry()));
  }

  /** Why the rep may not cover {@code account}, if it may not. */
  Optional<String> whyNot(Account account) {
    if (!regions.isEmpty() && !regions.contains(account.region())) {
      return Optional.of("region " + account.region() + " not in " + new TreeSet<>(regions));
    }
    if (!industries.isEmpty() && !industries.contains(account.industry())) {
      return Optional.of("industry " + account.industry() + " not in " + industries);
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Rep r && id.equals(r.id) && regions.equals(r.regions) && industries.equals(r.industries)
        && capacity == r.capacity;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, regions, industries, capacity);
  }

  @Override
  public String toString() {
    return id + " [regions " + (regions.isEmpty() ? "any" : new TreeSet<>(regions))
        + ", industries " + (industries.isEmpty() ? "any" : industries)
        + ", capacity " + (capacity == Long.MAX_VALUE ? "unlimited" : capacity) + "]";
  }
}
