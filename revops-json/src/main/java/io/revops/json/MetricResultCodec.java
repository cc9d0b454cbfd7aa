package io.revops.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.revops.core.batch.Quote;
import io.revops.metrics.MetricResult;
import io.revops.metrics.Policy;
import io.revops.metrics.acquisition.SpendTiming;
import io.revops.metrics.cycle.ConfidenceTransform;
import io.revops.metrics.cycle.CycleStart;
import io.revops.metrics.cycle.LostDeals;
import io.revops.metrics.cycle.OpenDeals;
import io.revops.metrics.cycle.QuantilePolicy;
import io.revops.metrics.planning.PlanningPolicy;
import io.revops.metrics.revenue.ChurnDenominator;
import io.revops.metrics.revenue.MovementWindow;
import io.revops.metrics.revenue.ReactivationPolicy;
import io.revops.metrics.value.LtvFormula;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@link MetricResult} in the dialect:
 * <pre>{@code
 * {"metric": "CAC", "value": {"amount": 500000.00, "currency": "RUB"},
 *  "explanation": "15 000 000,00 RUB spend / 30 new customers",
 *  "policies": [{"type": "spend_timing", "value": "same_period", "label": "same-period spend"}]}
 * {"metric": "CAC", "reason": "no new customers", "explanation": ..., "policies": [...]}
 * }</pre>
 * Exactly one of {@code value} (written as the mapper writes its type) and {@code reason}. A policy is its
 * type (the class's simple name in snake case), for enum policies its {@code value}, and its {@code label}.
 * Reading needs the value's type ({@code new TypeReference<MetricResult<MonetaryAmount>>() {}}) and reads back
 * the enum policies of revops-metrics; a policy that carries parameters ({@code ltv_cac_bands},
 * {@code stage_probabilities}, {@code zero_churn_policy}, {@code reporting_currency}) is written for readers
 * but cannot be rebuilt from its label, and reading it fails with its path.
 */
final class MetricResultCodec {
  private MetricResultCodec() {}

  private static final Map<String, Class<? extends Enum<?>>> ENUM_POLICIES = new LinkedHashMap<>();

  static {
    for (Class<? extends Enum<?>> e : List.<Class<? extends Enum<?>>>of(SpendTiming.class, ConfidenceTransform.class,
        CycleStart.class, LostDeals.class, OpenDeals.class, QuantilePolicy.class, PlanningPolicy.class,
        ChurnDenominator.class, MovementWindow.class, ReactivationPolicy.class, LtvFormula.class)) {
      ENUM_POLICIES.put(typeName(e), e);
    }
  }

  private static final Set<String> FIELDS = Set.of("metric", "value", "reason", "explanation", "policies");

  /** {@code SpendTiming} → {@code "spend_timing"}. */
  static String typeName(Class<?> type) {
    return type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  @SuppressWarnings("rawtypes")
  static final class Serializer extends StdSerializer<MetricResult> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(MetricResult.class);
    }

    @Override
    public void serialize(MetricResult r, JsonGenerator g, SerializerProvider p) throws IOException {
      g.writeStartObject();
      g.writeStringField("metric", r.metric());
      if (r.isComputed()) {
        g.writeFieldName("value");
        p.defaultSerializeValue(r.value(), g);
      } else {
        g.writeStringField("reason", (String) r.reason().orElseThrow());
      }
      g.writeStringField("explanation", (String) r.explanation().orElse("")); // "" for none, as the dialect writes
      g.writeArrayFieldStart("policies");
      for (Object o : r.policies()) {
        Policy policy = (Policy) o;
        g.writeStartObject();
        g.writeStringField("type", typeName(policy instanceof Enum<?> e ? e.getDeclaringClass() : policy.getClass()));
        if (policy instanceof Enum<?> e) {
          g.writeStringField("value", JsonIn.name(e));
        }
        g.writeStringField("label", policy.label());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  @SuppressWarnings("rawtypes")
  static final class Deserializer extends StdDeserializer<MetricResult> implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;
    private final JavaType valueType;

    Deserializer(JavaType valueType) {
      super(MetricResult.class);
      this.valueType = valueType;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
      JavaType type = property != null ? property.getType() : ctxt.getContextualType();
      JavaType value = type == null ? null : type.containedType(0);
      return new Deserializer(value != null ? value : ctxt.constructType(Object.class));
    }

    @Override
    public MetricResult deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode n;
      try {
        n = JsonIn.read(p).node(); // exact decimals, and a field given twice rejected, whatever the mapper
      } catch (JsonIn.Failure f) {
        throw new JsonPathException(p, f.path, f.problem, f.getCause());
      }
      if (n == null || !n.isObject()) {
        throw fail(p, "$", "expected a metric result object", String.valueOf(n));
      }
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!FIELDS.contains(f)) {
          throw fail(p, "$." + f, "unknown field \"" + Quote.bounded(f) + "\"; expected only " + FIELDS, f);
        }
      }
      String metric = text(p, n, "metric");
      String explanation = text(p, n, "explanation");
      List<Policy> policies = new ArrayList<>();
      JsonNode ps = n.get("policies");
      if (ps != null && !ps.isNull()) {
        if (!ps.isArray()) {
          throw fail(p, "$.policies", "expected an array of policies", ps.toString());
        }
        for (int i = 0; i < ps.size(); i++) {
          policies.add(policy(p, ps.get(i), "$.policies[" + i + "]"));
        }
      }
      boolean hasValue = n.hasNonNull("value");
      boolean hasReason = n.hasNonNull("reason");
      if (hasValue == hasReason) {
        throw fail(p, "$", "expected exactly one of \"value\" and \"reason\"", n.toString());
      }
      if (hasReason) {
        return explanation.isEmpty() ? MetricResult.notComputable(metric, text(p, n, "reason"), policies)
            : MetricResult.notComputable(metric, text(p, n, "reason"), explanation, policies);
      }
      Object value = ctxt.readTreeAsValue(n.get("value"), valueType);
      return MetricResult.of(metric, value, explanation, policies);
    }

    private static Policy policy(JsonParser p, JsonNode n, String path) throws JsonPathException {
      String type = n.path("type").asText("");
      Class<? extends Enum<?>> e = ENUM_POLICIES.get(type.length() <= 64 ? type.toLowerCase(Locale.ROOT) : type);
      if (e == null) {
        throw fail(p, path + ".type", "expected an enum policy type, one of " + ENUM_POLICIES.keySet()
            + " (parameterised policies are written only)", type);
      }
      String value = n.path("value").asText("");
      for (Enum<?> c : e.getEnumConstants()) {
        if (JsonIn.name(c).equalsIgnoreCase(value)) {
          return (Policy) c;
        }
      }
      throw fail(p, path + ".value", "expected a " + type + " value", value);
    }

    private static String text(JsonParser p, JsonNode n, String field) throws JsonPathException {
      JsonNode v = n.get(field);
      if (v == null || !v.isTextual()) {
        throw fail(p, "$." + field, "expected a string", String.valueOf(v));
      }
      return v.asText();
    }

    private static JsonPathException fail(JsonParser p, String path, String problem, String value) {
      return new JsonPathException(p, path, value, problem + ", got " + Quote.bounded(value), null);
    }
  }
}
