package io.revops.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.Lead;
import io.revops.core.lead.LeadId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One lead's input to an SLA evaluation: its event history and, optionally, its data.
 *
 * <p>The lead data is read as the lead stood when it became an MQL (the snapshot marketing handed over):
 * marketing's obligations (criteria, required fields, data age, context) are judged on it. Without lead
 * data those obligations are NOT_APPLICABLE with the reason "no lead data", and the report counts them —
 * except data age, which the history's DataChanged events can still show.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SlaInput {
  private final LeadEventHistory history;
  private final Lead lead;

  private SlaInput(LeadEventHistory history, Lead lead) {
    this.history = requireNonNull(history, "history");
    this.lead = lead;
    if (lead != null) {
      checkArgument(lead.id().equals(history.leadId()), "lead id must match the history's: %s vs %s", lead.id(),
          history.leadId());
    }
  }

  /** The input of a lead known only by its history. */
  public static SlaInput of(LeadEventHistory history) {
    return new SlaInput(history, null);
  }

  /** The input of a lead with its history and its data as of the MQL instant. */
  public static SlaInput of(LeadEventHistory history, Lead lead) {
    return new SlaInput(history, requireNonNull(lead, "lead"));
  }

  /** The lead's id. */
  public LeadId leadId() {
    return history.leadId();
  }

  /** The history. */
  public LeadEventHistory history() {
    return history;
  }

  /** The lead's data, if given. */
  public Optional<Lead> lead() {
    return Optional.ofNullable(lead);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SlaInput i && history.equals(i.history) && java.util.Objects.equals(lead, i.lead);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(history, lead);
  }

  @Override
  public String toString() {
    return "SlaInput " + history.leadId() + " (" + history.size() + " events" + (lead == null ? ", no lead data" : "")
        + ")";
  }
}
