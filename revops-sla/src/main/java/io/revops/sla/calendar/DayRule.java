package io.revops.sla.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
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

  private static final DayRule REGULAR = new DayRule(Status.REGULAR, null, Duration.ZERO, null);

  private final Status status;
  /** Null exactly for a regular day. */
  private final @Nullable String description;
  private final Duration shortening;
  /** Null exactly when the day is not shortened. */
  private final @Nullable String shorteningDescription;

  private DayRule(
      Status status,
      @Nullable String description,
      Duration shortening,
      @Nullable String shorteningDescription) {
    this.status = status;
    this.description = description;
    this.shortening = shortening;
    this.shorteningDescription = shorteningDescription;
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
   * @param description why, e.g. {@code "RU production calendar 2026: non-working day"}: not
   *     blank, at most {@value Args#MAX_TEXT_LENGTH} characters
   * @return the rule
   * @throws IllegalArgumentException naming {@code description}, quoting it, if it is blank or too
   *     long
   */
  public static DayRule dayOff(String description) {
    return new DayRule(Status.DAY_OFF, Args.text("description", description), Duration.ZERO, null);
  }

  /**
   * A working day; on a day without weekly hours the calendar's working-weekend hours apply.
   *
   * @param description why, e.g. {@code "RU production calendar 2025: working weekend"}: not
   *     blank, at most {@value Args#MAX_TEXT_LENGTH} characters
   * @return the rule
   * @throws IllegalArgumentException naming {@code description}, quoting it, if it is blank or too
   *     long
   */
  public static DayRule workingDay(String description) {
    return new DayRule(
        Status.WORKING_DAY, Args.text("description", description), Duration.ZERO, null);
  }

  /**
   * A copy whose day's working time ends {@code shortening} earlier (taken from the last range,
   * then the one before if the last is shorter).
   *
   * @param shortening how much shorter, positive
   * @param description why, e.g. {@code "RU production calendar 2026: pre-holiday day"}: not
   *     blank, at most {@value Args#MAX_TEXT_LENGTH} characters
   * @return the rule
   * @throws IllegalArgumentException if {@code shortening} is not positive, or naming {@code
   *     description}, quoting it, if it is blank or too long
   */
  public DayRule withShortening(Duration shortening, String description) {
    requireNonNull(shortening, "shortening");
    checkArgument(
        shortening.compareTo(Duration.ZERO) > 0, "shortening must be positive: %s", shortening);
    return new DayRule(status, this.description, shortening, Args.text("description", description));
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
   * Why the status applies: present for a day off and a working day, empty for a regular day.
   *
   * @return the description, if the status is not {@link Status#REGULAR}
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
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
   * Why the day is shortened: present exactly when it {@linkplain #isShortened is}.
   *
   * @return the description, if the day is shortened
   */
  public Optional<String> shorteningDescription() {
    return Optional.ofNullable(shorteningDescription);
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
        && Objects.equals(description, r.description)
        && shortening.equals(r.shortening)
        && Objects.equals(shorteningDescription, r.shorteningDescription);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, description, shortening, shorteningDescription);
  }

  @Override
  public String toString() {
    String s = status + (description == null ? "" : " (" + description + ")");
    return isShortened()
        ? s + " shortened by " + shortening + " (" + shorteningDescription + ")"
        : s;
  }
}
