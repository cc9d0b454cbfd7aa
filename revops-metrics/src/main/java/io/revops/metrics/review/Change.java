package io.revops.metrics.review;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One metric compared between the baseline period and now: both values, the difference {@code now − baseline}
 * and the relative change, the 95% interval of the difference and a test's p-value where the metric has a
 * sampling model, the {@link Verdict}, and an optional handbook reference line. Made by {@link Comparisons}.
 *
 * <pre>
 * win rate: 20% (95% CI 16.38%–24.17%, 80/400) → 26% (95% CI 21.95%–30.49%, 104/400): +6.00 pp (+30.0%),
 *   95% CI +0.20 to +11.75 pp (Newcombe hybrid score), z-test p = 0.0414: improved; above the handbook's +10–20% (sales efficiency)
 * </pre>
 *
 * <p>Estimates, intervals and p-values are doubles: statistical estimates, not money.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Change {
  /** How the difference is shown. */
  enum Kind { PROPORTION, MEDIAN, FIGURE }

  private final String metric;
  private final Kind kind;
  private final String unit;
  private final String baseline;
  private final String now;
  private final double baselineValue;
  private final double nowValue;
  private final OptionalDouble low;
  private final OptionalDouble high;
  private final OptionalDouble pValue;
  private final String method;
  private final Verdict verdict;
  private final String note;
  private final HandbookRange reference;
  private final String exactDifference;

  Change(String metric, Kind kind, String unit, String baseline, String now, double baselineValue, double nowValue,
      OptionalDouble low, OptionalDouble high, OptionalDouble pValue, String method, Verdict verdict, String note,
      HandbookRange reference) {
    this(metric, kind, unit, baseline, now, baselineValue, nowValue, low, high, pValue, method, verdict, note, reference, "");
  }

  /** With {@code exactDifference}: a single figure's difference as computed exactly (money), shown in its place. */
  Change(String metric, Kind kind, String unit, String baseline, String now, double baselineValue, double nowValue,
      OptionalDouble low, OptionalDouble high, OptionalDouble pValue, String method, Verdict verdict, String note,
      HandbookRange reference, String exactDifference) {
    this.exactDifference = requireNonNull(exactDifference);
    this.metric = requireNonNull(metric, "metric");
    this.kind = kind;
    this.unit = unit;
    this.baseline = baseline;
    this.now = now;
    this.baselineValue = baselineValue;
    this.nowValue = nowValue;
    this.low = low;
    this.high = high;
    this.pValue = pValue;
    this.method = method;
    this.verdict = verdict;
    this.note = note;
    this.reference = reference;
  }

  /** A change that cannot be computed, with the reason. */
  static Change notComputable(String metric, String baseline, String now, String reason) {
    return new Change(metric, Kind.FIGURE, "", baseline, now, Double.NaN, Double.NaN, OptionalDouble.empty(),
        OptionalDouble.empty(), OptionalDouble.empty(), "", Verdict.NOT_COMPUTABLE, reason, null);
  }

  /** This change with the handbook's promised range as a reference line. */
  public Change withReference(HandbookRange range) {
    requireNonNull(range, "range");
    return new Change(metric, kind, unit, baseline, now, baselineValue, nowValue, low, high, pValue, method, verdict,
        note, range, exactDifference);
  }

  /** The metric's name. */
  public String metric() {
    return metric;
  }

  /** The verdict. */
  public Verdict verdict() {
    return verdict;
  }

  /** {@code now − baseline} (a proportion's difference as a fraction); empty if not computable. */
  public OptionalDouble difference() {
    return verdict == Verdict.NOT_COMPUTABLE ? OptionalDouble.empty() : OptionalDouble.of(nowValue - baselineValue);
  }

  /** {@code now / baseline − 1}; empty if not computable or the baseline is zero. */
  public OptionalDouble relativeChange() {
    return verdict == Verdict.NOT_COMPUTABLE || baselineValue == 0 ? OptionalDouble.empty()
        : OptionalDouble.of(nowValue / baselineValue - 1);
  }

  /** The lower bound of the 95% interval of the difference, if the metric has one. */
  public OptionalDouble lower() {
    return low;
  }

  /** The upper bound of the 95% interval of the difference, if the metric has one. */
  public OptionalDouble upper() {
    return high;
  }

  /** The two-sided p-value of the test of no difference, if one was run. */
  public OptionalDouble pValue() {
    return pValue;
  }

  /** The handbook reference line, if given. */
  public Optional<HandbookRange> reference() {
    return Optional.ofNullable(reference);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(metric).append(": ");
    if (verdict == Verdict.NOT_COMPUTABLE) {
      return sb.append(Verdict.NOT_COMPUTABLE.words()).append(" — ").append(note).toString();
    }
    sb.append(baseline).append(" → ").append(now).append(": ").append(show(nowValue - baselineValue, true));
    relativeChange().ifPresent(r -> sb.append(String.format(Locale.ROOT, " (%+.1f%%)", 100 * r)));
    if (low.isPresent()) {
      sb.append(", 95% CI ").append(show(low.getAsDouble(), true)).append(" to ").append(show(high.getAsDouble(), true))
          .append(" (").append(method).append(')');
    } else if (!method.isEmpty()) {
      sb.append(" (").append(method).append(')');
    }
    pValue.ifPresent(p -> sb.append(String.format(Locale.ROOT, ", z-test p = %.4f", p)));
    sb.append(": ").append(verdict.words());
    if (!note.isEmpty()) sb.append(" (").append(note).append(')');
    if (reference != null) {
      relativeChange().ifPresentOrElse(r -> sb.append("; ").append(reference.place(100 * r)),
          () -> sb.append("; no relative change to compare with the handbook's ").append(reference));
    }
    return sb.toString();
  }

  private String show(double v, boolean signed) {
    if (kind == Kind.FIGURE && !exactDifference.isEmpty()) return exactDifference;
    String f = signed ? "%+.2f" : "%.2f";
    return switch (kind) {
      case PROPORTION -> String.format(Locale.ROOT, f + " pp", 100 * v);
      case MEDIAN -> String.format(Locale.ROOT, f + " %s", v, unit);
      case FIGURE -> String.format(Locale.ROOT, signed ? "%+.4f" : "%.4f", v);
    };
  }
}
