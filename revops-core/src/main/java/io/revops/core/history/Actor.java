package io.revops.core.history;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;

/**
 * Who did something to a lead: a sales rep, a marketer, an automation.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the non-blank identifier of the person or system
 */
public record Actor(String id) implements Comparable<Actor> {
  /** Validates the identifier. */
  public Actor {
    requireNonNull(id, "actor");
    Args.text("actor", id);
  }

  /** The actor {@code id}. */
  public static Actor of(String id) {
    return new Actor(id);
  }

  @Override
  public int compareTo(Actor o) {
    return id.compareTo(o.id);
  }

  @Override
  public String toString() {
    return id;
  }
}
