package io.revops.core.lead;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * BANT answers: Budget, Authority, Need (each YES, NO or UNKNOWN) and Timeline.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Bant {
  private static final Bant UNKNOWN =
      new Bant(BantAnswer.UNKNOWN, BantAnswer.UNKNOWN, BantAnswer.UNKNOWN, Timeline.unknown());

  private final BantAnswer budget;
  private final BantAnswer authority;
  private final BantAnswer need;
  private final Timeline timeline;

  private Bant(BantAnswer budget, BantAnswer authority, BantAnswer need, Timeline timeline) {
    this.budget = requireNonNull(budget, "budget");
    this.authority = requireNonNull(authority, "authority");
    this.need = requireNonNull(need, "need");
    this.timeline = requireNonNull(timeline, "timeline");
  }

  /** Nothing known yet. */
  public static Bant unknown() {
    return UNKNOWN;
  }

  /** All four answers. */
  public static Bant of(BantAnswer budget, BantAnswer authority, BantAnswer need, Timeline timeline) {
    return new Bant(budget, authority, need, timeline);
  }

  /** These answers with {@code budget}: has a budget or understands the investment. */
  public Bant withBudget(BantAnswer budget) {
    return new Bant(budget, authority, need, timeline);
  }

  /** These answers with {@code authority}: decides or influences the decision. */
  public Bant withAuthority(BantAnswer authority) {
    return new Bant(budget, authority, need, timeline);
  }

  /** These answers with {@code need}: an explicitly stated need. */
  public Bant withNeed(BantAnswer need) {
    return new Bant(budget, authority, need, timeline);
  }

  /** These answers with {@code timeline}. */
  public Bant withTimeline(Timeline timeline) {
    return new Bant(budget, authority, need, timeline);
  }

  /** Has a budget or an understanding of the investment. */
  public BantAnswer budget() {
    return budget;
  }

  /** Is the decision maker or influences the decision. */
  public BantAnswer authority() {
    return authority;
  }

  /** Has explicitly stated a need. */
  public BantAnswer need() {
    return need;
  }

  /** When it plans to solve the problem. */
  public Timeline timeline() {
    return timeline;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Bant b && budget == b.budget && authority == b.authority && need == b.need
        && timeline.equals(b.timeline);
  }

  @Override
  public int hashCode() {
    return Objects.hash(budget, authority, need, timeline);
  }

  @Override
  public String toString() {
    return "BANT[budget=" + budget + ", authority=" + authority + ", need=" + need + ", timeline=" + timeline + "]";
  }
}
