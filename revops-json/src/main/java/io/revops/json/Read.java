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

  static ExchangeRates.Entry exchangeRate(JsonIn in) {
    in.object("an exchange rate", "validFrom, from, to, rate");
    var validFrom = in.req("validFrom", JsonIn::date);
    CurrencyUnit from = in.req("from", x -> x.decode(Decoders.CURRENCY));
    CurrencyUnit to = in.req("to", x -> x.decode(Decoders.CURRENCY));
    BigDecimal rate = in.req("rate", r -> r.decimal("an exchange rate"));
    return in.build(() -> new ExchangeRates.Entry(validFrom, from, to, rate));
  }

  static ExchangeRates exchangeRates(JsonIn in) {
    in.object("exchange rates {\"rates\": [...]}", "rates");
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

  // ---- history

  static EventId eventId(JsonIn in) {
    return in.string("an event id", EventId::of);
  }

  static Actor actor(JsonIn in) {
    return in.string("an actor id", Actor::of);
  }

  static HistoryAnomaly anomaly(JsonIn in) {
    in.object("a history anomaly", "kind, events, message");
    HistoryAnomaly.Kind kind = in.req("kind", k -> k.enumValue(HistoryAnomaly.Kind.class));
    List<EventId> events = in.opt("events", e -> e.list("event ids", Read::eventId)).orElse(List.of());
    String message = in.req("message", m -> m.text("a message"));
    return new HistoryAnomaly(kind, events, message);
  }

  /** Reads the events and rebuilds the history, so its anomalies are recomputed; written anomalies are ignored. */
  static LeadEventHistory history(JsonIn in) {
    in.object("a lead event history {\"leadId\": ..., \"events\": [...]}", "leadId, events, anomalies");
    LeadId leadId = in.req("leadId", Read::leadId);
    List<LeadEvent> events = in.req("events", e -> e.list("lead events", x -> x.decode(Decoders.LEAD_EVENT)));
    in.opt("anomalies", a -> a.list("history anomalies", Read::anomaly)); // recomputed: checked, ignored
    return in.build(() -> LeadEventHistory.of(leadId, events));
  }

  // ---- funnel

  static FunnelSnapshot funnel(JsonIn in) {
    in.object("a funnel snapshot {\"counts\": {...}}", "counts, conversions");
    JsonIn counts = in.get("counts");
    Map<LifecycleStage, Long> m = new EnumMap<>(LifecycleStage.class);
    for (Map.Entry<String, JsonIn> e : counts.members("counts per lifecycle stage")) {
      m.put(stageKey(e.getValue(), e.getKey(), LifecycleStage.class), e.getValue().count());
    }
    in.opt("conversions", c -> c.list("stage conversions", Read::stageConversion)); // derived: checked, ignored
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
    in.object("a stage conversion", "from, to, fromCount, toCount, status, rate, explanation");
    LifecycleStage from = in.req("from", f -> f.enumValue(LifecycleStage.class));
    LifecycleStage to = in.req("to", f -> f.enumValue(LifecycleStage.class));
    var fromCount = in.optCount("fromCount");
    var toCount = in.optCount("toCount");
    return in.build(() -> StageConversion.of(from, to, fromCount, toCount));
  }

  static BowtieSnapshot bowtie(JsonIn in) {
    in.object("a bowtie snapshot {\"volumes\": {...}}", "volumes, transitions");
    JsonIn volumes = in.get("volumes");
    Map<BowtieStage, Long> m = new EnumMap<>(BowtieStage.class);
    for (Map.Entry<String, JsonIn> e : volumes.members("volumes per bowtie stage")) {
      m.put(stageKey(e.getValue(), e.getKey(), BowtieStage.class), e.getValue().count());
    }
    in.opt("transitions", t -> t.list("bowtie transitions", Read::bowtieTransition)); // derived: checked, ignored
    return volumes.build(() -> BowtieSnapshot.of(m));
  }

  static BowtieTransition bowtieTransition(JsonIn in) {
    in.object("a bowtie transition", "from, to, fromVolume, toVolume, ratio, explanation");
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
    in.object(what, "phase, department, description, evidence, magnitude");
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
    in.object("a revenue audit {\"forces\": [...], \"frictions\": [...]}", "forces, frictions");
    List<Force> forces = in.opt("forces", f -> f.list("forces", Read::force)).orElse(List.of());
    List<Friction> frictions = in.opt("frictions", f -> f.list("frictions", Read::friction)).orElse(List.of());
    return RevenueAudit.of(forces, frictions);
  }
}
