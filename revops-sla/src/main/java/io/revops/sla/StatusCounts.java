package io.revops.sla;

import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.money.Rate;
import java.math.RoundingMode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How many verdicts of each status: the cell of every compliance table. Compliance is MET / (MET + BREACHED):
 * open and not-applicable verdicts do not count; with no decided verdict there is no compliance, and
 * {@link #complianceText()} says so.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StatusCounts {
  /** No verdicts. */
  public static final StatusCounts ZERO = new StatusCounts(0, 0, 0, 0, 0);

  private final long met;
  private final long breached;
  private final long pending;
  private final long atRisk;
  private final long notApplicable;

  private StatusCounts(long met, long breached, long pending, long atRisk, long notApplicable) {
    Args.count("met", met);
    Args.count("breached", breached);
    Args.count("pending", pending);
    Args.count("atRisk", atRisk);
    Args.count("notApplicable", notApplicable);
    // the total must be a long too, so total() and decided() never wrap
    Args.sum("total", met, breached, pending, atRisk, notApplicable);
    this.met = met;
    this.breached = breached;
    this.pending = pending;
    this.atRisk = atRisk;
    this.notApplicable = notApplicable;
  }

  /** The counts met, breached, pending, at risk, not applicable. */
  public static StatusCounts of(long met, long breached, long pending, long atRisk, long notApplicable) {
    return new StatusCounts(met, breached, pending, atRisk, notApplicable);
  }

  /** The count of {@code status}. */
  public long count(VerdictStatus status) {
    return switch (requireNonNull(status, "status")) {
      case MET -> met;
      case BREACHED -> breached;
      case PENDING -> pending;
      case AT_RISK -> atRisk;
      case NOT_APPLICABLE -> notApplicable;
    };
  }

  /** MET verdicts. */
  public long met() {
    return met;
  }

  /** BREACHED verdicts. */
  public long breached() {
    return breached;
  }

  /** PENDING verdicts. */
  public long pending() {
    return pending;
  }

  /** AT_RISK verdicts. */
  public long atRisk() {
    return atRisk;
  }

  /** NOT_APPLICABLE verdicts. */
  public long notApplicable() {
    return notApplicable;
  }

  /** All verdicts. */
  public long total() {
    return met + breached + pending + atRisk + notApplicable;
  }

  /** MET + BREACHED. */
  public long decided() {
    return met + breached;
  }

  /** These counts plus one verdict of {@code status}. */
  public StatusCounts plus(VerdictStatus status) {
    return switch (requireNonNull(status, "status")) {
      case MET -> new StatusCounts(Args.sum("met", met, 1), breached, pending, atRisk, notApplicable);
      case BREACHED -> new StatusCounts(met, Args.sum("breached", breached, 1), pending, atRisk, notApplicable);
      case PENDING -> new StatusCounts(met, breached, Args.sum("pending", pending, 1), atRisk, notApplicable);
      case AT_RISK -> new StatusCounts(met, breached, pending, Args.sum("atRisk", atRisk, 1), notApplicable);
      case NOT_APPLICABLE -> new StatusCounts(met, breached, pending, atRisk,
          Args.sum("notApplicable", notApplicable, 1));
    };
  }

  /** These counts plus {@code other}. */
  public StatusCounts plus(StatusCounts other) {
    requireNonNull(other, "other");
    return new StatusCounts(Args.sum("met", met, other.met), Args.sum("breached", breached, other.breached),
        Args.sum("pending", pending, other.pending), Args.sum("atRisk", atRisk, other.atRisk),
        Args.sum("notApplicable", notApplicable, other.notApplicable));
  }

  /** MET / (MET + BREACHED), exact; empty when nothing is decided. */
  public Optional<Rate> compliance() {
    return decided() == 0 ? Optional.empty() : Optional.of(Rate.ofFraction(met, decided()));
  }

  /** The compliance as a percentage with one decimal, or {@code "n/a (nothing decided)"}. */
  public String complianceText() {
    return compliance().map(r -> r.toPercentString(1, RoundingMode.HALF_EVEN)).orElse("n/a (nothing decided)");
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StatusCounts c && met == c.met && breached == c.breached && pending == c.pending
        && atRisk == c.atRisk && notApplicable == c.notApplicable;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(met, breached, pending, atRisk, notApplicable);
  }

  @Override
  public String toString() {
    return met + " met, " + breached + " breached, " + pending + " pending, " + atRisk + " at risk, " + notApplicable
        + " n/a; compliance " + complianceText();
  }
}
