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
  /**
   * The source a lead's creation is given when its data names none: code {@code unknown}. A {@link
   * io.revops.core.history.LeadEvent.Created} always has a source, so the CRM imports (revops-io's
   * profiles and {@code ExampleCrmMapping}) give this one to a record without a source, and name it here
   * rather than writing {@code "unknown"} each on its own. It is an ordinary source to every report (grouped
   * under {@code unknown}); a record whose source is written {@code unknown} gets an equal one, which the
   * history cannot tell apart — the lead's own data can ({@link Lead#source()} is empty for a lead without
   * a source).
   */
  public static final LeadSource UNKNOWN = new LeadSource("unknown");

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
