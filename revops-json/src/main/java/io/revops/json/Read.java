package io.revops.json;

import io.revops.core.flywheel.FlywheelPhase;
import io.revops.core.flywheel.Force;
import io.revops.core.flywheel.Friction;
import io.revops.core.flywheel.Magnitude;
import io.revops.core.flywheel.RevenueAudit;
import io.revops.core.funnel.BowtieSnapshot;
import io.revops.core.funnel.BowtieStage;
import io.revops.core.funnel.BowtieTransition;
import io.revops.core.funnel.Department;
import io.revops.core.funnel.FunnelSnapshot;
import io.revops.core.funnel.LifecycleStage;
import io.revops.core.funnel.StageConversion;
import io.revops.core.history.Actor;
import io.revops.core.history.AttemptOutcome;
import io.revops.core.history.ContactChannel;
import io.revops.core.history.EventId;
import io.revops.core.history.EventKind;
import io.revops.core.history.HistoryAnomaly;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.history.LeadField;
import io.revops.core.history.RejectionCode;
import io.revops.core.history.RejectionReason;
import io.revops.core.lead.Bant;
import io.revops.core.lead.BantAnswer;
import io.revops.core.lead.BehaviouralEvent;
import io.revops.core.lead.City;
import io.revops.core.lead.Company;
import io.revops.core.lead.Contact;
import io.revops.core.lead.Industry;
import io.revops.core.lead.Lead;
import io.revops.core.lead.LeadId;
import io.revops.core.lead.LeadSource;
import io.revops.core.lead.PageKind;
import io.revops.core.lead.Timeline;
import io.revops.core.money.Amounts;
import io.revops.core.money.ExchangeRates;
import io.revops.core.money.Rate;
import io.revops.core.money.Ratio;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/** Reads every revops value from a {@link JsonIn}; the shapes are documented in {@code package-info.java}. */
final class Read {
  private Read() {}

  // ---- money

  static Rate rate(JsonIn in) {
    if (in.node().isNumber()) {
      BigDecimal v = in.decimal("a rate");
      return in.build(() -> Rate.of(v));
    }
    return in.string("a rate such as \"40%\" or \"0.4\"", Rate::parse);
  }

  static Ratio ratio(JsonIn in) {
    if (in.node().isNumber()) {
      BigDecimal v = in.decimal("a ratio");
      return in.build(() -> Ratio.of(v));
    }
    return in.string("a ratio such as 3.84 or \"120%\"", Ratio::parse);
  }

  static CurrencyUnit currency(JsonIn in) {
    return in.string("an ISO 4217 currency code such as \"RUB\"", Amounts::currency);
  }

  static MonetaryAmount money(JsonIn in) {
    in.object("an amount {\"amount\": 500000.00, \"currency\": \"RUB\"}");
    BigDecimal amount = in.req("amount", a -> a.decimal("an amount"));
    CurrencyUnit currency = in.req("currency", Read::currency);
    return in.build(() -> Amounts.of(amount, currency));
  }

  static MonetaryAmount nonNegativeMoney(JsonIn in) {
    MonetaryAmount m = money(in);
    JsonIn amount = in.get("amount");
    return amount.build(() -> Amounts.requireNonNegative("amount", m));
  }

  static ExchangeRates.Entry exchangeRate(JsonIn in) {
    in.object("an exchange rate");
    var validFrom = in.req("validFrom", JsonIn::date);
    CurrencyUnit from = in.req("from", Read::currency);
    CurrencyUnit to = in.req("to", Read::currency);
    BigDecimal rate = in.req("rate", r -> r.decimal("an exchange rate"));
    return in.build(() -> new ExchangeRates.Entry(validFrom, from, to, rate));
  }

  static ExchangeRates exchangeRates(JsonIn in) {
    in.object("exchange rates {\"rates\": [...]}");
    List<ExchangeRates.Entry> entries = in.req("rates", r -> r.list("exchange rates", Read::exchangeRate));
    return in.build(() -> ExchangeRates.of(entries));
  }

  // ---- lead

  static LeadId leadId(JsonIn in) {
    return in.string("a lead id", LeadId::of);
  }

  static LeadSource source(JsonIn in) {
    return in.string("a lead source code", LeadSource::of);
  }

  static Industry industry(JsonIn in) {
    return in.string("an industry", Industry::of);
  }

