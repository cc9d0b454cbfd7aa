package io.revops.json;

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
import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;

/** The streaming decoders of lead events; the shapes are documented in {@code package-info.java}. */
final class EventDecoders {
  private EventDecoders() {}

  private static final String EVENT_TYPES = JsonCursor.allowed(EventKind.class);
  private static final String CHANNELS = "one of " + JsonCursor.allowed(ContactChannel.class);
  private static final String OUTCOMES = "one of " + JsonCursor.allowed(AttemptOutcome.class);
  /**
   * A lead event's fields, guessed in the writer's order of the commonest kinds: type, id, lead, time, then a
   * contact attempt's actor, channel and outcome (the other kinds' fields are read as they come).
   */
  private static final FieldNames EVENT_FIELDS = FieldNames.of("type", "id", "leadId", "at", "actor", "source",
      "fields", "rep", "channel", "outcome", "reason", "amount")
      .orderedAs("type", "id", "leadId", "at", "actor", "channel", "outcome");

  // the fields only some kinds have, as bits
  private static final int SOURCE = 1;
  private static final int FIELDS = 2;
  private static final int REP = 4;
  private static final int CHANNEL = 8;
  private static final int OUTCOME = 16;
  private static final int REASON_OBJECT = 32;
  private static final int REASON_TEXT = 64;
  private static final int AMOUNT = 128;
  private static final String[] FIELD_NAMES = {"source", "fields", "rep", "channel", "outcome", "reason", "reason",
      "amount"};

