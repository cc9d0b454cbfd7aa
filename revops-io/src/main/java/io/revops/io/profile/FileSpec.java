package io.revops.io.profile;

import static java.util.Objects.requireNonNull;

import io.revops.io.csv.TextEncoding;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One file of an export as a profile describes it: its role, how it is written (delimiter, encoding, date-time
 * patterns, number format) and what its columns mean (the header of each field, constants, value maps, date
 * columns that stand for events). Read from a profile's {@code files} entry; see {@link Profiles}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FileSpec {
  private final String name;
  private final Role role;
  private final Optional<Character> delimiter;
  private final TextEncoding encoding;
  private final Map<Field, String> columns;
  private final Map<Field, String> constants;
  private final List<String> dateTimePatterns;
  private final char decimalSeparator;
  private final String groupingSeparators;
  private final ValueMap<StageMeaning> stages;
  private final Map<String, StageMeaning> dateEvents;
  private final ValueMap<ActivityMeaning> activityTypes;
  private final ValueMap<CallResult> outcomes;
  private final ValueMap<String> sources;
  private final ValueMap<String> currencies;
  private final Map<Field, List<String>> columnChoices;
  private final WithoutLead withoutLead;
  private final String ownLeadIdPrefix;

  FileSpec(String name, Role role, Optional<Character> delimiter, TextEncoding encoding,
      Map<Field, List<String>> columnChoices, Map<Field, String> constants, List<String> dateTimePatterns,
      char decimalSeparator, String groupingSeparators, ValueMap<StageMeaning> stages,
      Map<String, StageMeaning> dateEvents, ValueMap<ActivityMeaning> activityTypes, ValueMap<CallResult> outcomes,
      ValueMap<String> sources, ValueMap<String> currencies, WithoutLead withoutLead, String ownLeadIdPrefix) {
    this.name = requireNonNull(name, "name");
    this.role = requireNonNull(role, "role");
    this.delimiter = requireNonNull(delimiter, "delimiter");
    this.encoding = requireNonNull(encoding, "encoding");
    EnumMap<Field, List<String>> choices = new EnumMap<>(Field.class);
    requireNonNull(columnChoices, "columnChoices").forEach((f, headers) -> {
      if (headers.isEmpty()) {
        throw new IllegalArgumentException("columnChoices of " + f.jsonName() + " must not be empty");
      }
      choices.put(f, List.copyOf(headers));
    });
    this.columnChoices = Collections.unmodifiableMap(choices);
    EnumMap<Field, String> first = new EnumMap<>(Field.class);
    choices.forEach((f, headers) -> first.put(f, headers.get(0)));
    this.columns = Collections.unmodifiableMap(first);
    this.constants = copy(constants);
    this.dateTimePatterns = List.copyOf(dateTimePatterns);
    this.decimalSeparator = decimalSeparator;
    this.groupingSeparators = requireNonNull(groupingSeparators, "groupingSeparators");
    this.stages = requireNonNull(stages, "stages");
    this.dateEvents = Collections.unmodifiableMap(new LinkedHashMap<>(dateEvents));
    this.activityTypes = requireNonNull(activityTypes, "activityTypes");
    this.outcomes = requireNonNull(outcomes, "outcomes");
    this.sources = requireNonNull(sources, "sources");
    this.currencies = requireNonNull(currencies, "currencies");
    this.withoutLead = requireNonNull(withoutLead, "withoutLead");
    this.ownLeadIdPrefix = requireNonNull(ownLeadIdPrefix, "ownLeadIdPrefix");
  }

  /**
   * This file as a file whose header passes {@code inHeader} reads it: each field's column is the first of its
   * headers that the file has (the first header if it has none).
   *
   * <p>Cost: one look-up per header a field may have.
   */
  public FileSpec resolve(Predicate<String> inHeader) {
    requireNonNull(inHeader, "inHeader");
    Map<Field, List<String>> chosen = new EnumMap<>(Field.class);
    columnChoices.forEach((f, headers) -> chosen.put(f,
        List.of(headers.stream().filter(inHeader).findFirst().orElse(headers.get(0)))));
    return new FileSpec(name, role, delimiter, encoding, chosen, constants, dateTimePatterns, decimalSeparator,
        groupingSeparators, stages, dateEvents, activityTypes, outcomes, sources, currencies, withoutLead,
        ownLeadIdPrefix);
  }

  private static Map<Field, String> copy(Map<Field, String> map) {
    EnumMap<Field, String> out = new EnumMap<>(Field.class);
    out.putAll(map);
    return Collections.unmodifiableMap(out);
  }

  /** The file's name in the profile, e.g. {@code "deals"}; shown by a dry run. */
  public String name() {
    return name;
  }

  /** What the rows are. */
  public Role role() {
    return role;
  }

  /** The delimiter, or empty to detect it. */
  public Optional<Character> delimiter() {
    return delimiter;
  }

  /** The charset, or {@link TextEncoding#DETECT}. */
  public TextEncoding encoding() {
    return encoding;
  }

  /** The header of each mapped field (its first header, until {@link #resolve resolved} against a file's header). */
  public Map<Field, String> columns() {
    return columns;
  }

  /**
   * The headers each mapped field may have, in the profile's order (e.g. opportunityId: {@code Record ID},
   * {@code Deal ID}, {@code hs_object_id}: HubSpot's export labels, older labels and internal names).
   */
  public Map<Field, List<String>> columnChoices() {
    return columnChoices;
  }

  /** What a deal of an {@code opportunities} file that names no lead is ({@link WithoutLead#REJECT} by default). */
  public WithoutLead withoutLead() {
    return withoutLead;
  }

  /** The prefix of the id of a deal read as its own lead ({@code D_} for Bitrix24: deal 15 is lead {@code D_15}). */
  public String ownLeadIdPrefix() {
    return ownLeadIdPrefix;
  }

  /** The value of each field that is the same on every row (e.g. {@code currency: RUB}), used when its column is absent or empty. */
  public Map<Field, String> constants() {
    return constants;
  }

  /** The patterns local date-times are written in, tried in order ({@code "iso"} is an ISO-8601 instant, offset or local date-time). */
  public List<String> dateTimePatterns() {
    return dateTimePatterns;
  }

  /** The decimal separator of numbers, {@code ','} or {@code '.'}. */
  public char decimalSeparator() {
    return decimalSeparator;
  }

  /** The characters that group digits (e.g. a space and a no-break space), removed before parsing. */
  public String groupingSeparators() {
    return groupingSeparators;
  }

  /** Stage or status name → meaning. */
  public ValueMap<StageMeaning> stages() {
    return stages;
  }

  /** Date column header → the event the date stands for (HubSpot's "Became a … Date" columns). */
  public Map<String, StageMeaning> dateEvents() {
    return dateEvents;
  }

  /** Activity type → meaning. */
  public ValueMap<ActivityMeaning> activityTypes() {
    return activityTypes;
  }

  /** Call result or disposition → what came of the attempt. */
  public ValueMap<CallResult> outcomes() {
    return outcomes;
  }

  /** Channel name as the CRM writes it → lead source code. */
  public ValueMap<String> sources() {
    return sources;
  }

  /** Currency name or symbol → ISO 4217 code. */
  public ValueMap<String> currencies() {
    return currencies;
  }

  /** Every header this file maps: the columns (each field's first header) and the date-event columns. */
  public List<String> mappedHeaders() {
    List<String> all = new java.util.ArrayList<>(columns.values());
    all.addAll(dateEvents.keySet());
    return all;
  }

  @Override
  public String toString() {
    return "FileSpec[" + name + ", " + role.jsonName() + ", columns " + columns.size() + "]";
  }
}
