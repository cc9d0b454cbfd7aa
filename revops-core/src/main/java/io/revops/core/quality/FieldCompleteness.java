package io.revops.core.quality;

import io.revops.core.check.Args;

import java.util.Locale;

/**
 * How complete one field is across the records: how many have it, and how many of those hold a
 * usable value (an email {@code local@domain.tld}, a phone libphonenumber reads, an INN whose check
 * digits hold; for other fields any non-blank value).
 *
 * @param field the field, e.g. {@code "email"}
 * @param records the number of records
 * @param present the records with a non-blank value
 * @param usable the records with a usable value
 */
public record FieldCompleteness(String field, long records, long present, long usable) {
  /** Validates the counts. */
  public FieldCompleteness {
    Args.text("field", field);
    if (records < 0 || present < 0 || present > records || usable < 0
        || usable > present) {
      throw new IllegalArgumentException("counts must satisfy 0 <= usable <= present <= records: "
          + field + " " + usable + "/" + present + "/" + records);
    }
  }

  /**
   * The share of records with a usable value, in [0, 1].
   *
   * @return the share; empty if there are no records
   */
  public java.util.OptionalDouble share() {
    return records == 0 ? java.util.OptionalDouble.empty()
        : java.util.OptionalDouble.of((double) usable / records);
  }

  @Override
  public String toString() {
    return field + " " + usable + "/" + records + (records == 0 ? ""
        : String.format(Locale.ROOT, " (%.1f%%)", 100.0 * usable / records))
        + (present > usable ? ", " + (present - usable) + " unusable" : "");
  }
}
