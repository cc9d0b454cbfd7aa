package io.revops.json.sla;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revops.sla.calendar.BusinessCalendar;
import io.revops.sla.calendar.WorkingCalendar;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns business calendars into JSON descriptors and back.
 *
 * <ul>
 *   <li>{@link #always()}: 24/7 calendars, {@code {"type":"always","zone":"Europe/Moscow"}};
 *   <li>{@link #working()}: {@link WorkingCalendar}s whose day rules are the Russian production calendar,
 *       jollyday's holidays or none, e.g.
 *       {@code {"type":"working","zone":"Europe/Moscow","hours":"Mon-Fri 09:00-18:00","dayRules":"ru-production-calendar"}};
 *   <li>{@link #standard()}: both, the default of {@link SlaModule#of()}.
 * </ul>
 *
 * <p>A calendar of your own (another {@link BusinessCalendar}, or a working calendar on day rules of your
 * own) needs a codec of your own, chained with {@link #orElse(CalendarCodec)}:
 * {@code SlaModule.of(mine.orElse(CalendarCodec.standard()))}. A codec that needs only string fields
 * implements {@link #describe} and {@link #resolve}; one with nested fields also overrides
 * {@link #describeJson} and {@link #resolveJson}, which the module calls.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface CalendarCodec {
  /** The descriptor of {@code calendar}, or empty if this codec does not know it. */
  Optional<Map<String, String>> describe(BusinessCalendar calendar);

  /** The calendar {@code descriptor} names, or empty if this codec does not know it. */
  Optional<BusinessCalendar> resolve(Map<String, String> descriptor);

  /**
   * The descriptor of {@code calendar} as a JSON object, or empty if this codec does not know it; by
   * default {@link #describe}'s map as string fields.
   */
  default Optional<ObjectNode> describeJson(BusinessCalendar calendar) {
    return describe(calendar).map(d -> {
      ObjectNode n = JsonNodeFactory.instance.objectNode();
      new TreeMap<>(d).forEach(n::put);
      return n;
    });
  }

  /**
   * The calendar the JSON {@code descriptor} names, or empty if this codec does not know it; by default
   * {@link #resolve} of its fields, each as text (a nested field as its JSON text).
   */
  default Optional<BusinessCalendar> resolveJson(ObjectNode descriptor) {
    requireNonNull(descriptor, "descriptor");
    Map<String, String> flat = new LinkedHashMap<>();
    descriptor.fields().forEachRemaining(e ->
        flat.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
    return resolve(flat);
  }

  /** This codec, falling back to {@code other} for calendars and descriptors it does not know. */
  default CalendarCodec orElse(CalendarCodec other) {
    requireNonNull(other, "other");
    CalendarCodec self = this;
    return new CalendarCodec() {
      @Override
      public Optional<Map<String, String>> describe(BusinessCalendar calendar) {
        return self.describe(calendar).or(() -> other.describe(calendar));
      }

      @Override
      public Optional<BusinessCalendar> resolve(Map<String, String> descriptor) {
        return self.resolve(descriptor).or(() -> other.resolve(descriptor));
      }

      @Override
      public Optional<ObjectNode> describeJson(BusinessCalendar calendar) {
        return self.describeJson(calendar).or(() -> other.describeJson(calendar));
      }

      @Override
      public Optional<BusinessCalendar> resolveJson(ObjectNode descriptor) {
        return self.resolveJson(descriptor).or(() -> other.resolveJson(descriptor));
      }
    };
  }

  /**
   * The codec of {@link WorkingCalendar}s on the bundled day rules: zone, weekly hours
   * ({@link io.revops.sla.calendar.WeeklyHours#toString()} text), the day rules by name, and the calendar's
   * own exceptions. A working calendar on other day rules is not known to it.
   *
   * <pre>
   * {"type":"working","zone":"Europe/Moscow","hours":"Mon-Fri 09:00-18:00",
   *  "dayRules":"ru-production-calendar",          (or "jollyday:DE", "jollyday:DE-by"; absent: none)
   *  "weekendsOnlyFallback":true,                  (RU only; absent: false)
   *  "workingWeekendHours":"10:00-14:00",          (absent: the default)
   *  "holidays":{"2026-12-31":"company day"},
   *  "extraWorkingDays":{"2026-12-26":"10:00-14:00"},  ("" for the default hours)
   *  "shortenedDays":{"2026-12-30":"PT2H"},
   *  "closures":{"2026-03-20":"14:00-18:00"}}      (several ranges comma-separated)
   * </pre>
   *
   * <p>Exception fields appear only when not empty. The RU production calendar is resolved from the data
   * bundled with this library, so an agreement read back uses this version's data.
   */
  static CalendarCodec working() {
    return WorkingCalendarCodec.INSTANCE;
  }

  /** {@link #always()}, else {@link #working()}: the codec {@link SlaModule#of()} uses. */
  static CalendarCodec standard() {
    return always().orElse(working());
  }

  /**
   * The codec of 24/7 calendars ({@link BusinessCalendar#always(ZoneId)}):
   * {@code {"type":"always","zone":"Europe/Moscow"}}.
   */
  static CalendarCodec always() {
    return new CalendarCodec() {
      @Override
      public Optional<Map<String, String>> describe(BusinessCalendar calendar) {
        requireNonNull(calendar, "calendar");
        return calendar.equals(BusinessCalendar.always(calendar.zone()))
            ? Optional.of(Map.of("type", "always", "zone", calendar.zone().getId())) : Optional.empty();
      }

      @Override
      public Optional<BusinessCalendar> resolve(Map<String, String> descriptor) {
        requireNonNull(descriptor, "descriptor");
        if (!"always".equals(descriptor.get("type"))) {
          return Optional.empty();
        }
        String zone = descriptor.get("zone");
        if (zone == null) {
          throw new IllegalArgumentException("an \"always\" calendar descriptor needs a zone: " + descriptor);
        }
        return Optional.of(BusinessCalendar.always(ZoneId.of(zone)));
      }
    };
  }
}
