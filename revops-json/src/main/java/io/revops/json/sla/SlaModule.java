package io.revops.json.sla;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.revops.sla.ConversionBySource;
import io.revops.sla.IsoWeek;
import io.revops.sla.LeadVerdicts;
import io.revops.sla.Obligation;
import io.revops.sla.ObligationVerdict;
import io.revops.sla.QuotaVerdict;
import io.revops.sla.RejectionReview;
import io.revops.sla.ReviewPack;
import io.revops.sla.SlaAgreement;
import io.revops.sla.SlaAnomaly;
import io.revops.sla.SlaEvaluation;
import io.revops.sla.SlaReport;
import io.revops.sla.SpeedToLead;
import io.revops.sla.StatusCounts;
import io.revops.sla.Trace;
import io.revops.sla.WhatIf;
import io.revops.sla.WhatIfSummary;
import java.io.IOException;
import java.util.function.Function;

/**
 * A Jackson module for the SLA. It writes and reads {@link SlaAgreement} and {@link Obligation} (an agreement
 * round-trips to an equal value), and writes the results: {@link SlaEvaluation}, {@link SlaReport},
 * {@link LeadVerdicts}, {@link ObligationVerdict}, {@link Trace}, {@link ReviewPack}, {@link WhatIf} and the
 * report's parts. {@link SlaReport}, {@link ReviewPack} and {@link WhatIfSummary} also read back, equal to what
 * was written (the report carries its full agreement); a {@link WhatIf} is written as its
 * {@link WhatIf#summary() summary} and read back as a {@link WhatIfSummary}; evaluations and verdicts are
 * written only (re-evaluate instead: evaluation is a pure function of agreement, inputs and instant). Obligation keys, as map keys and in
 * {@code "obligation"} fields, are written in lower snake case ({@code "first_contact"}). {@link IsoWeek} is written as
 * {@code "2026-W48"} and read back. Sources and reps, as map keys and in {@code "source"}/{@code "rep"} fields,
 * are written as their {@link io.revops.sla.Attribution#key() attribution key}: the code or id itself,
 * {@code "(unknown)"}/{@code "(unassigned)"} for none, a name that reads like one of those labels with one more
 * backslash in front; {@link io.revops.sla.Attribution#parse} reads a key back.
 *
 * <p>Obligations are objects with a {@code "type"} (the obligation's {@link Obligation#kind() kind}) and
 * their parameters: durations in ISO-8601 ({@code "PT1H"}), rates as percentages ({@code "75%"}), enums by
 * name. The MQL criterion is written as {@link io.revops.json.QualificationModule} writes a
 * {@link io.revops.core.qualification.Criterion}. The calendar is a descriptor the {@link CalendarCodec}
 * writes and resolves: {@link CalendarCodec#standard()} by default, or the one given to
 * {@link #of(CalendarCodec)}.
 *
 * <pre>{@code
 * {"name":"handbook","atRiskShare":"75%",
 *  "calendar":{"type":"working","zone":"Europe/Moscow","hours":"Mon-Fri 09:00-18:00","dayRules":"ru-production-calendar"},
 *  "obligations":[{"type":"monthly-quota","quota":125},
 *                 {"type":"mql-criteria","criterion":{"type":"allOf","name":"MQL","of":[...]}},
 *                 {"type":"first-contact","allowance":"PT1H","basis":"WORKING_TIME"}, ...]}
 * }</pre>
 *
 * <p>This class is not immutable (Jackson modules are configured by registration), but an instance holds
 * only its codec and may be registered with any number of mappers.
 */
public final class SlaModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /**
   * The module of {@link #of()}; public so that {@code ObjectMapper.findAndRegisterModules()} finds it through
   * {@code META-INF/services}.
   */
  public SlaModule() {
    this(CalendarCodec.standard());
  }

  private SlaModule(CalendarCodec calendars) {
    super("revops-sla");
    Trees trees = new Trees(requireNonNull(calendars, "calendars"));
    addSerializer(SlaAgreement.class, writer(trees::agreement));
    CalendarCodec codec = requireNonNull(calendars, "calendars");
    addDeserializer(SlaAgreement.class, stream(in -> AgreementDecoders.agreement(in, codec)));
    addSerializer(Obligation.class, writer(Trees::obligation));
    addDeserializer(Obligation.class, stream(AgreementDecoders::obligation));
    addSerializer(SlaEvaluation.class, writer(trees::evaluation));
    addSerializer(SlaReport.class, writer(trees::report));
    addDeserializer(SlaReport.class, stream(in -> ReportDecoders.report(in, codec)));
    addSerializer(LeadVerdicts.class, writer(Trees::lead));
    addSerializer(ObligationVerdict.class, writer(Trees::verdict));
    addSerializer(Trace.class, writer(Trees::trace));
    addSerializer(ReviewPack.class, writer(Trees::pack));
    addDeserializer(ReviewPack.class, stream(ReportDecoders::pack));
    addSerializer(WhatIf.class, writer((WhatIf w) -> Trees.whatIf(w)));
    addSerializer(WhatIfSummary.class, writer((WhatIfSummary w) -> Trees.whatIf(w)));
    addDeserializer(WhatIfSummary.class, stream(WhatIfDecoders::summary));
    addSerializer(StatusCounts.class, writer(Trees::counts));
    addSerializer(QuotaVerdict.class, writer(Trees::quota));
    addSerializer(SpeedToLead.class, writer(Trees::speed));
    addSerializer(ConversionBySource.class, writer(Trees::conversionBySource));
    addSerializer(RejectionReview.class, writer(Trees::rejections));
    addSerializer(SlaAnomaly.class, writer(Trees::anomaly));
    addSerializer(IsoWeek.class, writer(w -> com.fasterxml.jackson.databind.node.TextNode.valueOf(w.toString())));
    addDeserializer(IsoWeek.class, reader(n -> IsoWeek.parse(n.asText())));
  }

  /**
   * The module for agreements on 24/7 calendars and on {@link io.revops.sla.calendar.WorkingCalendar}s over
   * the bundled day rules ({@link CalendarCodec#standard()}).
   */
  public static SlaModule of() {
    return new SlaModule(CalendarCodec.standard());
  }

  /** The module with {@code calendars} naming the agreements' calendars. */
  public static SlaModule of(CalendarCodec calendars) {
    return new SlaModule(calendars);
  }

  private static <T> JsonSerializer<T> writer(Function<T, ? extends JsonNode> tree) {
    return new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
        JsonNode n;
        try {
          n = tree.apply(value);
        } catch (IllegalArgumentException e) {
          throw com.fasterxml.jackson.databind.JsonMappingException.from(gen, e.getMessage(), e);
        }
        gen.writeTree(n);
      }
    };
  }

  private static <T> JsonDeserializer<T> stream(io.revops.json.JsonDecoder<T> decoder) {
    return new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return decoder.decode(io.revops.json.JsonCursor.of(p));
      }
    };
  }

  private static <T> JsonDeserializer<T> reader(Function<JsonNode, T> fromTree) {
    return new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode n = p.readValueAsTree();
        try {
          return fromTree.apply(n);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
          throw com.fasterxml.jackson.databind.JsonMappingException.from(p, e.getMessage(), e);
        }
      }
    };
  }
}
