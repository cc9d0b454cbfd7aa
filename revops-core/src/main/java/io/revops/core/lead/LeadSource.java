package io.revops.core.lead;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;

/**
 * Where a lead came from: a channel or campaign code such as {@code paid_search}, {@code webinar},
 * {@code referral}. Sources are open-ended: any non-blank code is a source.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the non-blank source code, kept as given
 */
public record LeadSource(String code) implements Comparable<LeadSource> {
  /** Validates the code. */
  public LeadSource {
    requireNonNull(code, "source");
    Args.text("source", code);
  }

  /** The source {@code code}. */
  public static LeadSource of(String code) {
    return new LeadSource(code);
  }

  @Override
  public int compareTo(LeadSource o) {
    return code.compareTo(o.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
