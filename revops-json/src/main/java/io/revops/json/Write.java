package io.revops.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
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
import io.revops.core.history.EventId;
import io.revops.core.history.HistoryAnomaly;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.history.LeadField;
import io.revops.core.history.RejectionReason;
import io.revops.core.lead.Bant;
import io.revops.core.lead.BehaviouralEvent;
import io.revops.core.lead.City;
import io.revops.core.lead.Company;
import io.revops.core.lead.Contact;
import io.revops.core.lead.Lead;
import io.revops.core.lead.Timeline;
import io.revops.core.money.ExchangeRates;
import io.revops.core.money.Ratio;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;

/** Writes every revops value; the shapes are documented in {@code package-info.java}. */
final class Write {
  private Write() {}

  private static void enumField(JsonGenerator g, String name, Enum<?> e) throws IOException {
    g.writeStringField(name, JsonIn.name(e));
  }

  private static void optString(JsonGenerator g, String name, Optional<String> v) throws IOException {
    if (v.isPresent()) {
      g.writeStringField(name, v.get());
    }
  }

  /** A decimal as a plain JSON number (never scientific notation), exactly. */
  static void decimal(JsonGenerator g, BigDecimal v) throws IOException {
    g.writeNumber(v.toPlainString());
  }

  /** Money through the serializer of jackson-datatype-moneta: {@code {"amount": 500000.00, "currency": "RUB"}}. */
  private static void money(JsonGenerator g, SerializerProvider p, String name, MonetaryAmount amount)
      throws IOException {
    p.defaultSerializeField(name, amount, g);
  }

  // ---- money

  static void ratio(Ratio r, JsonGenerator g, SerializerProvider p) throws IOException {
    decimal(g, r.toBigDecimal());
  }

  static void exchangeRate(ExchangeRates.Entry e, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    g.writeStringField("validFrom", e.validFrom().toString());
    g.writeStringField("from", e.from().getCurrencyCode());
    g.writeStringField("to", e.to().getCurrencyCode());
    g.writeFieldName("rate");
    decimal(g, e.rate());
    g.writeEndObject();
  }