  static City city(JsonIn in) {
    if (in.node().isTextual()) {
      return in.string("a city", City::of);
    }
    in.object("a city");
    String name = in.req("name", n -> n.text("a city name"));
    Optional<Long> population = in.opt("population", JsonIn::count);
    Optional<String> region = in.opt("region", JsonIn::string);
    Optional<String> country = in.opt("country", JsonIn::string);
    return in.build(() -> {
      City c = City.of(name);
      if (population.isPresent()) c = c.withPopulation(population.get());
      if (region.isPresent()) c = c.withRegion(region.get());
      if (country.isPresent()) c = c.withCountry(country.get());
      return c;
    });
  }

  static Contact contact(JsonIn in) {
    in.object("a contact");
    String name = in.opt("name", JsonIn::string).orElse(null);
    String jobTitle = in.opt("jobTitle", JsonIn::string).orElse(null);
    String phone = in.opt("phone", JsonIn::string).orElse(null);
    String email = in.opt("email", JsonIn::string).orElse(null);
    return in.build(() -> Contact.of(name, jobTitle, phone, email));
  }

  static Company company(JsonIn in) {
    in.object("a company");
    String name = in.req("name", n -> n.text("a company name"));
    Optional<Integer> employees = in.opt("employees", e -> e.intValue("a number of employees"));
    Optional<MonetaryAmount> revenue = in.opt("annualRevenue", Read::nonNegativeMoney);
    Optional<Industry> industry = in.opt("industry", Read::industry);
    Optional<City> city = in.opt("city", Read::city);
    return in.build(() -> {
      Company.Builder b = Company.builder(name);
      employees.ifPresent(b::employees);
      revenue.ifPresent(b::annualRevenue);
      industry.ifPresent(b::industry);
      city.ifPresent(b::city);
      return b.build();
    });
  }

  static Timeline timeline(JsonIn in) {
    in.object("a timeline {}, {\"by\": date} or {\"within\": period, \"statedOn\": date}");
    Optional<java.time.LocalDate> by = in.opt("by", JsonIn::date);
    Optional<java.time.Period> within = in.opt("within", JsonIn::period);
    if (by.isPresent() && within.isPresent()) {
      throw in.fail("a timeline has either \"by\" or \"within\", not both");
    }
    if (by.isPresent()) {
      return Timeline.by(by.get());
    }
    if (within.isPresent()) {
      java.time.LocalDate statedOn = in.req("statedOn", JsonIn::date);
      return in.build(() -> Timeline.within(within.get(), statedOn));
    }
    return Timeline.unknown();
  }

  static BantAnswer bantAnswer(JsonIn in) {
    return in.enumValue(BantAnswer.class);
  }

  static Bant bant(JsonIn in) {
    in.object("BANT answers");
    return Bant.of(
        in.opt("budget", Read::bantAnswer).orElse(BantAnswer.UNKNOWN),
        in.opt("authority", Read::bantAnswer).orElse(BantAnswer.UNKNOWN),
        in.opt("need", Read::bantAnswer).orElse(BantAnswer.UNKNOWN),
        in.opt("timeline", Read::timeline).orElse(Timeline.unknown()));
  }

  static BehaviouralEvent behaviouralEvent(JsonIn in) {
    in.object("a behavioural event");
    String type = in.req("type", t -> t.text(
        "a behavioural event type: \"site_visit\", \"content_download\", \"email_open\" or \"event_attended\""));
    Instant at = in.req("at", JsonIn::instant);
    return switch (type) {
      case "site_visit" -> BehaviouralEvent.siteVisit(at, in.req("pageKind", p -> p.enumValue(PageKind.class)));
      case "content_download" -> {
        String title = in.req("title", t -> t.text("a title"));
        yield in.get("title").build(() -> BehaviouralEvent.contentDownload(at, title));
      }
      case "email_open" -> BehaviouralEvent.emailOpen(at, in.opt("machineGenerated", JsonIn::bool).orElse(false));
      case "event_attended" -> {
        String name = in.req("eventName", t -> t.text("an event name"));
        yield in.get("eventName").build(() -> BehaviouralEvent.eventAttended(at, name));
      }
      default -> throw in.get("type").expected(
          "a behavioural event type: \"site_visit\", \"content_download\", \"email_open\" or \"event_attended\"");
    };
  }

  static Lead lead(JsonIn in) {
    in.object("a lead");
    LeadId id = in.req("id", Read::leadId);
    Lead.Builder b = Lead.builder(id);
    in.opt("company", Read::company).ifPresent(b::company);
    in.opt("contact", Read::contact).ifPresent(b::contact);
    in.opt("source", Read::source).ifPresent(b::source);
    in.opt("behaviour", x -> x.list("behavioural events", Read::behaviouralEvent)).ifPresent(b::behaviour);
    in.opt("bant", Read::bant).ifPresent(b::bant);
    in.opt("dataVerifiedAt", JsonIn::instant).ifPresent(b::dataVerifiedAt);
    return in.build(b::build);
  }

