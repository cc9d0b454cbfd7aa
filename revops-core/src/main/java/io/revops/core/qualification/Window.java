package io.revops.core.qualification;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The look-back window of a behavioural criterion, relative to the evaluation instant.
 *
 * <p>"The last 30 days" as of {@code asOf} is the half-open interval {@code (asOf − 30 days, asOf]}:
 * an event exactly at {@code asOf} counts, one exactly 30 days earlier does not. An {@link #unbounded()}
 * window counts everything up to and including {@code asOf}. Events after {@code asOf} never count: the
 * lead is judged as it was at that instant.
 *
 * <p>{@link #toString()} gives {@code last 30 days} or {@code all time}; {@link #parse} reads that back,
 * and also ISO-8601 durations such as {@code P30D}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Window {
  private static final Window UNBOUNDED = new Window(null);
  private static final Pattern LAST = Pattern.compile("last (\\d[\\d ]*) (day|days|hour|hours|minute|minutes|second|seconds)");

  private final Duration length;

  private Window(Duration length) {
    this.length = length;
  }

  /** The {@code days} days before the evaluation instant; {@code days} must be positive. */
  public static Window lastDays(int days) {
    checkArgument(days > 0, "window days must be positive: %s", days);
    return new Window(Duration.ofDays(days));
  }

  /** The {@code length} before the evaluation instant; {@code length} must be positive. */
  public static Window last(Duration length) {
    requireNonNull(length, "window");
    checkArgument(!length.isNegative() && !length.isZero(), "window must be positive: %s", length);
    return new Window(length);
  }

  /** Everything up to the evaluation instant. */
  public static Window unbounded() {
    return UNBOUNDED;
  }

  /**
   * Reads {@code last 30 days}, {@code last 36 hours}, {@code all time} or an ISO-8601 duration
   * ({@code P30D}, {@code PT36H}).
   *
   * @throws IllegalArgumentException naming the text if it is none of these
   */
  public static Window parse(CharSequence text) {
    String s = Args.maxLength("window", requireNonNull(text, "window").toString(), Args.MAX_TEXT_LENGTH).trim().toLowerCase(Locale.ROOT);
    if (s.equals("all time")) {
      return UNBOUNDED;
    }
    Matcher m = LAST.matcher(s);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1).replace(" ", ""));
      String unit = m.group(2);
      Duration d = unit.startsWith("day") ? Duration.ofDays(n)
          : unit.startsWith("hour") ? Duration.ofHours(n)
          : unit.startsWith("minute") ? Duration.ofMinutes(n) : Duration.ofSeconds(n);
      return last(d);
    }
    try {
      return last(Duration.parse(text.toString().trim()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("window must be \"all time\", \"last N days\" or an ISO-8601 duration such as "
          + "P30D: \"" + text + "\"", e);
    }
  }

  /** The window's length, empty if unbounded. */
  public Optional<Duration> length() {
    return Optional.ofNullable(length);
  }

  /** True if the window reaches back without limit. */
  public boolean isUnbounded() {
    return length == null;
  }

  /** True if an event at {@code at} falls in this window as of {@code asOf}: {@code (asOf − length, asOf]}. */
  public boolean contains(Instant at, Instant asOf) {
    requireNonNull(at, "at");
    requireNonNull(asOf, "asOf");
    return !at.isAfter(asOf) && (length == null || at.isAfter(asOf.minus(length)));
  }

  /**
   * {@code asOf − length}, the exclusive start of the window as of {@code asOf}; null if unbounded. For
   * {@link #contains(Instant, Instant, Instant)}, which tests many events as of one instant.
   */
  Instant start(Instant asOf) {
    return length == null ? null : asOf.minus(length);
  }

  /** {@link #contains(Instant, Instant)} with the window's {@link #start} as of {@code asOf} computed once. */
  static boolean contains(Instant at, Instant asOf, Instant start) {
    return !at.isAfter(asOf) && (start == null || at.isAfter(start));
  }

  /** The window as ISO-8601: {@code P30D} for whole days, {@code PT36H} otherwise; empty if unbounded. */
  public Optional<String> toIso() {
    if (length == null) return Optional.empty();
    if (length.getNano() == 0 && length.getSeconds() % 86_400 == 0) return Optional.of("P" + length.toDays() + "D");
    return Optional.of(length.toString());
  }

  /** {@code in the 30 days before 2026-11-22T10:00Z} or {@code up to 2026-11-22T10:00Z}. */
  String describe(Instant asOf) {
    return length == null ? "up to " + Texts.instant(asOf) : "in the " + Texts.duration(length) + " before " + Texts.instant(asOf);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Window w && Objects.equals(length, w.length);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(length);
  }

  @Override
  public String toString() {
    if (length == null) return "all time";
    // "last N units" has no unit below a second: a fractional window prints as ISO-8601, which parse reads
    return length.getNano() != 0 ? length.toString() : "last " + Texts.duration(length);
  }
}