  static void exchangeRates(ExchangeRates r, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("rates");
    for (ExchangeRates.Entry e : r.entries()) {
      exchangeRate(e, g, p);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  // ---- lead

  static void city(City c, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", c.name());
    if (c.population().isPresent()) {
      g.writeNumberField("population", c.population().getAsLong());
    }
    optString(g, "region", c.region());
    optString(g, "country", c.country());
    g.writeEndObject();
  }

  static void contact(Contact c, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    optString(g, "name", c.name());
    optString(g, "jobTitle", c.jobTitle());
    optString(g, "phone", c.phone());
    optString(g, "email", c.email());
    g.writeEndObject();
  }

  static void company(Company c, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", c.name());
    if (c.employees().isPresent()) {
      g.writeNumberField("employees", c.employees().getAsInt());
    }
    if (c.annualRevenue().isPresent()) {
      money(g, p, "annualRevenue", c.annualRevenue().get());
    }
    if (c.industry().isPresent()) {
      g.writeStringField("industry", c.industry().get().name());
    }
    if (c.city().isPresent()) {
      g.writeFieldName("city");
      city(c.city().get(), g, p);
    }
    g.writeEndObject();
  }

  static void timeline(Timeline t, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    if (t.period().isPresent()) {
      g.writeStringField("within", t.period().get().toString());
      g.writeStringField("statedOn", t.statedOn().orElseThrow().toString());
    } else if (t.deadline().isPresent()) {
      g.writeStringField("by", t.deadline().get().toString());
    }
    g.writeEndObject();
  }

  static void bant(Bant b, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    enumField(g, "budget", b.budget());
    enumField(g, "authority", b.authority());
    enumField(g, "need", b.need());
    g.writeFieldName("timeline");
    timeline(b.timeline(), g, p);
    g.writeEndObject();
  }

  static void behaviouralEvent(BehaviouralEvent e, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    if (e instanceof BehaviouralEvent.SiteVisit v) {
      g.writeStringField("type", "site_visit");
      g.writeStringField("at", v.at().toString());
      enumField(g, "pageKind", v.pageKind());
    } else if (e instanceof BehaviouralEvent.ContentDownload d) {
      g.writeStringField("type", "content_download");
      g.writeStringField("at", d.at().toString());
      g.writeStringField("title", d.title());
    } else if (e instanceof BehaviouralEvent.EmailOpen o) {
      g.writeStringField("type", "email_open");
      g.writeStringField("at", o.at().toString());
      g.writeBooleanField("machineGenerated", o.machineGenerated());
    } else if (e instanceof BehaviouralEvent.EventAttended a) {
      g.writeStringField("type", "event_attended");
      g.writeStringField("at", a.at().toString());
      g.writeStringField("eventName", a.eventName());
    }
    g.writeEndObject();
  }

  static void lead(Lead l, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", l.id().value());
    if (l.company().isPresent()) {
      g.writeFieldName("company");
      company(l.company().get(), g, p);
    }
    g.writeFieldName("contact");
    contact(l.contact(), g, p);
    if (l.source().isPresent()) {
      g.writeStringField("source", l.source().get().code());
    }
    g.writeArrayFieldStart("behaviour");
    for (BehaviouralEvent e : l.behaviour()) {
      behaviouralEvent(e, g, p);
    }
    g.writeEndArray();
    g.writeFieldName("bant");
    bant(l.bant(), g, p);
    if (l.dataVerifiedAt().isPresent()) {
      g.writeStringField("dataVerifiedAt", l.dataVerifiedAt().get().toString());
    }
    g.writeEndObject();
  }

  // ---- history

  static void rejectionReason(RejectionReason r, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    enumField(g, "code", r.code());
    optString(g, "text", r.text());
    g.writeEndObject();
  }

  static void leadEvent(LeadEvent e, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    enumField(g, "type", e.kind());
    g.writeStringField("id", e.id().value());
    g.writeStringField("leadId", e.leadId().value());
    g.writeStringField("at", e.at().toString());
    if (e.actor().isPresent()) {
      g.writeStringField("actor", e.actor().get().id());
    }
    if (e instanceof LeadEvent.Created c) {
      g.writeStringField("source", c.source().code());
    } else if (e instanceof LeadEvent.DataChanged d) {
      g.writeArrayFieldStart("fields");
      for (LeadField f : d.fields()) {
        g.writeString(JsonIn.name(f));
      }
      g.writeEndArray();
    } else if (e instanceof LeadEvent.Assigned a) {
      g.writeStringField("rep", a.rep().id());
    } else if (e instanceof LeadEvent.ContactAttempt a) {
      enumField(g, "channel", a.channel());
      enumField(g, "outcome", a.outcome());
    } else if (e instanceof LeadEvent.Connected c) {
      enumField(g, "channel", c.channel());
    } else if (e instanceof LeadEvent.Rejected r) {
      g.writeFieldName("reason");
      rejectionReason(r.reason(), g, p);
    } else if (e instanceof LeadEvent.Won w) {
      money(g, p, "amount", w.amount());
    } else if (e instanceof LeadEvent.Lost l) {
      g.writeStringField("reason", l.reason().orElse("")); // the dialect writes "" for no reason
    }
    g.writeEndObject();
  }

  static void anomaly(HistoryAnomaly a, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    enumField(g, "kind", a.kind());
    g.writeArrayFieldStart("events");
    for (EventId id : a.events()) {
      g.writeString(id.value());
    }
    g.writeEndArray();
    g.writeStringField("message", a.message());
    g.writeEndObject();
  }

  static void history(LeadEventHistory h, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    g.writeStringField("leadId", h.leadId().value());
    g.writeArrayFieldStart("events");
    for (LeadEvent e : h.events()) {
      leadEvent(e, g, p);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("anomalies");
    for (HistoryAnomaly a : h.anomalies()) {
      anomaly(a, g, p);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  // ---- funnel

  static void stageConversion(StageConversion c, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    enumField(g, "from", c.from());
    enumField(g, "to", c.to());
    if (c.fromCount().isPresent()) {
      g.writeNumberField("fromCount", c.fromCount().getAsLong());
    }
    if (c.toCount().isPresent()) {
      g.writeNumberField("toCount", c.toCount().getAsLong());
    }
    enumField(g, "status", c.status());
    if (c.rate().isPresent()) {
      g.writeStringField("rate", c.rate().get().toString());
    }
    g.writeStringField("explanation", c.explanation());
    g.writeEndObject();
  }

  static void funnel(FunnelSnapshot f, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("counts");
    for (Map.Entry<LifecycleStage, Long> e : f.counts().entrySet()) {
      g.writeNumberField(JsonIn.name(e.getKey()), e.getValue());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("conversions");
    for (StageConversion c : f.conversions()) {
      stageConversion(c, g, p);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void bowtieTransition(BowtieTransition t, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    enumField(g, "from", t.from());
    enumField(g, "to", t.to());
    g.writeNumberField("fromVolume", t.fromVolume());
    g.writeNumberField("toVolume", t.toVolume());
    if (t.ratio().isPresent()) {
      g.writeFieldName("ratio");
      decimal(g, t.ratio().get().toBigDecimal());
    }
    g.writeStringField("explanation", t.explanation());
    g.writeEndObject();
  }

  static void bowtie(BowtieSnapshot b, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("volumes");
    for (Map.Entry<BowtieStage, Long> e : b.volumes().entrySet()) {
      g.writeNumberField(JsonIn.name(e.getKey()), e.getValue());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("transitions");
    for (BowtieTransition t : b.transitions()) {
      bowtieTransition(t, g, p);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  // ---- flywheel

  static void force(Force f, JsonGenerator g, SerializerProvider p) throws IOException {
    auditItem(g, f.phase(), f.department(), f.description(), f.evidence(), f.magnitude());
  }

  static void friction(Friction f, JsonGenerator g, SerializerProvider p) throws IOException {
    auditItem(g, f.phase(), f.department(), f.description(), f.evidence(), f.magnitude());
  }

  /** Forces and frictions share one shape. */
  private static void auditItem(JsonGenerator g, FlywheelPhase phase, Department department, String description,
      Optional<String> evidence, Optional<Magnitude> magnitude) throws IOException {
    g.writeStartObject();
    enumField(g, "phase", phase);
    enumField(g, "department", department);
    g.writeStringField("description", description);
    optString(g, "evidence", evidence);
    if (magnitude.isPresent()) {
      enumField(g, "magnitude", magnitude.get());
    }
    g.writeEndObject();
  }

  static void audit(RevenueAudit a, JsonGenerator g, SerializerProvider p) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("forces");
    for (Force f : a.forces()) {
      force(f, g, p);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("frictions");
    for (Friction f : a.frictions()) {
      friction(f, g, p);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