  // ---- history

  static EventId eventId(JsonIn in) {
    return in.string("an event id", EventId::of);
  }

  static Actor actor(JsonIn in) {
    return in.string("an actor id", Actor::of);
  }

  static RejectionReason rejectionReason(JsonIn in) {
    in.object("a rejection reason {\"code\": ...}");
    RejectionCode code = in.req("code", c -> c.enumValue(RejectionCode.class));
    Optional<String> text = in.opt("text", JsonIn::string);
    if (code == RejectionCode.OTHER) {
      String t = in.req("text", x -> x.text("the text of an \"other\" rejection reason"));
      return in.get("text").build(() -> RejectionReason.other(t));
    }
    if (text.isPresent()) {
      throw in.get("text").fail("a text is only allowed with code \"other\", not \"" + JsonIn.name(code) + "\"");
    }
    return code == RejectionCode.NONE_GIVEN ? RejectionReason.noneGiven() : RejectionReason.of(code);
  }

  private static final String EVENT_TYPES = JsonIn.allowed(EventKind.class);

  static LeadEvent leadEvent(JsonIn in) {
    in.object("a lead event");
    EventKind kind = in.req("type", t -> {
      String s = t.text("a lead event type, one of " + EVENT_TYPES);
      for (EventKind k : EventKind.values()) {
        if (JsonIn.name(k).equals(s)) {
          return k;
        }
      }
      throw t.expected("a lead event type, one of " + EVENT_TYPES);
    });
    EventId id = in.req("id", Read::eventId);
    LeadId leadId = in.req("leadId", Read::leadId);
    Instant at = in.req("at", JsonIn::instant);
    Optional<Actor> actor = in.opt("actor", Read::actor);
    return in.build(() -> switch (kind) {
      case CREATED -> new LeadEvent.Created(id, leadId, at, actor, in.req("source", Read::source));
      case DATA_CHANGED -> {
        List<LeadField> fields = in.req("fields", f -> f.list("changed fields", x -> x.enumValue(LeadField.class)));
        if (fields.isEmpty()) {
          throw in.get("fields").fail("expected at least one changed field, got []");
        }
        yield new LeadEvent.DataChanged(id, leadId, at, actor, Set.copyOf(EnumSet.copyOf(fields)));
      }
      case BECAME_MQL -> new LeadEvent.BecameMql(id, leadId, at, actor);
      case ASSIGNED -> new LeadEvent.Assigned(id, leadId, at, actor, in.req("rep", Read::actor));
      case CONTACT_ATTEMPT -> new LeadEvent.ContactAttempt(id, leadId, at, actor,
          in.req("channel", c -> c.enumValue(ContactChannel.class)),
          in.req("outcome", c -> c.enumValue(AttemptOutcome.class)));
      case CONNECTED -> new LeadEvent.Connected(id, leadId, at, actor,
          in.req("channel", c -> c.enumValue(ContactChannel.class)));
      case DISCOVERY_CALL -> new LeadEvent.DiscoveryCall(id, leadId, at, actor);
      case ACCEPTED_AS_SQL -> new LeadEvent.AcceptedAsSql(id, leadId, at, actor);
      case REJECTED -> new LeadEvent.Rejected(id, leadId, at, actor, in.req("reason", Read::rejectionReason));
      case OPPORTUNITY_CREATED -> new LeadEvent.OpportunityCreated(id, leadId, at, actor);
      case WON -> new LeadEvent.Won(id, leadId, at, actor, in.req("amount", Read::nonNegativeMoney));
      case LOST -> new LeadEvent.Lost(id, leadId, at, actor, in.opt("reason", JsonIn::string).orElse(""));
    });
  }

  static HistoryAnomaly anomaly(JsonIn in) {
    in.object("a history anomaly");
    HistoryAnomaly.Kind kind = in.req("kind", k -> k.enumValue(HistoryAnomaly.Kind.class));
    List<EventId> events = in.opt("events", e -> e.list("event ids", Read::eventId)).orElse(List.of());
    String message = in.req("message", m -> m.text("a message"));
    return new HistoryAnomaly(kind, events, message);
  }

