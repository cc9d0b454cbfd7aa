package io.revops.io.profile;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.revops.core.batch.Quote;
import io.revops.io.csv.TextEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads profile documents and holds the built-in profiles ({@link #BUILT_IN}).
 *
 * <p>The document, field by field (every field not listed is rejected with its JSON path):
 * <pre>{@code
 * { "name": "amocrm", "description": "...", "zone": "Europe/Moscow",
 *   "files": [ {
 *     "name": "deals", "role": "leads",             // leads | activities | opportunities | spend | mrr
 *     "delimiter": "detect", "encoding": "detect",  // or ";" / "," / "\t"; utf_8 | windows_1251
 *     "dateTimePatterns": ["dd.MM.yyyy HH:mm:ss", "dd.MM.yyyy"], // or "iso"
 *     "decimalSeparator": ",", "groupingSeparators": " \u00a0",
 *     "columns":   { "leadId": "ID", "createdAt": "Дата создания", ... },   // Field names
 *                  // or the headers a column may have: "opportunityId": ["Record ID", "Deal ID", "hs_object_id"]
 *     "constants": { "currency": "RUB" },
 *     "stages":    { "Успешно реализовано": "won", ... },                   // StageMeaning names
 *     "dateEvents": { "Became a Customer Date": "won" },
 *     "activityTypes": { "Call": "phone" }, "outcomes": { "Connected": "connected" },
 *     "sources": { "Сайт": "website" }, "currencies": { "руб.": "RUB" },
 *     "withoutLead": "own_lead", "ownLeadIdPrefix": "D_" } ] }  // opportunities only: see WithoutLead
 * }</pre>
 * Enum-like values are lowercase snake_case, read case-insensitively.
 */
public final class Profiles {
  /** The built-in profiles' names. */
  public static final List<String> BUILT_IN = List.of("amocrm", "bitrix24", "hubspot", "salesforce");

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private Profiles() {}

  /**
   * The built-in profile {@code name} (one of {@link #BUILT_IN}).
   *
   * @throws IllegalArgumentException if there is no such profile
   */
  public static Profile builtIn(String name) {
    requireNonNull(name, "name");
    String key = name.strip().toLowerCase(Locale.ROOT);
    if (!BUILT_IN.contains(key)) {
      throw new IllegalArgumentException("name must be a built-in profile, one of " + BUILT_IN + ": \""
          + Quote.bounded(name) + "\"");
    }
    return parse(builtInText(key), key + ".json");
  }

  /** The JSON text of built-in profile {@code name}, to copy and edit. */
  public static String builtInText(String name) {
    String resource = "profiles/" + requireNonNull(name, "name") + ".json";
    try (InputStream in = Profiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("name must be a built-in profile, one of " + BUILT_IN + ": \""
            + Quote.bounded(name) + "\"");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A built-in profile by name, or a profile document at that path (a name ending in {@code .json}). */
  public static Profile resolve(String nameOrPath) throws IOException {
    requireNonNull(nameOrPath, "nameOrPath");
    if (nameOrPath.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return load(Path.of(nameOrPath));
    }
    return builtIn(nameOrPath);
  }

  /** Reads the profile document at {@code file} (UTF-8). */
  public static Profile load(Path file) throws IOException {
    requireNonNull(file, "file");
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
  }

  /**
   * Reads a profile document.
   *
   * @param json the document
   * @param source its name, for messages
   * @throws ProfileException if the document breaks a rule (the message names the JSON path)
   */
  public static Profile parse(String json, String source) {
    requireNonNull(json, "json");
    requireNonNull(source, "source");
    JsonNode root;
    try (JsonParser parser = MAPPER.createParser(json)) {
      root = MAPPER.readTree(parser);
    } catch (JsonParseException e) {
      throw new ProfileException(source, "$", "must be well-formed JSON: " + e.getOriginalMessage()
          + " at line " + e.getLocation().getLineNr() + " column " + e.getLocation().getColumnNr());
    } catch (IOException e) {
      throw new ProfileException(source, "$", "must be well-formed JSON: " + e.getMessage());
    }
    return new Reading(source).profile(root);
  }

  /** One document being read: knows its name for every error. */
  private static final class Reading {
    private final String source;

    Reading(String source) {
      this.source = source;
    }

    ProfileException error(String path, String rule) {
      return new ProfileException(source, path, rule);
    }

    JsonNode object(JsonNode node, String path, Set<String> allowed) {
      if (node == null || !node.isObject()) {
        throw error(path, "must be an object");
      }
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!allowed.contains(f)) {
          throw error(path + "." + f, "unknown field: must be one of " + String.join(", ", allowed));
        }
      }
      return node;
    }

    String text(JsonNode parent, String field, String path, boolean required) {
      JsonNode n = parent.get(field);
      if (n == null || n.isNull()) {
        if (required) {
          throw error(path + "." + field, "is required");
        }
        return null;
      }
      if (!n.isTextual()) {
        throw error(path + "." + field, "must be a string: " + Quote.bounded(n.toString()));
      }
      return n.asText();
    }

    <E extends Enum<E>> E enumValue(String value, Class<E> type, String path) {
      String key = value.strip().toUpperCase(Locale.ROOT);
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(key)) {
          return e;
        }
      }
      throw error(path, "must be one of " + Arrays.stream(type.getEnumConstants())
          .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ": \""
          + Quote.bounded(value) + "\"");
    }

    Profile profile(JsonNode root) {
      object(root, "$", orderedSet("name", "description", "zone", "files"));
      String name = text(root, "name", "$", true);
      String description = Optional.ofNullable(text(root, "description", "$", false)).orElse("");
      String zoneText = text(root, "zone", "$", true);
      ZoneId zone;
      try {
        zone = ZoneId.of(zoneText);
      } catch (DateTimeException e) {
        throw error("$.zone", "must be a time zone id such as Europe/Moscow: \"" + Quote.bounded(zoneText) + "\"");
      }
      JsonNode files = root.get("files");
      if (files == null || !files.isArray() || files.isEmpty()) {
        throw error("$.files", "must be a non-empty array of files");
      }
      List<FileSpec> specs = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        specs.add(file(files.get(i), "$.files[" + i + "]"));
      }
      return new Profile(name, description, zone, specs);
    }

    FileSpec file(JsonNode node, String path) {
      object(node, path, orderedSet("name", "description", "role", "delimiter", "encoding", "dateTimePatterns",
          "decimalSeparator", "groupingSeparators", "columns", "constants", "stages", "dateEvents", "activityTypes",
          "outcomes", "sources", "currencies", "withoutLead", "ownLeadIdPrefix"));
      String name = text(node, "name", path, true);
      Role role = enumValue(text(node, "role", path, true), Role.class, path + ".role");
      String delimiterText = Optional.ofNullable(text(node, "delimiter", path, false)).orElse("detect");
      Optional<Character> delimiter;
      if (delimiterText.equalsIgnoreCase("detect")) {
        delimiter = Optional.empty();
      } else if (delimiterText.length() == 1 && "\"\r\n".indexOf(delimiterText.charAt(0)) < 0) {
        delimiter = Optional.of(delimiterText.charAt(0));
      } else {
        throw error(path + ".delimiter", "must be \"detect\" or one character other than a quote or a line break: \""
            + Quote.bounded(delimiterText) + "\"");
      }
      TextEncoding encoding = enumValue(Optional.ofNullable(text(node, "encoding", path, false)).orElse("detect"),
          TextEncoding.class, path + ".encoding");
      List<String> patterns = patterns(node.get("dateTimePatterns"), path + ".dateTimePatterns");
      String decimal = Optional.ofNullable(text(node, "decimalSeparator", path, false)).orElse(".");
      if (!decimal.equals(",") && !decimal.equals(".")) {
        throw error(path + ".decimalSeparator", "must be \",\" or \".\": \"" + Quote.bounded(decimal) + "\"");
      }
      String grouping = Optional.ofNullable(text(node, "groupingSeparators", path, false)).orElse("");
      if (grouping.indexOf(decimal.charAt(0)) >= 0 || grouping.chars().anyMatch(Character::isDigit)) {
        throw error(path + ".groupingSeparators", "must not hold the decimal separator or a digit: \""
            + Quote.bounded(grouping) + "\"");
      }
      Map<Field, List<String>> columns = columns(node.get("columns"), path + ".columns");
      Map<Field, String> constants = fields(node.get("constants"), path + ".constants");
      for (Field required : role.required()) {
        if (!columns.containsKey(required)) {
          throw error(path + ".columns." + required.jsonName(), "is required for a file of role " + role.jsonName());
        }
      }
      String withoutLeadText = text(node, "withoutLead", path, false);
      String prefix = text(node, "ownLeadIdPrefix", path, false);
      if ((withoutLeadText != null || prefix != null) && role != Role.OPPORTUNITIES) {
        throw error(path + (withoutLeadText != null ? ".withoutLead" : ".ownLeadIdPrefix"),
            "is allowed in a file of role opportunities only, not " + role.jsonName());
      }
      WithoutLead withoutLead = withoutLeadText == null ? WithoutLead.REJECT
          : enumValue(withoutLeadText, WithoutLead.class, path + ".withoutLead");
      if (prefix != null && withoutLead != WithoutLead.OWN_LEAD) {
        throw error(path + ".ownLeadIdPrefix", "is allowed with \"withoutLead\": \"own_lead\" only");
      }
      if (prefix != null && !prefix.equals(prefix.strip())) {
        throw error(path + ".ownLeadIdPrefix", "must not start or end with a space: \"" + Quote.bounded(prefix) + "\"");
      }
      return new FileSpec(name, role, delimiter, encoding, columns, constants, patterns, decimal.charAt(0), grouping,
          ValueMap.of(map(node.get("stages"), path + ".stages", (v, at) -> enumValue(v, StageMeaning.class, at))),
          map(node.get("dateEvents"), path + ".dateEvents", (v, at) -> enumValue(v, StageMeaning.class, at)),
          ValueMap.of(map(node.get("activityTypes"), path + ".activityTypes", (v, at) -> enumValue(v, ActivityMeaning.class, at))),
          ValueMap.of(map(node.get("outcomes"), path + ".outcomes", (v, at) -> enumValue(v, CallResult.class, at))),
          ValueMap.of(map(node.get("sources"), path + ".sources", (v, at) -> v)),
          ValueMap.of(map(node.get("currencies"), path + ".currencies", (v, at) -> v)),
          withoutLead, prefix == null ? "" : prefix);
    }

    /** The columns: each field's header, or a non-empty array of the headers it may have (the first present is read). */
    Map<Field, List<String>> columns(JsonNode node, String path) {
      return byField(node, path, (v, at) -> {
        List<String> headers = new ArrayList<>();
        if (v.isArray() && !v.isEmpty()) {
          for (int i = 0; i < v.size(); i++) {
            headers.add(header(v.get(i), at + "[" + i + "]"));
          }
        } else if (v.isTextual()) {
          headers.add(header(v, at));
        } else {
          throw error(at, "must be a non-blank string or a non-empty array of them (the headers the column may have)");
        }
        if (headers.stream().distinct().count() < headers.size()) {
          throw error(at, "must not name a header twice");
        }
        return headers;
      });
    }

    /** An object keyed by field names ({@link Field#jsonName()}), each value read (with its path) by {@code value}. */
    <V> Map<Field, V> byField(JsonNode node, String path, java.util.function.BiFunction<JsonNode, String, V> value) {
      Map<Field, V> out = new EnumMap<>(Field.class);
      if (node == null) {
        return out;
      }
      Map<String, Field> byName = new LinkedHashMap<>();
      for (Field f : Field.values()) {
        byName.put(f.jsonName(), f);
      }
      object(node, path, byName.keySet());
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.put(byName.get(e.getKey()), value.apply(e.getValue(), path + "." + e.getKey()));
      }
      return out;
    }

    private String header(JsonNode node, String at) {
      if (!node.isTextual() || node.asText().isBlank()) {
        throw error(at, "must be a non-blank string");
      }
      return node.asText().strip();
    }

    List<String> patterns(JsonNode node, String path) {
      if (node == null) {
        return List.of("iso");
      }
      if (!node.isArray() || node.isEmpty()) {
        throw error(path, "must be a non-empty array of date-time patterns");
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        JsonNode p = node.get(i);
        String at = path + "[" + i + "]";
        if (!p.isTextual()) {
          throw error(at, "must be a string");
        }
        if (!p.asText().equalsIgnoreCase("iso")) {
          try {
            DateTimeFormatter.ofPattern(p.asText(), Locale.ROOT);
          } catch (IllegalArgumentException e) {
            throw error(at, "must be a java.time pattern such as dd.MM.yyyy HH:mm:ss or \"iso\": " + e.getMessage());
          }
        }
        out.add(p.asText());
      }
      return out;
    }

    Map<Field, String> fields(JsonNode node, String path) {
      return byField(node, path, this::header);
    }

    /** A string-keyed map of string values, each converted (with its path) by {@code convert}. */
    <V> Map<String, V> map(JsonNode node, String path, java.util.function.BiFunction<String, String, V> convert) {
      Map<String, V> out = new LinkedHashMap<>();
      if (node == null) {
        return out;
      }
      if (!node.isObject()) {
        throw error(path, "must be an object");
      }
      Map<String, String> seenKeys = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String at = path + "." + e.getKey();
        if (!e.getValue().isTextual()) {
          throw error(at, "must be a string");
        }
        String previous = seenKeys.put(ValueMap.key(e.getKey()), e.getKey());
        if (previous != null) {
          throw error(at, "must differ from \"" + Quote.bounded(previous) + "\" in more than case and spaces");
        }
        out.put(e.getKey(), convert.apply(e.getValue().asText(), at));
      }
      return out;
    }

    private static Set<String> orderedSet(String... names) {
      return new java.util.LinkedHashSet<>(List.of(names));
    }
  }
}
