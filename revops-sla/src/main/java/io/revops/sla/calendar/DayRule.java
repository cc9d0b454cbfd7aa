package io.revops.sla.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link DayRules} source says about one date: a regular day (the weekly hours apply), a day
 * off (a public holiday or a transferred day off), or a working day (a weekend that works), in each
 * case possibly shortened (e.g. a Russian pre-holiday day, one hour shorter).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DayRule {
  /** How the date relates to the weekly hours. */
  public enum Status {
    /** The weekly hours apply. */
    REGULAR,
    /** Closed all day, whatever the weekly hours say. */
    DAY_OFF,
    /** A working day even if the weekly hours have none for its day of the week. */
    WORKING_DAY
  }

  private static final DayRule REGULAR = new DayRule(Status.REGULAR, "", Duration.ZERO, "");

  private final Status status;
  private final String description;
  private final Duration shortening;
  private final String shorteningDescription;

  private DayRule(
      Status status, String description, Duration shortening, String shorteningDescription) {
    this.status = requireNonNull(status, "status");
    this.description = Args.maxLength("description", description, Args.MAX_TEXT_LENGTH);
    this.shortening = requireNonNull(shortening, "shortening");
    this.shorteningDescription = requireNonNull(shorteningDescription, "shorteningDescription");
    checkArgument(!shortening.isNegative(), "shortening must not be negative: %s", shortening);
  }

  /**
   * The weekly hours apply unchanged.
   *
   * @return the regular rule
   */
  public static DayRule regular() {
    return REGULAR;
  }

  /**
   * Closed all day.
   *
   * @param description why, e.g. {@code "RU production calendar 2026: non-working day"}
   * @return the rule
   */
  public static DayRule dayOff(String description) {
    return new DayRule(Status.DAY_OFF, description, Duration.ZERO, "");
  }

  /**
   * A working day; on a day without weekly hours the calendar's working-weekend hours apply.
   *
   * @param description why, e.g. {@code "RU production calendar 2025: working weekend"}
   * @return the rule
   */
  public static DayRule workingDay(String description) {
    return new DayRule(Status.WORKING_DAY, description, Duration.ZERO, "");
  }

  /**
   * A copy whose day's working time ends {@code shortening} earlier (taken from the last range,
   * then the one before if the last is shorter).
   *
   * @param shortening how much shorter, positive
   * @param description why, e.g. {@code "RU production calendar 2026: pre-holiday day"}
   * @return the rule
   */
  public DayRule withShortening(Duration shortening, String description) {
    requireNonNull(shortening, "shortening");
    checkArgument(
        shortening.compareTo(Duration.ZERO) > 0, "shortening must be positive: %s", shortening);
    return new DayRule(status, this.description, shortening, description);
  }

  /**
   * The status.
   *
   * @return the status
   */
  public Status status() {
    return status;
  }

  /**
   * Why the status applies; empty for a regular day.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * How much shorter the day is; zero if not shortened.
   *
   * @return the shortening
   */
  public Duration shortening() {
    return shortening;
  }

  /**
   * Why the day is shortened; empty if it is not.
   *
   * @return the description
   */
  public String shorteningDescription() {
    return shorteningDescription;
  }

  /**
   * True if the day is shortened.
   *
   * @return whether the shortening is positive
   */
  public boolean isShortened() {
    return !shortening.isZero();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DayRule r
        && status == r.status
        && description.equals(r.description)
        && shortening.equals(r.shortening)
        && shorteningDescription.equals(r.shorteningDescription);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, description, shortening, shorteningDescription);
  }

  @Override
  public String toString() {
    String s = status + (description.isEmpty() ? "" : " (" + description + ")");
    return isShortened()
        ? s + " shortened by " + shortening + " (" + shorteningDescription + ")"
        : s;
  }
}
