package io.revops.io.generic;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The mapping from revops' logical CSV fields to the column headers of a CRM export. By default each field's
 * header is its lower-case name ({@code lead_id}, {@code created_at}, …); {@link #with(Field, String)} renames one.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvColumns {
  /** The logical fields of the leads file and the activities file. */
  public enum Field {
    // leads file
    /** Lead id (leads and activities). */
    LEAD_ID,
    /** When the lead was created (ISO-8601 instant). */
    CREATED_AT,
    /** Lead source code. */
    SOURCE,
    /** Company name. */
    COMPANY,
    /** Number of employees. */
    EMPLOYEES,
    /** Annual revenue (decimal). */
    ANNUAL_REVENUE,
    /** ISO currency of the annual revenue and of won amounts. */
    CURRENCY,
    /** Industry. */
    INDUSTRY,
    /** City. */
    CITY,
    /** City population. */
    CITY_POPULATION,
    /** Contact name. */
    CONTACT_NAME,
    /** Contact job title. */
    JOB_TITLE,
    /** Phone. */
    PHONE,
    /** Email. */
    EMAIL,
    // activities file
    /** Activity id. */
    ACTIVITY_ID,
    /** Activity type: mql, assigned, attempt, connected, discovery, sql, rejected, opportunity, won, lost, data_changed. */
    TYPE,
    /** When (ISO-8601 instant). */
    AT,
    /** Who (rep id). */
    ACTOR,
    /** Channel of an attempt or connection: phone, email, linkedin, other. */
    CHANNEL,
    /** Outcome of an attempt. */
    OUTCOME,
    /** Rejection code or lost reason. */
    REASON,
    /** Won amount (decimal). */
    AMOUNT,
    /** Changed fields of a data_changed activity, separated by {@code |}. */
    FIELDS
  }

  private static final CsvColumns DEFAULTS = new CsvColumns(new EnumMap<>(Field.class));

  private final Map<Field, String> headers;

  private CsvColumns(Map<Field, String> overrides) {
    EnumMap<Field, String> all = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      all.put(f, overrides.getOrDefault(f, f.name().toLowerCase(java.util.Locale.ROOT)));
    }
    this.headers = all;
  }

  /** The default headers: each field's lower-case name. */
  public static CsvColumns defaults() {
    return DEFAULTS;
  }

  /** These columns with {@code field} read from the column headed {@code header}. */
  public CsvColumns with(Field field, String header) {
    requireNonNull(field, "field");
    requireNonNull(header, "header");
    checkArgument(!header.isBlank(), "header for %s must not be blank", field);
    EnumMap<Field, String> copy = new EnumMap<>(headers);
    copy.put(field, header.trim());
    return new CsvColumns(copy);
  }

  /** The header of {@code field}. */
  public String header(Field field) {
    return headers.get(requireNonNull(field, "field"));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CsvColumns c && headers.equals(c.headers);
  }

  @Override
  public int hashCode() {
    return headers.hashCode();
  }

  @Override
  public String toString() {
    return "CsvColumns" + headers;
  }
}
