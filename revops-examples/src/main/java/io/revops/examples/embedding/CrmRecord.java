package io.revops.examples.embedding;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;

/**
 * A stand-in for a host CRM's own record: an id and its fields as the CRM stores them (field name to text).
 * A real plugin receives its CRM's objects instead; revops never sees them, only what the host's
 * {@link CrmMapping} makes of them.
 *
 * @param id the record id
 * @param fields the fields, by the CRM's own field names
 */
public record CrmRecord(String id, Map<String, String> fields) {
  /** Copies the fields. */
  public CrmRecord {
    requireNonNull(id, "id");
    fields = Map.copyOf(fields);
  }

  /** The field's value if it is present and not blank. */
  public Optional<String> get(String field) {
    return Optional.ofNullable(fields.get(field)).map(String::trim).filter(v -> !v.isEmpty());
  }
}
