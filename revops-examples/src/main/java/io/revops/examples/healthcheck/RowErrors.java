package io.revops.examples.healthcheck;

import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Finding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The rejected rows of one read, tallied as they arrive: the first {@value #KEPT} errors, the number of rejected
 * rows (a row with several errors counts once) and the errors counted by rule. Memory does not grow with the
 * number of bad rows, so a badly broken input of any size still gets its report.
 *
 * <p>The errors of one row must arrive one after the other (every reader reports them so). Instances are
 * mutable and not thread-safe: use one per reading thread and {@link #merge} them in file order.
 */
final class RowErrors implements Consumer<Finding> {
  /** How many errors the report quotes. */
  static final int KEPT = 50;

  private final List<Finding> first = new ArrayList<>();
  private final Map<String, Long> byRule = new LinkedHashMap<>();
  private long rows;
  private String lastFile;
  private long lastLine = -1;

  @Override
  public void accept(Finding e) {
    requireNonNull(e, "error");
    if (first.size() < KEPT) {
      first.add(e);
    }
    byRule.merge(e.rule(), 1L, Long::sum);
    if (e.line() != lastLine || !e.source().equals(lastFile)) {
      rows++;
      lastFile = e.source();
      lastLine = e.line();
    }
  }

  /** Adds the errors of {@code later}, read after these (a later file): this tally, for chaining. */
  RowErrors merge(RowErrors later) {
    later.first.stream().limit(Math.max(0, KEPT - first.size())).forEach(first::add);
    later.byRule.forEach((rule, n) -> byRule.merge(rule, n, Long::sum));
    rows += later.rows;
    return this;
  }

  /** The first {@value #KEPT} errors. */
  List<Finding> first() {
    return Collections.unmodifiableList(first);
  }

  /** The errors counted by rule, in the order the rules were first met. */
  Map<String, Long> byRule() {
    return Collections.unmodifiableMap(byRule);
  }

  /** The number of rejected rows. */
  long rows() {
    return rows;
  }

  @Override
  public String toString() {
    return "RowErrors[" + rows + " rows rejected, " + byRule + "]";
  }
}
