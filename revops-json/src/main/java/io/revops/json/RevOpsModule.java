package io.revops.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.moneta.MonetaMoneyModule;
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
import io.revops.core.money.ExchangeRates;
import io.revops.core.money.Rate;
import io.revops.core.money.Ratio;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The Jackson module that writes and reads every revops value type in the shapes documented in
 * {@link io.revops.json the package overview}, without a single Jackson annotation on the core types.
 *
 * <p>Registering it also registers its dependency, jackson-datatype-moneta's
 * {@link MonetaMoneyModule}, whose serializer writes {@link MonetaryAmount}s as
 * {@code {"amount": 500000.00, "currency": "RUB"}}. Reading money, currencies and every revops type goes
 * through this module's own readers, which keep decimals exact whatever the mapper's settings and report
 * each problem as a {@link JsonPathException} naming the JSON path and what was expected. Use
 * {@link RevOpsJson#mapper()} for a mapper configured as the schema assumes (ISO-8601 dates, plain
 * decimals).
 *
 * <p>The module holds no state beyond its (de)serializers, which are stateless.
 */
public final class RevOpsModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module, with every revops type registered. */
  public RevOpsModule() {
    super("revops", Version.unknownVersion());
    // money
    ser(Rate.class, (v, g, p) -> g.writeString(v.toString()));
    des(Rate.class, Read::rate);
    ser(Ratio.class, Write::ratio);
    des(Ratio.class, Read::ratio);
    ser(CurrencyUnit.class, (v, g, p) -> g.writeString(v.getCurrencyCode()));
    stream(CurrencyUnit.class, Decoders.CURRENCY);
    stream(MonetaryAmount.class, Decoders.MONEY);
    stream(Money.class, in -> Money.from(in.money()));
    ser(ExchangeRates.class, Write::exchangeRates);
    des(ExchangeRates.class, Read::exchangeRates);
    ser(ExchangeRates.Entry.class, Write::exchangeRate);
    des(ExchangeRates.Entry.class, Read::exchangeRate);
    // lead
    ser(LeadId.class, (v, g, p) -> g.writeString(v.value()));
    des(LeadId.class, Read::leadId);
    ser(LeadSource.class, (v, g, p) -> g.writeString(v.code()));
    des(LeadSource.class, Read::source);
    ser(Industry.class, (v, g, p) -> g.writeString(v.name()));
    des(Industry.class, Read::industry);
    ser(City.class, Write::city);
    stream(City.class, LeadDecoders::city);
    ser(Contact.class, Write::contact);
    stream(Contact.class, LeadDecoders::contact);
    ser(Company.class, Write::company);
    stream(Company.class, LeadDecoders::company);
    ser(Timeline.class, Write::timeline);
    stream(Timeline.class, LeadDecoders::timeline);
    ser(Bant.class, Write::bant);
    stream(Bant.class, LeadDecoders::bant);
    ser(BehaviouralEvent.class, Write::behaviouralEvent);
    stream(BehaviouralEvent.class, LeadDecoders::behaviouralEvent);
    for (Class<?> sub : BehaviouralEvent.class.getPermittedSubclasses()) {
      subtype(sub, LeadDecoders::behaviouralEvent, Write::behaviouralEvent);
    }
    ser(Lead.class, Write::lead);
    stream(Lead.class, Decoders.LEAD);
    // history
    ser(EventId.class, (v, g, p) -> g.writeString(v.value()));
    des(EventId.class, Read::eventId);
    ser(Actor.class, (v, g, p) -> g.writeString(v.id()));
    des(Actor.class, Read::actor);
    ser(RejectionReason.class, Write::rejectionReason);
    stream(RejectionReason.class, EventDecoders::rejectionReason);
    ser(LeadEvent.class, Write::leadEvent);
    stream(LeadEvent.class, Decoders.LEAD_EVENT);
    for (Class<?> sub : LeadEvent.class.getPermittedSubclasses()) {
      subtype(sub, Decoders.LEAD_EVENT, Write::leadEvent);
    }
    ser(HistoryAnomaly.class, Write::anomaly);
    des(HistoryAnomaly.class, Read::anomaly);
    ser(LeadEventHistory.class, Write::history);
    des(LeadEventHistory.class, Read::history);
    // funnel
    ser(FunnelSnapshot.class, Write::funnel);
    des(FunnelSnapshot.class, Read::funnel);
    ser(StageConversion.class, Write::stageConversion);
    des(StageConversion.class, Read::stageConversion);
    ser(BowtieSnapshot.class, Write::bowtie);
    des(BowtieSnapshot.class, Read::bowtie);
    ser(BowtieTransition.class, Write::bowtieTransition);
    des(BowtieTransition.class, Read::bowtieTransition);
    // flywheel
    ser(Force.class, Write::force);
    des(Force.class, Read::force);
    ser(Friction.class, Write::friction);
    des(Friction.class, Read::friction);
    ser(RevenueAudit.class, Write::audit);
    des(RevenueAudit.class, Read::audit);
    // metrics
    addSerializer(io.revops.metrics.MetricResult.class, new MetricResultCodec.Serializer());
    addDeserializer(io.revops.metrics.MetricResult.class, new MetricResultCodec.Deserializer(null));
    // enums: lower-case names ("became_mql"), read case-insensitively
    for (Class<? extends Enum<?>> e : List.<Class<? extends Enum<?>>>of(LifecycleStage.class, Department.class,
        BowtieStage.class, BowtieStage.Wing.class, StageConversion.Status.class, FlywheelPhase.class,
        Magnitude.class, BantAnswer.class, PageKind.class, AttemptOutcome.class, ContactChannel.class,
        EventKind.class, LeadField.class, RejectionCode.class, HistoryAnomaly.Kind.class)) {
      enumType(e);
    }
  }

  /** Registers jackson-datatype-moneta, whose serializer writes {@link MonetaryAmount}s. */
  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new MonetaMoneyModule());
  }

  /** Writes one value. */
  @FunctionalInterface
  interface Writer<T> {
    void write(T value, JsonGenerator g, SerializerProvider p) throws IOException;
  }

  private <T> void ser(Class<T> type, Writer<? super T> writer) {
    addSerializer(type, new FnSerializer<>(type, writer));
  }

  private <T> void des(Class<T> type, Function<JsonIn, ? extends T> reader) {
    addDeserializer(type, new FnDeserializer<>(type, reader));
  }

  /** Registers a deserializer that reads {@code type} with a streaming decoder: no tree in between. */
  private <T> void stream(Class<T> type, JsonDecoder<? extends T> decoder) {
    addDeserializer(type, new StreamDeserializer<>(type, decoder));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private <B> void subtype(Class<?> sub, JsonDecoder<? extends B> decoder, Writer<? super B> writer) {
    addSerializer((Class) sub, new FnSerializer(sub, writer));
    addDeserializer((Class) sub, new StreamDeserializer(sub, decoder));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void enumType(Class<? extends Enum<?>> type) {
    Class raw = type;
    addSerializer(raw, new FnSerializer<Enum<?>>(raw, (v, g, p) -> g.writeString(JsonIn.name(v))));
    addDeserializer(raw, new FnDeserializer(raw, (Function<JsonIn, Object>) in -> in.enumValue(raw)));
    addKeySerializer(raw, new FnSerializer<Enum<?>>(raw, (v, g, p) -> g.writeFieldName(JsonIn.name(v))));
    addKeyDeserializer(raw, new EnumKeyDeserializer(raw));
  }

  private static final class FnSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Writer<? super T> writer;

    FnSerializer(Class<T> type, Writer<? super T> writer) {
      super(type);
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider p) throws IOException {
      writer.write(value, g, p);
    }
  }

  private static final class FnDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<JsonIn, ? extends T> reader;

    FnDeserializer(Class<T> type, Function<JsonIn, ? extends T> reader) {
      super(type);
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonIn in;
      try {
        in = JsonIn.read(p);
      } catch (JsonIn.Failure f) {
        throw new JsonPathException(p, f.path, f.problem, f.getCause());
      }
      try {
        Object v = reader.apply(in);
        if (!handledType().isInstance(v)) {
          throw in.fail("expected a " + handledType().getSimpleName() + ", got a " + v.getClass().getSimpleName());
        }
        @SuppressWarnings("unchecked")
        T t = (T) v;
        return t;
      } catch (JsonIn.Failure f) {
        throw new JsonPathException(p, f.path, f.problem, f.getCause());
      }
    }
  }

  private static final class StreamDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient JsonDecoder<? extends T> decoder;

    StreamDeserializer(Class<T> type, JsonDecoder<? extends T> decoder) {
      super(type);
      this.decoder = decoder;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonCursor in = JsonCursor.of(p);
      Object v = decoder.decode(in);
      if (!handledType().isInstance(v)) {
        throw in.fail("expected a " + handledType().getSimpleName() + ", got a " + v.getClass().getSimpleName());
      }
      @SuppressWarnings("unchecked")
      T t = (T) v;
      return t;
    }
  }

  private static final class EnumKeyDeserializer extends KeyDeserializer {
    private final Class<? extends Enum<?>> type;

    EnumKeyDeserializer(Class<? extends Enum<?>> type) {
      this.type = type;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      for (Enum<?> e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(key.trim())) {
          return e;
        }
      }
      JsonParser p = ctxt.getParser();
      String path = p == null ? "$" : JsonCursor.pathOf(p.getParsingContext());
      StringBuilder allowed = new StringBuilder();
      for (Enum<?> e : type.getEnumConstants()) {
        allowed.append(allowed.length() == 0 ? "" : ", ").append('"').append(JsonIn.name(e)).append('"');
      }
      throw new JsonPathException(p, path, "unknown key \"" + key + "\"; expected one of " + allowed, null);
    }
  }
}