  /** Reads the events and rebuilds the history, so its anomalies are recomputed; written anomalies are ignored. */
  static LeadEventHistory history(JsonIn in) {
    in.object("a lead event history {\"leadId\": ..., \"events\": [...]}");
    LeadId leadId = in.req("leadId", Read::leadId);
    List<LeadEvent> events = in.req("events", e -> e.list("lead events", Read::leadEvent));
    return in.build(() -> LeadEventHistory.of(leadId, events));
  }

  // ---- funnel

  static FunnelSnapshot funnel(JsonIn in) {
    in.object("a funnel snapshot {\"counts\": {...}}");
    JsonIn counts = in.get("counts");
    Map<LifecycleStage, Long> m = new EnumMap<>(LifecycleStage.class);
    for (Map.Entry<String, JsonIn> e : counts.members("counts per lifecycle stage")) {
      m.put(stageKey(e.getValue(), e.getKey(), LifecycleStage.class), e.getValue().count());
    }
    return counts.build(() -> FunnelSnapshot.of(m));
  }

  private static <E extends Enum<E>> E stageKey(JsonIn at, String key, Class<E> type) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(key)) {
        return e;
      }
    }
    throw at.fail("unknown key \"" + key + "\"; expected one of " + JsonIn.allowed(type));
  }

  static StageConversion stageConversion(JsonIn in) {
    in.object("a stage conversion");
    LifecycleStage from = in.req("from", f -> f.enumValue(LifecycleStage.class));
    LifecycleStage to = in.req("to", f -> f.enumValue(LifecycleStage.class));
    var fromCount = in.optCount("fromCount");
    var toCount = in.optCount("toCount");
    return in.build(() -> StageConversion.of(from, to, fromCount, toCount));
  }

  static BowtieSnapshot bowtie(JsonIn in) {
    in.object("a bowtie snapshot {\"volumes\": {...}}");
    JsonIn volumes = in.get("volumes");
    Map<BowtieStage, Long> m = new EnumMap<>(BowtieStage.class);
    for (Map.Entry<String, JsonIn> e : volumes.members("volumes per bowtie stage")) {
      m.put(stageKey(e.getValue(), e.getKey(), BowtieStage.class), e.getValue().count());
    }
    return volumes.build(() -> BowtieSnapshot.of(m));
  }

  static BowtieTransition bowtieTransition(JsonIn in) {
    in.object("a bowtie transition");
    BowtieStage from = in.req("from", f -> f.enumValue(BowtieStage.class));
    BowtieStage to = in.req("to", f -> f.enumValue(BowtieStage.class));
    long fromVolume = in.req("fromVolume", JsonIn::count);
    long toVolume = in.req("toVolume", JsonIn::count);
    return in.build(() -> BowtieTransition.of(from, to, fromVolume, toVolume));
  }

  // ---- flywheel

  static Force force(JsonIn in) {
    return auditItem(in, "a force", Force::of, Force::withEvidence, Force::withMagnitude);
  }

  static Friction friction(JsonIn in) {
    return auditItem(in, "a friction", Friction::of, Friction::withEvidence, Friction::withMagnitude);
  }

  /** How a force or a friction is made: forces and frictions share one shape. */
  private interface AuditItemFactory<T> {
    T of(FlywheelPhase phase, Department department, String description);
  }

  private static <T> T auditItem(JsonIn in, String what, AuditItemFactory<T> factory,
      java.util.function.BiFunction<T, String, T> withEvidence,
      java.util.function.BiFunction<T, Magnitude, T> withMagnitude) {
    in.object(what);
    FlywheelPhase phase = in.req("phase", p -> p.enumValue(FlywheelPhase.class));
    Department department = in.req("department", p -> p.enumValue(Department.class));
    String description = in.req("description", d -> d.text("a description"));
    Optional<String> evidence = in.opt("evidence", JsonIn::string);
    Optional<Magnitude> magnitude = in.opt("magnitude", m -> m.enumValue(Magnitude.class));
    return in.build(() -> {
      T item = factory.of(phase, department, description);
      if (evidence.isPresent()) item = withEvidence.apply(item, evidence.get());
      if (magnitude.isPresent()) item = withMagnitude.apply(item, magnitude.get());
      return item;
    });
  }

  static RevenueAudit audit(JsonIn in) {
    in.object("a revenue audit {\"forces\": [...], \"frictions\": [...]}");
    List<Force> forces = in.opt("forces", f -> f.list("forces", Read::force)).orElse(List.of());
    List<Friction> frictions = in.opt("frictions", f -> f.list("frictions", Read::friction)).orElse(List.of());
    return RevenueAudit.of(forces, frictions);
  }
}
