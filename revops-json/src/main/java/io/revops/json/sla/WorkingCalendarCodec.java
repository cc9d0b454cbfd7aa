package io.revops.json.sla;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revops.sla.calendar.BusinessCalendar;
import io.revops.sla.calendar.DayRules;
import io.revops.sla.calendar.JollydayHolidays;
import io.revops.sla.calendar.LocalTimeRange;
import io.revops.sla.calendar.RussianProductionCalendar;
import io.revops.sla.calendar.WeeklyHours;
import io.revops.sla.calendar.WorkingCalendar;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/** The codec of {@link WorkingCalendar}s on the bundled day rules; see {@link CalendarCodec#working()}. */
final class WorkingCalendarCodec implements CalendarCodec {
  static final WorkingCalendarCodec INSTANCE = new WorkingCalendarCodec();

  static final String RU = "ru-production-calendar";
  static final String JOLLYDAY = "jollyday:";
  private static final Set<String> FIELDS = Set.of("type", "zone", "hours", "dayRules", "weekendsOnlyFallback",
      "workingWeekendHours", "holidays", "extraWorkingDays", "shortenedDays", "closures");
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private WorkingCalendarCodec() {}

  /** The bundled RU data, read once on first use. */
  private static final class Bundled {
    static final RussianProductionCalendar RU = RussianProductionCalendar.load();
  }

  @Override
  public Optional<ObjectNode> describeJson(BusinessCalendar calendar) {
    requireNonNull(calendar, "calendar");
    if (!(calendar instanceof WorkingCalendar c)) {
      return Optional.empty();
    }
    Optional<String> rules = Optional.empty(); // DayRules.none(): written without "dayRules"
    if (!c.dayRules().equals(DayRules.none())) {
      rules = dayRulesName(c.dayRules());
      if (rules.isEmpty()) {
        return Optional.empty(); // the caller's own rules: not this codec's to describe
      }
    }
    ObjectNode n = F.objectNode();
    n.put("type", "working");
    n.put("zone", c.zone().getId());
    n.put("hours", c.weeklyHours().toString());
    rules.ifPresent(name -> n.put("dayRules", name));
    if (c.dayRules() instanceof RussianProductionCalendar ru && ru.isWeekendsOnlyFallback()) {
      n.put("weekendsOnlyFallback", true);
    }
    if (!c.workingWeekendHours().equals(defaultWeekendHours(c.weeklyHours()))) {
      n.put("workingWeekendHours", ranges(c.workingWeekendHours()));
    }
    putIfAny(n, "holidays", c.holidays(), (o, e) -> o.put(e.getKey().toString(), e.getValue()));
    putIfAny(n, "extraWorkingDays", c.extraWorkingDays(), (o, e) -> o.put(e.getKey().toString(), ranges(e.getValue())));
    putIfAny(n, "shortenedDays", c.shortenedDays(), (o, e) -> o.put(e.getKey().toString(), e.getValue().toString()));
    putIfAny(n, "closures", c.closures(), (o, e) -> o.put(e.getKey().toString(), ranges(e.getValue())));
    return Optional.of(n);
  }

  private static <V> void putIfAny(ObjectNode n, String field, Map<LocalDate, V> byDate,
      BiConsumer<ObjectNode, Map.Entry<LocalDate, V>> put) {
    if (!byDate.isEmpty()) {
      ObjectNode o = n.putObject(field);
      byDate.entrySet().forEach(e -> put.accept(o, e));
    }
  }

  /** The name of bundled day rules (not {@link DayRules#none()}), or empty for rules of the caller's own. */
  private static Optional<String> dayRulesName(DayRules rules) {
    if (rules instanceof RussianProductionCalendar ru) {
      // only the bundled data can be named; a calendar read from other data is the caller's own
      RussianProductionCalendar bundled = Bundled.RU;
      return ru.equals(ru.isWeekendsOnlyFallback() ? bundled.weekendsOnlyFallback() : bundled)
          ? Optional.of(RU) : Optional.empty();
    }
    if (rules instanceof JollydayHolidays j) {
      if (j.subdivisions().stream().anyMatch(s -> s.contains("-") || s.isEmpty())) {
        return Optional.empty(); // not expressible as "jollyday:DE-by"
      }
      StringBuilder sb = new StringBuilder(JOLLYDAY).append(j.country());
      j.subdivisions().forEach(s -> sb.append('-').append(s));
      return Optional.of(sb.toString());
    }
    return Optional.empty();
  }

