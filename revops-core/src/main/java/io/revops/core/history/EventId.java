package io.revops.core.history;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;

/**
 * The identifier of one lead event, unique within the source system.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the non-blank identifier
 */
public record EventId(String value) implements Comparable<EventId> {
  /** Validates the identifier. */
  public EventId {
    requireNonNull(value, "eventId");
    Args.text("eventId", value);
  }

  /** The event id {@code value}. */
  public static EventId of(String value) {
    return new EventId(value);
  }

  @Override
  public int compareTo(EventId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
