package io.revops.spark;

import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.Lead;
import io.revops.core.lead.LeadId;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One lead's events as a Spark row ({@code leadId STRING, events ARRAY<EventRow>, lead STRING}, the last the
 * lead's line of {@code leads.jsonl}, or null without one): what
 * {@link LeadHistories#group} makes of an event Dataset, and the input of the aggregators over histories. A
 * JavaBean, as Spark's bean encoder requires; treat one as a value once built.
 */
public final class LeadRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String leadId;
  private List<EventRow> events;
  private String lead;

  /** An empty row (for Spark's encoder). */
  public LeadRow() {}

  /** The row of one lead's events. */
  public static LeadRow of(String leadId, List<EventRow> events) {
    LeadRow r = new LeadRow();
    r.setLeadId(leadId);
    r.setEvents(new ArrayList<>(events));
    return r;
  }

  /** The row of one lead's events and its profile (a line of {@code leads.jsonl}; null for none). */
  public static LeadRow of(String leadId, List<EventRow> events, @Nullable String leadJson) {
    LeadRow r = of(leadId, events);
    r.setLead(leadJson);
    return r;
  }

  /** The lead's profile as revops' JSON, or null. */
  public @Nullable String getLead() {
    return lead;
  }

  /** Sets the lead's profile. */
  public void setLead(@Nullable String lead) {
    this.lead = lead;
  }

  /**
   * The lead's profile, if the row has one.
   *
   * @throws IllegalArgumentException if it is not a lead (rows from {@link JsonLinesReader} always are)
   */
  public Optional<Lead> lead() {
    if (lead == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(JsonForms.lead(lead));
    } catch (EventRows.BadRow e) {
      throw new IllegalArgumentException("lead of row " + leadId + ": " + e.field() + ": " + e.rule(), e);
    }
  }

  /** The lead id. */
  public String getLeadId() {
    return leadId;
  }

  /** Sets the lead id. */
  public void setLeadId(String leadId) {
    this.leadId = leadId;
  }

  /** The lead's events, in no particular order. */
  public List<EventRow> getEvents() {
    return events;
  }

  /** Sets the lead's events. */
  public void setEvents(List<EventRow> events) {
    this.events = events;
  }

  /**
   * The lead's history (its events sorted, its anomalies found).
   *
   * @throws IllegalArgumentException if an event row makes no event (rows from {@link JsonLinesReader} always
   *     do: it reports the others as findings)
   */
  public LeadEventHistory history() {
    List<LeadEvent> out = new ArrayList<>(events.size());
    for (EventRow r : events) {
      try {
        out.add(EventRows.toEvent(r));
      } catch (EventRows.BadRow e) {
        throw new IllegalArgumentException("event row " + r + " of lead " + leadId + ": " + e.field() + " value \""
            + io.revops.core.batch.Quote.bounded(e.value()) + "\": " + e.rule(), e);
      }
    }
    return LeadEventHistory.of(LeadId.of(leadId), out);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LeadRow r && Objects.equals(leadId, r.leadId) && Objects.equals(events, r.events)
        && Objects.equals(lead, r.lead);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(leadId);
  }

  @Override
  public String toString() {
    return "LeadRow[" + leadId + ", " + (events == null ? 0 : events.size()) + " events" + (lead == null ? "" : ", with profile") + "]";
  }
}
