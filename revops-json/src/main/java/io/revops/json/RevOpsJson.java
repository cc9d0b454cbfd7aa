package io.revops.json;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Ready-made Jackson mappers for the revops JSON schema.
 *
 * <pre>{@code
 * ObjectMapper mapper = RevOpsJson.mapper();
 * String json = mapper.writeValueAsString(history);
 * LeadEventHistory back = mapper.readValue(json, LeadEventHistory.class);
 * LeadEvent event = mapper.readValue(line, LeadEvent.class);   // one line of a JSON Lines file
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RevOpsJson {
  /**
   * Rates and ratios a report computes are written as JSON numbers: the fraction (or ratio) rounded half-even
   * to this many decimal places ({@code 0.3333333333}), with trailing zeros dropped. One rule for the SLA
   * documents and for any other report written in this dialect.
   */
  public static final int REPORT_RATE_SCALE = 10;

  private RevOpsJson() {}

  /**
   * A computed rate as a report writes it: the fraction rounded half-even to {@link #REPORT_RATE_SCALE}
   * decimal places, trailing zeros dropped ({@code 28.769%} is {@code 0.28769}).
   *
   * @throws NullPointerException if {@code rate} is null
   */
  public static java.math.BigDecimal reportRate(io.revops.core.money.Rate rate) {
    return scaled(java.util.Objects.requireNonNull(rate, "rate").toBigDecimal());
  }

  /**
   * A computed ratio as a report writes it (LTV:CAC, NRR): rounded half-even to {@link #REPORT_RATE_SCALE}
   * decimal places, trailing zeros dropped.
   *
   * @throws NullPointerException if {@code ratio} is null
   */
  public static java.math.BigDecimal reportRatio(io.revops.core.money.Ratio ratio) {
    return scaled(java.util.Objects.requireNonNull(ratio, "ratio").toBigDecimal());
  }

  private static java.math.BigDecimal scaled(java.math.BigDecimal v) {
    java.math.BigDecimal s = v.setScale(REPORT_RATE_SCALE, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /**
   * A new mapper, configured for the revops schema, each time it is called (no shared mutable state:
   * configure the copy you get as you like). It registers {@link RevOpsModule} (and with it
   * jackson-datatype-moneta), {@link QualificationModule} (criteria and evaluations), {@link io.revops.json.sla.SlaModule} (agreements,
   * calendars and reports) and
   * jackson-datatype-jsr310; writes dates and instants as ISO-8601 strings,
   * never numbers; writes decimals in plain notation ({@code 0.00000001}, never {@code 1E-8}); reads
   * floating-point numbers as exact {@code BigDecimal}s; rejects trailing content after the value; and rejects a
   * field given twice in an object by the dialect's rule, with its path, whatever reads it (its factory is
   * {@link JsonLimits#factory()}).
   * Unknown fields in revops objects are ignored, so documents from newer writers stay readable.
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder(JsonLimits.factory())
        .addModule(new JavaTimeModule())
        .addModule(new RevOpsModule())
        .addModule(new QualificationModule())
        .addModule(io.revops.json.sla.SlaModule.of())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }
}
