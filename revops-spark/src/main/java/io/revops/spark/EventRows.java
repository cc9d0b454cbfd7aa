package io.revops.spark;

import static java.util.Objects.requireNonNull;

import io.revops.core.history.Actor;
import io.revops.core.history.AttemptOutcome;
import io.revops.core.history.ContactChannel;
import io.revops.core.history.EventId;
import io.revops.core.history.EventKind;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadField;
import io.revops.core.history.RejectionCode;
import io.revops.core.history.RejectionReason;
import io.revops.core.lead.LeadId;
import io.revops.core.lead.LeadSource;
import io.revops.core.money.Amounts;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Between {@link EventRow} and {@link LeadEvent}: {@link #toEvent} on the executors (every row is checked by
 * the event's own factory), {@link #toRow} to put domain events into a Dataset.
 *
 * <p>Enum values are written as in revops' JSON: the constant's name in lower case; read ignoring case.
 */
public final class EventRows {
  private EventRows() {}

  /** A row that does not make an event: the field at fault, its value and the rule it breaks. */
  public static final class BadRow extends Exception {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String value;
    private final String rule;

    BadRow(String field, String value, String rule) {
      super(field + ": " + rule, null, false, false);
      this.field = field;
      this.value = value == null ? "" : value;
      this.rule = rule;
    }

    /** The field at fault (a JSON path such as {@code $.at}). */
    public String field() {
      return field;
    }

    /** The offending value (empty when missing). */
    public String value() {
      return value;
    }

    /** The rule the value breaks. */
    public String rule() {
      return rule;
    }
  }

  /** The event of {@code row}, or why it is none. */
  public static LeadEvent toEvent(EventRow row) throws BadRow {
    requireNonNull(row, "row");
    EventKind kind = kind(row.getType());
    EventId id = build("$.id", row.getId(), () -> EventId.of(required("$.id", row.getId())));
    LeadId leadId = build("$.leadId", row.getLeadId(), () -> LeadId.of(required("$.leadId", row.getLeadId())));
    Instant at = instant(row.getAt());
    Optional<Actor> actor = row.getActor() == null ? Optional.empty()
        : Optional.of(build("$.actor", row.getActor(), () -> Actor.of(row.getActor())));
    return switch (kind) {
      case CREATED -> new LeadEvent.Created(id, leadId, at, actor,
          build("$.source", row.getSource(), () -> LeadSource.of(required("$.source", row.getSource()))));
      case DATA_CHANGED -> {
        List<String> names = row.getFields();
        if (names == null || names.isEmpty()) {
          throw new BadRow("$.fields", names == null ? "" : "[]", "expected at least one changed field");
        }
        EnumSet<LeadField> fields = EnumSet.noneOf(LeadField.class);
        for (String n : names) {
          fields.add(enumValue("$.fields", n, LeadField.class));
        }
        yield new LeadEvent.DataChanged(id, leadId, at, actor, Set.copyOf(fields));
      }
      case BECAME_MQL -> new LeadEvent.BecameMql(id, leadId, at, actor);
      case ASSIGNED -> new LeadEvent.Assigned(id, leadId, at, actor,
          build("$.rep", row.getRep(), () -> Actor.of(required("$.rep", row.getRep()))));
      case CONTACT_ATTEMPT -> new LeadEvent.ContactAttempt(id, leadId, at, actor,
          enumValue("$.channel", row.getChannel(), ContactChannel.class),
          enumValue("$.outcome", row.getOutcome(), AttemptOutcome.class));
      case CONNECTED -> new LeadEvent.Connected(id, leadId, at, actor,
          enumValue("$.channel", row.getChannel(), ContactChannel.class));
      case DISCOVERY_CALL -> new LeadEvent.DiscoveryCall(id, leadId, at, actor);
      case ACCEPTED_AS_SQL -> new LeadEvent.AcceptedAsSql(id, leadId, at, actor);
      case REJECTED -> new LeadEvent.Rejected(id, leadId, at, actor, reason(row));
      case OPPORTUNITY_CREATED -> new LeadEvent.OpportunityCreated(id, leadId, at, actor);
      case WON -> new LeadEvent.Won(id, leadId, at, actor, build("$.amount", row.getAmount() + " " + row.getCurrency(),
          () -> Amounts.requireNonNegative("amount", Amounts.of(required("$.amount.amount", row.getAmount()),
              required("$.amount.currency", row.getCurrency())))));
      case LOST -> new LeadEvent.Lost(id, leadId, at, actor, LeadEvent.Lost.reasonFrom(row.getReason()));
    };
  }

  /** The row of {@code event}. */
  public static EventRow toRow(LeadEvent event) {
    requireNonNull(event, "event");
    EventRow r = new EventRow();
    r.setType(name(event.kind()));
    r.setId(event.id().value());
    r.setLeadId(event.leadId().value());
    r.setAt(event.at().toString());
    event.actor().ifPresent(a -> r.setActor(a.id()));
    if (event instanceof LeadEvent.Created e) {
      r.setSource(e.source().code());
    } else if (event instanceof LeadEvent.DataChanged e) {
      List<String> fields = new ArrayList<>();
      EnumSet.copyOf(e.fields()).forEach(f -> fields.add(name(f)));
      r.setFields(fields);
    } else if (event instanceof LeadEvent.Assigned e) {
      r.setRep(e.rep().id());
    } else if (event instanceof LeadEvent.ContactAttempt e) {
      r.setChannel(name(e.channel()));
      r.setOutcome(name(e.outcome()));
    } else if (event instanceof LeadEvent.Connected e) {
      r.setChannel(name(e.channel()));
    } else if (event instanceof LeadEvent.Rejected e) {
      r.setReasonCode(name(e.reason().code()));
      e.reason().text().ifPresent(r::setReason);
    } else if (event instanceof LeadEvent.Won e) {
      r.setAmount(AmountColumns.amountText(e.amount()));
      r.setCurrency(e.amount().getCurrency().getCurrencyCode());
    } else if (event instanceof LeadEvent.Lost e) {
      r.setReason(e.reason().orElse("")); // as events.jsonl writes a lost deal without a reason
    }
    return r;
  }

  private static RejectionReason reason(EventRow row) throws BadRow {
    RejectionCode code = enumValue("$.reason.code", row.getReasonCode(), RejectionCode.class);
    if (code == RejectionCode.OTHER) {
      return build("$.reason.text", row.getReason(), () -> RejectionReason.other(required("$.reason.text",
          row.getReason())));
    }
    if (row.getReason() != null) {
      throw new BadRow("$.reason.text", row.getReason(), "a text is only allowed with code \"other\", not \""
          + name(code) + "\"");
    }
    return code == RejectionCode.NONE_GIVEN ? RejectionReason.noneGiven() : RejectionReason.of(code);
  }

  private static EventKind kind(String type) throws BadRow {
    return enumValue("$.type", type, EventKind.class);
  }

  private static Instant instant(String at) throws BadRow {
    try {
      return Instant.parse(required("$.at", at));
    } catch (DateTimeParseException e) {
      throw new BadRow("$.at", at, "an ISO-8601 instant such as 2025-01-05T09:12:00Z");
    }
  }

  private static String required(String field, String value) {
    if (value == null) {
      throw new MissingValue(field);
    }
    return value;
  }

  /** A required value that is missing, met inside a factory call. */
  private static final class MissingValue extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String field;

    MissingValue(String field) {
      super(field, null, false, false);
      this.field = field;
    }
  }

  private interface Factory<T> {
    T make();
  }

  /** The value the factory makes, or a bad row with the factory's own message as the rule. */
  private static <T> T build(String field, String value, Factory<T> factory) throws BadRow {
    try {
      return factory.make();
    } catch (MissingValue e) {
      throw new BadRow(e.field, "", "is required");
    } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
      throw new BadRow(field, value, String.valueOf(e.getMessage()));
    }
  }

  private static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) throws BadRow {
    if (value == null) {
      throw new BadRow(field, "", "is required");
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value.trim())) {
        return e;
      }
    }
    StringBuilder allowed = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      allowed.append(allowed.length() == 0 ? "" : ", ").append('"').append(name(e)).append('"');
    }
    throw new BadRow(field, value, "one of " + allowed);
  }

  private static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
