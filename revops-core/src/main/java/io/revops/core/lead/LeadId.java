package io.revops.core.lead;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;

/**
 * The identifier of a lead, as the CRM knows it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the non-blank identifier
 */
public record LeadId(String value) implements Comparable<LeadId> {
  /** Validates the identifier. */
  public LeadId {
    requireNonNull(value, "leadId");
    Args.text("leadId", value);
  }

  /** The lead id {@code value}. */
  public static LeadId of(String value) {
    return new LeadId(value);
  }

  @Override
  public int compareTo(LeadId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