  private static List<LocalTimeRange> defaultWeekendHours(WeeklyHours hours) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (hours.isWorkingDay(day)) {
        return hours.on(day);
      }
    }
    return List.of();
  }

  private static String ranges(List<LocalTimeRange> ranges) {
    return ranges.stream().map(LocalTimeRange::toString).collect(Collectors.joining(","));
  }

  @Override
  public Optional<BusinessCalendar> resolveJson(ObjectNode d) {
    requireNonNull(d, "descriptor");
    if (!"working".equals(d.path("type").asText(null))) {
      return Optional.empty();
    }
    for (Iterator<String> it = d.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!FIELDS.contains(f)) {
        throw new IllegalArgumentException("unexpected field \"" + f + "\" in a working calendar descriptor; "
            + "expected only " + new java.util.TreeSet<>(FIELDS));
      }
    }
    WorkingCalendar.Builder b = WorkingCalendar.builder()
        .zone(zone(text(d, "zone", true)))
        .weeklyHours(WeeklyHours.parse(text(d, "hours", true)))
        .dayRules(dayRules(text(d, "dayRules", false), flag(d, "weekendsOnlyFallback")));
    String weekend = text(d, "workingWeekendHours", false);
    if (weekend != null) {
      b.workingWeekendHours(parseRanges(weekend, "workingWeekendHours").toArray(LocalTimeRange[]::new));
    }
    byDate(d, "holidays").forEach(b::holiday);
    byDate(d, "extraWorkingDays").forEach((date, r) ->
        b.extraWorkingDay(date, parseRanges(r, "extraWorkingDays").toArray(LocalTimeRange[]::new)));
    byDate(d, "shortenedDays").forEach((date, s) -> b.shortenedDay(date, duration(s)));
    byDate(d, "closures").forEach((date, r) -> parseRanges(r, "closures").forEach(range -> b.closure(date, range)));
    return Optional.of(b.build());
  }

  private static ZoneId zone(String id) {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("field \"zone\" must be an IANA zone such as \"Europe/Moscow\": " + id, e);
    }
  }

  private static Duration duration(String s) {
    try {
      return Duration.parse(s);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("field \"shortenedDays\" must map dates to ISO-8601 durations such as "
          + "\"PT1H\": " + s, e);
    }
  }

  private static DayRules dayRules(String name, boolean weekendsOnlyFallback) {
    if (weekendsOnlyFallback && !RU.equals(name)) {
      throw new IllegalArgumentException("field \"weekendsOnlyFallback\" applies only to dayRules \"" + RU
          + "\", not to " + (name == null ? "none" : "\"" + name + "\""));
    }
    if (name == null) {
      return DayRules.none();
    }
    if (name.equals(RU)) {
      RussianProductionCalendar ru = Bundled.RU;
      return weekendsOnlyFallback ? ru.weekendsOnlyFallback() : ru;
    }
    if (name.startsWith(JOLLYDAY) && name.length() > JOLLYDAY.length()) {
      String[] parts = name.substring(JOLLYDAY.length()).split("-", -1);
      return JollydayHolidays.of(parts[0], java.util.Arrays.copyOfRange(parts, 1, parts.length));
    }
    throw new IllegalArgumentException("field \"dayRules\" must be \"" + RU + "\", \"jollyday:<country>\" or "
        + "\"jollyday:<country>-<subdivision>\" (e.g. \"jollyday:DE-by\"), or absent for none: \"" + name + "\"");
  }

  private static String text(ObjectNode d, String field, boolean required) {
    JsonNode v = d.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw new IllegalArgumentException("missing field \"" + field + "\" in working calendar descriptor " + d);
      }
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException("field \"" + field + "\" must be a string: " + v);
    }
    return v.textValue();
  }

  private static boolean flag(ObjectNode d, String field) {
    JsonNode v = d.get(field);
    if (v == null || v.isNull()) {
      return false;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isTextual() && (v.textValue().equals("true") || v.textValue().equals("false"))) {
      return Boolean.parseBoolean(v.textValue()); // from a flat descriptor
    }
    throw new IllegalArgumentException("field \"" + field + "\" must be true or false: " + v);
  }

  private static Map<LocalDate, String> byDate(ObjectNode d, String field) {
    JsonNode v = d.get(field);
    Map<LocalDate, String> out = new LinkedHashMap<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isObject()) {
      throw new IllegalArgumentException("field \"" + field + "\" must be an object from dates to strings: " + v);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      LocalDate date;
      try {
        date = LocalDate.parse(e.getKey());
      } catch (DateTimeException ex) {
        throw new IllegalArgumentException("field \"" + field + "\" must be keyed by ISO dates such as "
            + "\"2026-12-31\": \"" + e.getKey() + "\"", ex);
      }
      if (!e.getValue().isTextual()) {
        throw new IllegalArgumentException("field \"" + field + "\" on " + date + " must be a string: " + e.getValue());
      }
      out.put(date, e.getValue().textValue());
    }
    return out;
  }

  private static List<LocalTimeRange> parseRanges(String text, String field) {
    List<LocalTimeRange> out = new ArrayList<>();
    if (text.isBlank()) {
      return out;
    }
    for (String r : text.split(",")) {
      try {
        out.add(LocalTimeRange.parse(r));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("field \"" + field + "\": " + e.getMessage(), e);
      }
    }
    return out;
  }

  // ---- the flat form: nested fields as their JSON text -------------------------------------------

  @Override
  public Optional<Map<String, String>> describe(BusinessCalendar calendar) {
    return describeJson(calendar).map(n -> {
      Map<String, String> flat = new LinkedHashMap<>();
      n.fields().forEachRemaining(e ->
          flat.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
      return flat;
    });
  }

  @Override
  public Optional<BusinessCalendar> resolve(Map<String, String> descriptor) {
    requireNonNull(descriptor, "descriptor");
    ObjectNode n = F.objectNode();
    for (Map.Entry<String, String> e : descriptor.entrySet()) {
      String v = e.getValue();
      if (v != null && v.startsWith("{")) {
        try {
          n.set(e.getKey(), MAPPER.readTree(v));
        } catch (JsonProcessingException ex) {
          throw new IllegalArgumentException("field \"" + e.getKey() + "\" is not a JSON object: " + v, ex);
        }
      } else {
        n.put(e.getKey(), v);
      }
    }
    return resolveJson(n);
  }

  @Override
  public String toString() {
    return "CalendarCodec.working()";
  }
}
