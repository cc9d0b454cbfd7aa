package io.revops.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One lead event as a Spark row: the documented row schema of {@code events.jsonl} (README, "Input formats"),
 * flattened. A JavaBean because Spark's bean encoder ({@code Encoders.bean(EventRow.class)}) stores it as
 * columns; {@link EventRows} turns it into a {@link io.revops.core.history.LeadEvent} and back.
 *
 * <pre>{@code
 * type STRING          created, data_changed, became_mql, assigned, contact_attempt, connected, discovery_call,
 *                      accepted_as_sql, rejected, opportunity_created, won, lost
 * id, leadId STRING    the event and lead ids
 * at STRING            an ISO-8601 instant, kept as text so it is exact to the nanosecond
 * actor STRING         optional
 * source STRING        created: the lead source
 * fields ARRAY<STRING> data_changed: the fields changed
 * rep STRING           assigned: the rep
 * channel, outcome     contact_attempt, connected: the channel; contact_attempt: the outcome
 * reasonCode, reason   rejected: the reason code and, for "other", its text; lost: the reason text
 * amount, currency     won: the amount as exact decimal text and its currency
 * }</pre>
 *
 * <p>A bean is mutable, as Spark's encoder requires; treat one as a value once built.
 */
public final class EventRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String type;
  private String id;
  private String leadId;
  private String at;
  private String actor;
  private String source;
  private List<String> fields;
  private String rep;
  private String channel;
  private String outcome;
  private String reasonCode;
  private String reason;
  private String amount;
  private String currency;

  /** An empty row (for Spark's encoder). */
  public EventRow() {}

  /** The event type, e.g. {@code "became_mql"}. */
  public String getType() {
    return type;
  }

  /** Sets the event type. */
  public void setType(String type) {
    this.type = type;
  }

  /** The event id. */
  public String getId() {
    return id;
  }

  /** Sets the event id. */
  public void setId(String id) {
    this.id = id;
  }

  /** The lead id. */
  public String getLeadId() {
    return leadId;
  }

  /** Sets the lead id. */
  public void setLeadId(String leadId) {
    this.leadId = leadId;
  }

  /** The instant, ISO-8601. */
  public String getAt() {
    return at;
  }

  /** Sets the instant. */
  public void setAt(String at) {
    this.at = at;
  }

  /** The actor, or null. */
  public @Nullable String getActor() {
    return actor;
  }

  /** Sets the actor. */
  public void setActor(@Nullable String actor) {
    this.actor = actor;
  }

  /** The lead source (created), or null. */
  public @Nullable String getSource() {
    return source;
  }

  /** Sets the lead source. */
  public void setSource(@Nullable String source) {
    this.source = source;
  }

  /** The changed fields (data_changed), or null. */
  public @Nullable List<String> getFields() {
    return fields;
  }

  /** Sets the changed fields. */
  public void setFields(@Nullable List<String> fields) {
    this.fields = fields;
  }

  /** The rep (assigned), or null. */
  public @Nullable String getRep() {
    return rep;
  }

  /** Sets the rep. */
  public void setRep(@Nullable String rep) {
    this.rep = rep;
  }

  /** The contact channel, or null. */
  public @Nullable String getChannel() {
    return channel;
  }

  /** Sets the contact channel. */
  public void setChannel(@Nullable String channel) {
    this.channel = channel;
  }

  /** The attempt outcome, or null. */
  public @Nullable String getOutcome() {
    return outcome;
  }

  /** Sets the attempt outcome. */
  public void setOutcome(@Nullable String outcome) {
    this.outcome = outcome;
  }

  /** The rejection code (rejected), or null. */
  public @Nullable String getReasonCode() {
    return reasonCode;
  }

  /** Sets the rejection code. */
  public void setReasonCode(@Nullable String reasonCode) {
    this.reasonCode = reasonCode;
  }

  /** The reason text (rejected with code other; lost), or null. */
  public @Nullable String getReason() {
    return reason;
  }

  /** Sets the reason text. */
  public void setReason(@Nullable String reason) {
    this.reason = reason;
  }

  /** The amount won, as decimal text, or null. */
  public @Nullable String getAmount() {
    return amount;
  }

  /** Sets the amount won. */
  public void setAmount(@Nullable String amount) {
    this.amount = amount;
  }

  /** The currency of the amount won, or null. */
  public @Nullable String getCurrency() {
    return currency;
  }

  /** Sets the currency of the amount won. */
  public void setCurrency(@Nullable String currency) {
    this.currency = currency;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EventRow r && Objects.equals(type, r.type) && Objects.equals(id, r.id)
        && Objects.equals(leadId, r.leadId) && Objects.equals(at, r.at) && Objects.equals(actor, r.actor)
        && Objects.equals(source, r.source) && Objects.equals(fields, r.fields) && Objects.equals(rep, r.rep)
        && Objects.equals(channel, r.channel) && Objects.equals(outcome, r.outcome)
        && Objects.equals(reasonCode, r.reasonCode) && Objects.equals(reason, r.reason)
        && Objects.equals(amount, r.amount) && Objects.equals(currency, r.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, id, leadId, at);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("EventRow[").append(type).append(' ').append(id).append(" of ")
        .append(leadId).append(" at ").append(at);
    append(sb, "actor", actor);
    append(sb, "source", source);
    append(sb, "fields", fields);
    append(sb, "rep", rep);
    append(sb, "channel", channel);
    append(sb, "outcome", outcome);
    append(sb, "reasonCode", reasonCode);
    append(sb, "reason", reason);
    append(sb, "amount", amount);
    append(sb, "currency", currency);
    return sb.append(']').toString();
  }

  private static void append(StringBuilder sb, String name, Object value) {
    if (value != null) {
      sb.append(", ").append(name).append('=').append(value);
    }
  }
}
