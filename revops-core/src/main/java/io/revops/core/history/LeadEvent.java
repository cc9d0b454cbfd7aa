package io.revops.core.history;

import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.lead.LeadId;
import io.revops.core.lead.LeadSource;
import io.revops.core.money.Amounts;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * One thing that happened to a lead. Every event has an id, the lead's id, an instant and, where one
 * applies, the actor who did it.
 *
 * <p>The implementations are immutable records, one per {@link EventKind}. Events sort by
 * {@link #ORDER}: instant, then kind, then id.
 */
public sealed interface LeadEvent {
  /** Instant, then {@link EventKind} order, then id: a total order independent of input order. */
  Comparator<LeadEvent> ORDER = Comparator.comparing(LeadEvent::at)
      .thenComparing(LeadEvent::kind)
      .thenComparing(LeadEvent::id);

  /** The event's id. */
  EventId id();

  /** The lead it happened to. */
  LeadId leadId();

  /** When it happened. */
  Instant at();

  /** Who did it, where one applies. */
  Optional<Actor> actor();

  /** Which kind of event this is. */
  EventKind kind();

  private static void check(EventId id, LeadId leadId, Instant at, Optional<Actor> actor) {
    requireNonNull(id, "id");
    requireNonNull(leadId, "leadId");
    requireNonNull(at, "at");
    requireNonNull(actor, "actor");
  }

  /**
   * The lead was created.
   *
   * @param id event id
   * @param leadId lead id
   * @param at when
   * @param actor who created it, if known
   * @param source where the lead came from
   */
  record Created(EventId id, LeadId leadId, Instant at, Optional<Actor> actor, LeadSource source)
      implements LeadEvent {
    /** Validates the event. */
    public Created {
      check(id, leadId, at, actor);
      requireNonNull(source, "source");
    }

    @Override
    public EventKind kind() {
      return EventKind.CREATED;
    }
  }

  /**
   * Some of the lead's data changed (filled, corrected, verified).
   *
   * @param id event id
   * @param leadId lead id
   * @param at when
   * @param actor who changed it, if known
   * @param fields which fields changed (not empty)
   */
  record DataChanged(EventId id, LeadId leadId, Instant at, Optional<Actor> actor, Set<LeadField> fields)
      implements LeadEvent {
    /** Validates the event; the field set is copied into an ordered immutable set. */
    public DataChanged {
      check(id, leadId, at, actor);
      requireNonNull(fields, "fields");
      if (fields.isEmpty()) {
        throw new IllegalArgumentException("fields of a DataChanged event must not be empty: " + fields);
      }
      fields = java.util.Collections.unmodifiableSet(EnumSet.copyOf(Args.noNulls("fields", fields)));
    }

    @Override
    public EventKind kind() {
      return EventKind.DATA_CHANGED;
    }
  }

  /**
   * The lead met the MQL criteria and was handed to sales.
   *
   * @param id event id
   * @param leadId lead id
   * @param at when
   * @param actor who marked it, if known
   */
  record BecameMql(EventId id, LeadId leadId, Instant at, Optional<Actor> actor) implements LeadEvent {
    /** Validates the event. */
    public BecameMql {
      check(id, leadId, at, actor);
    }

    @Override
    public EventKind kind() {
      return EventKind.BECAME_MQL;
    }
  }

  /**
   * The lead was assigned to a rep.
   *
   * @param id event id
   * @param leadId lead id
   * @param at when
   * @param actor who assigned it, if known
   * @param rep the rep it was assigned to
   */
  record Assigned(EventId id, LeadId leadId, Instant at, Optional<Actor> actor, Actor rep) implements LeadEvent {
    /** Validates the event. */
    public Assigned {
      check(id, leadId, at, actor);
      requireNonNull(rep, "rep");
    }

    @Override
    public EventKind kind() {
      return EventKind.ASSIGNED;
    }
  }

  /**
   * Sales tried to reach the lead.
   *
   * @param id event id
   * @param leadId lead id
   * @param at when
   * @param actor the rep, if known
   * @param channel phone, email, LinkedIn or other
   * @param outcome what came of it
   */
  record ContactAttempt(EventId id, LeadId leadId, Instant at, Optional<Actor> actor, ContactChannel channel,
      AttemptOutcome outcome) implements LeadEvent {
    /** Validates the event. */
    public ContactAttempt {
      check(id, leadId, at, actor);
      requireNonNull(channel, "channel");
      requireNonNull(outcome, "outcome");
    }

    @Override
    public EventKind kind() {
      return EventKind.CONTACT_ATTEMPT;
    }
  }

  /**
   * Sales and the lead actually talked.
   *
   * @param id event id
   * @param leadId lead id
   * @param at when
   * @param actor the rep, if known
   * @param channel the channel they talked on
   */
  record Connected(EventId id, LeadId leadId, Instant at, Optional<Actor> actor, ContactChannel channel)
      implements LeadEvent {
    /** Validates the event. */
    public Connected {
      check(id, leadId, at, actor);
      requireNonNull(channel, "channel");
    }

    @Override
    public EventKind kind() {
      return EventKind.CONNECTED;
    }
  }

  /**
   * A discovery call (needs analysis) took place.
   *
   * @param id event id
   * @param leadId lead id
   * @param at when
   * @param actor the rep, if known
   */
  record DiscoveryCall(EventId id, LeadId leadId, Instant at, Optional<Actor> actor) implements LeadEvent {
    /** Validates the event. */
    public DiscoveryCall {
      check(id, leadId, at, actor);
    }

    @Override
    public EventKind kind() {
      return EventKind.DISCOVERY_CALL;
    }
  }

  /**
   * Sales accepted the lead as an SQL.
   *
   * @param id event id
   * @param leadId lead id
   * @param at when
   * @param actor the rep, if known
   */
  record AcceptedAsSql(EventId id, LeadId leadId, Instant at, Optional<Actor> actor) implements LeadEvent {
    /** Validates the event. */
    public AcceptedAsSql {
      check(id, leadId, at, actor);
    }

    @Override
    public EventKind kind() {
      return EventKind.ACCEPTED_AS_SQL;
    }
  }

  /**
   * Sales rejected the MQL.
   *
   * @param id event id
   * @param leadId lead id
   * @param at when
   * @param actor the rep, if known
   * @param reason why, or {@link RejectionReason#noneGiven()}
   */
  record Rejected(EventId id, LeadId leadId, Instant at, Optional<Actor> actor, RejectionReason reason)
      implements LeadEvent {
    /** Validates the event. */
    public Rejected {
      check(id, leadId, at, actor);
      requireNonNull(reason, "reason");
    }

    @Override
    public EventKind kind() {
      return EventKind.REJECTED;
    }
  }

  /**
   * An opportunity (deal) was opened for the lead.
   *
   * @param id event id
   * @param leadId lead id
   * @param at when
   * @param actor the rep, if known
   */
  record OpportunityCreated(EventId id, LeadId leadId, Instant at, Optional<Actor> actor) implements LeadEvent {
    /** Validates the event. */
    public OpportunityCreated {
      check(id, leadId, at, actor);
    }

    @Override
    public EventKind kind() {
      return EventKind.OPPORTUNITY_CREATED;
    }
  }

  /**
   * The deal was won.
   *
   * @param id event id
   * @param leadId lead id
   * @param at when
   * @param actor the rep, if known
   * @param amount the deal amount (not negative)
   */
  record Won(EventId id, LeadId leadId, Instant at, Optional<Actor> actor, MonetaryAmount amount)
      implements LeadEvent {
    /** Validates the event. */
    public Won {
      check(id, leadId, at, actor);
      Amounts.requireNonNegative("amount", amount);
    }

    @Override
    public EventKind kind() {
      return EventKind.WON;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Won w && id.equals(w.id) && leadId.equals(w.leadId) && at.equals(w.at)
          && actor.equals(w.actor) && Amounts.isEqual(amount, w.amount);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(id, leadId, at, actor, amount.getCurrency(),
          Amounts.toBigDecimal(amount).stripTrailingZeros());
    }
  }

  /**
   * The deal was lost.
   *
   * @param id event id
   * @param leadId lead id
   * @param at when
   * @param actor the rep, if known
   * @param reason why, as the CRM recorded it; empty if it recorded none (a present reason is not blank and at
   *     most {@value io.revops.core.check.Args#MAX_TEXT_LENGTH} characters)
   */
  record Lost(EventId id, LeadId leadId, Instant at, Optional<Actor> actor, Optional<String> reason)
      implements LeadEvent {
    /** Validates the event. */
    public Lost {
      check(id, leadId, at, actor);
      requireNonNull(reason, "reason");
      reason.ifPresent(r -> Args.text("reason", r));
    }

    /**
     * The reason a text format records for a lost deal: empty for a missing ({@code null}) or blank text (the
     * JSON dialect and the CRM exports write {@code ""} for "no reason"), else the text as written. The one
     * place where readers turn text into {@link #reason()}.
     *
     * @param text the recorded text, or {@code null} if the record has none
     * @return the reason, empty if none is recorded
     * @throws IllegalArgumentException naming {@code text} if it is longer than
     *     {@value io.revops.core.check.Args#MAX_TEXT_LENGTH} characters
     */
    public static Optional<String> reasonFrom(@Nullable String text) {
      return text == null || text.isBlank() ? Optional.empty()
          : Optional.of(Args.maxLength("text", text, Args.MAX_TEXT_LENGTH));
    }

    @Override
    public EventKind kind() {
      return EventKind.LOST;
    }
  }
}
