package io.revops.core.batch;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The findings of one batch run, in the order they were met, with their counts by rule. Readers report to it
 * as a {@code Consumer<Finding>}; a report shows {@link #all()} (everything is kept) or the first few and
 * {@link #countsByRule()}.
 *
 * <p>Cost: each finding is a few hundred bytes at most (its value is bounded), so 10^6 bad rows keep well
 * under a gigabyte; a caller that must bound memory further can pass its own {@code Consumer<Finding>}.
 *
 * <p>This class is mutable and not thread-safe: one run fills it, then it is read.
 */
public final class Findings implements Consumer<Finding> {
  private final List<Finding> all = new ArrayList<>();
  private final Map<String, Long> byRule = new TreeMap<>();

  private Findings() {}

  /** An empty collection of findings. */
  public static Findings create() {
    return new Findings();
  }

  /** Adds {@code finding}. */
  @Override
  public void accept(Finding finding) {
    requireNonNull(finding, "finding");
    all.add(finding);
    byRule.merge(finding.rule(), 1L, Long::sum);
  }

  /** Every finding, in the order met; a read-only view. */
  public List<Finding> all() {
    return Collections.unmodifiableList(all);
  }

  /** The first {@code n} findings (fewer if there are fewer). */
  public List<Finding> first(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative: " + n);
    }
    return List.copyOf(all.subList(0, Math.min(n, all.size())));
  }

  /** How many findings there are. */
  public int size() {
    return all.size();
  }

  /** Whether there are none. */
  public boolean isEmpty() {
    return all.isEmpty();
  }

  /** The number of findings per rule, ordered by rule. */
  public Map<String, Long> countsByRule() {
    return Collections.unmodifiableMap(byRule);
  }

  @Override
  public String toString() {
    return all.size() + " findings" + (all.isEmpty() ? "" : " " + byRule);
  }
}