  static RejectionReason rejectionReason(JsonCursor in) throws IOException {
    in.beginObject("a rejection reason {\"code\": ...}");
    RejectionCode code = null;
    String text = null;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "code" -> code = in.enumValue(RejectionCode.class);
        case "text" -> text = in.text("the text of an \"other\" rejection reason");
        default -> throw in.unknownField("code, text");
      }
    }
    if (code == null) {
      throw in.missing("code", "one of " + JsonCursor.allowed(RejectionCode.class));
    }
    if (code == RejectionCode.OTHER) {
      if (text == null) {
        throw in.missing("text", "the text of an \"other\" rejection reason");
      }
      String t = text;
      return in.build(() -> RejectionReason.other(t));
    }
    if (text != null) {
      throw in.notAllowed("text", "a text is only allowed with code \"other\", not \"" + JsonCursor.name(code) + "\"");
    }
    return code == RejectionCode.NONE_GIVEN ? RejectionReason.noneGiven() : RejectionReason.of(code);
  }

  static LeadEvent leadEvent(JsonCursor in) throws IOException {
    in.beginObject("a lead event");
    EventKind kind = null;
    EventId id = null;
    LeadId leadId = null;
    Instant at = null;
    Actor actor = null;
    LeadSource source = null;
    List<LeadField> fields = null;
    Actor rep = null;
    ContactChannel channel = null;
    AttemptOutcome outcome = null;
    RejectionReason rejection = null;
    String lostReason = null;
    MonetaryAmount amount = null;
    int seen = 0;
    for (String f = in.nextField(EVENT_FIELDS); f != null; f = in.nextField(EVENT_FIELDS)) {
      switch (f) {
        case "type" -> kind = in.enumValue(EventKind.class, "a lead event type");
        case "id" -> id = in.text("an event id", EventId::of);
        case "leadId" -> leadId = in.recurring("a lead id", LeadId::of); // a lead's events are neighbours
        case "at" -> at = in.instant();
        case "actor" -> actor = in.recurring("an actor id", Actor::of);
        case "source" -> {
          source = in.recurring("a lead source code", LeadSource::of);
          seen |= SOURCE;
        }
        case "fields" -> {
          fields = in.list("changed fields", x -> x.enumValue(LeadField.class));
          if (fields.isEmpty()) {
            throw in.fail("expected at least one changed field, got []");
          }
          seen |= FIELDS;
        }
        case "rep" -> {
          rep = in.recurring("a rep id", Actor::of);
          seen |= REP;
        }
        case "channel" -> {
          channel = in.enumValue(ContactChannel.class);
          seen |= CHANNEL;
        }
        case "outcome" -> {
          outcome = in.enumValue(AttemptOutcome.class);
          seen |= OUTCOME;
        }
        case "reason" -> {
          if (in.token() == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
            lostReason = in.text("the reason a deal was lost");
            seen |= REASON_TEXT;
          } else {
            rejection = rejectionReason(in);
            seen |= REASON_OBJECT;
          }
        }
        case "amount" -> {
          amount = in.nonNegativeMoney();
          seen |= AMOUNT;
        }
        default -> throw in.unknownField(EVENT_FIELDS);
      }
    }
    if (kind == null) {
      throw in.missing("type", "a lead event type, one of " + EVENT_TYPES);
    }
    if (id == null) {
      throw in.missing("id", "an event id (a JSON string)");
    }
    if (leadId == null) {
      throw in.missing("leadId", "a lead id (a JSON string)");
    }
    if (at == null) {
      throw in.missing("at", JsonCursor.INSTANT);
    }
    int allowed = switch (kind) {
      case CREATED -> SOURCE;
      case DATA_CHANGED -> FIELDS;
      case ASSIGNED -> REP;
      case CONTACT_ATTEMPT -> CHANNEL | OUTCOME;
      case CONNECTED -> CHANNEL;
      case REJECTED -> REASON_OBJECT;
      case WON -> AMOUNT;
      case LOST -> REASON_TEXT;
      default -> 0;
    };
    int foreign = seen & ~allowed;
    if (foreign != 0) {
      String field = FIELD_NAMES[Integer.numberOfTrailingZeros(foreign)];
      String name = JsonCursor.name(kind);
      throw in.notAllowed(field, (foreign & (REASON_OBJECT | REASON_TEXT)) != 0 && (allowed & (REASON_OBJECT | REASON_TEXT)) != 0
          ? "the reason of a " + name + " event is " + (kind == EventKind.LOST ? "a string" : "an object {\"code\": ...}")
          : "a " + name + " event has no field \"" + field + "\"");
    }
    Optional<Actor> by = Optional.ofNullable(actor);
    EventId i = id;
    LeadId l = leadId;
    Instant t = at;
    return switch (kind) {
      case CREATED -> {
        LeadSource s = in.required(source, "source", "a lead source code");
        yield in.build(() -> new LeadEvent.Created(i, l, t, by, s));
      }
      case DATA_CHANGED -> {
        Set<LeadField> changed = Set.copyOf(EnumSet.copyOf(in.required(fields, "fields", "the changed fields")));
        yield in.build(() -> new LeadEvent.DataChanged(i, l, t, by, changed));
      }
      case BECAME_MQL -> in.build(() -> new LeadEvent.BecameMql(i, l, t, by));
      case ASSIGNED -> {
        Actor r = in.required(rep, "rep", "a rep id");
        yield in.build(() -> new LeadEvent.Assigned(i, l, t, by, r));
      }
      case CONTACT_ATTEMPT -> {
        ContactChannel c = in.required(channel, "channel", CHANNELS);
        AttemptOutcome o = in.required(outcome, "outcome", OUTCOMES);
        yield in.build(() -> new LeadEvent.ContactAttempt(i, l, t, by, c, o));
      }
      case CONNECTED -> {
        ContactChannel c = in.required(channel, "channel", CHANNELS);
        yield in.build(() -> new LeadEvent.Connected(i, l, t, by, c));
      }
      case DISCOVERY_CALL -> in.build(() -> new LeadEvent.DiscoveryCall(i, l, t, by));
      case ACCEPTED_AS_SQL -> in.build(() -> new LeadEvent.AcceptedAsSql(i, l, t, by));
      case REJECTED -> {
        RejectionReason r = in.required(rejection, "reason", "a rejection reason {\"code\": ...}");
        yield in.build(() -> new LeadEvent.Rejected(i, l, t, by, r));
      }
      case OPPORTUNITY_CREATED -> in.build(() -> new LeadEvent.OpportunityCreated(i, l, t, by));
      case WON -> {
        MonetaryAmount a = in.required(amount, "amount", "an amount {\"amount\": 500000.00, \"currency\": \"RUB\"}");
        yield in.build(() -> new LeadEvent.Won(i, l, t, by, a));
      }
      case LOST -> {
        Optional<String> r = LeadEvent.Lost.reasonFrom(lostReason);
        yield in.build(() -> new LeadEvent.Lost(i, l, t, by, r));
      }
    };
  }

}
