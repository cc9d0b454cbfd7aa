package io.revops.core.history;

/**
 * The kinds of {@link LeadEvent}, in the order they sort when two events share an instant
 * (a lead is created before it becomes an MQL at the same second, and so on).
 */
public enum EventKind {
  /** {@link LeadEvent.Created}. */
  CREATED,
  /** {@link LeadEvent.DataChanged}. */
  DATA_CHANGED,
  /** {@link LeadEvent.BecameMql}. */
  BECAME_MQL,
  /** {@link LeadEvent.Assigned}. */
  ASSIGNED,
  /** {@link LeadEvent.ContactAttempt}. */
  CONTACT_ATTEMPT,
  /** {@link LeadEvent.Connected}. */
  CONNECTED,
  /** {@link LeadEvent.DiscoveryCall}. */
  DISCOVERY_CALL,
  /** {@link LeadEvent.AcceptedAsSql}. */
  ACCEPTED_AS_SQL,
  /** {@link LeadEvent.Rejected}. */
  REJECTED,
  /** {@link LeadEvent.OpportunityCreated}. */
  OPPORTUNITY_CREATED,
  /** {@link LeadEvent.Won}. */
  WON,
  /** {@link LeadEvent.Lost}. */
  LOST
}
