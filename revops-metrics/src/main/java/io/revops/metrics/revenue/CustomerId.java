package io.revops.metrics.revenue;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;

/**
 * The identifier of a paying customer (an account), as the billing system knows it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the non-blank identifier
 */
public record CustomerId(String value) implements Comparable<CustomerId> {
  /** Validates the identifier. */
  public CustomerId {
    requireNonNull(value, "customerId");
    Args.text("customerId", value);
  }

  /** The customer id {@code value}. */
  public static CustomerId of(String value) {
    return new CustomerId(value);
  }

  @Override
  public int compareTo(CustomerId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
