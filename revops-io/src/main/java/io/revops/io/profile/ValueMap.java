package io.revops.io.profile;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A profile's map from the CRM's values (stage names, activity types, channel and currency names) to their
 * meaning. Keys match trimmed and case-insensitively ({@code "успешно реализовано"} matches
 * {@code "Успешно реализовано"}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <V> the meaning
 */
public final class ValueMap<V> {
  private static final ValueMap<?> EMPTY = new ValueMap<>(Map.of());

  private final Map<String, V> entries;
  private final Map<String, V> byKey;

  private ValueMap(Map<String, V> entries) {
    this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    Map<String, V> keys = new LinkedHashMap<>();
    entries.forEach((k, v) -> keys.put(key(k), v));
    this.byKey = keys;
  }

  /** The map of {@code entries} (in their order). */
  public static <V> ValueMap<V> of(Map<String, V> entries) {
    requireNonNull(entries, "entries");
    entries.forEach((k, v) -> {
      requireNonNull(k, "entries key");
      requireNonNull(v, "entries value");
    });
    return new ValueMap<>(entries);
  }

  /** The empty map. */
  @SuppressWarnings("unchecked")
  public static <V> ValueMap<V> empty() {
    return (ValueMap<V>) EMPTY;
  }

  static String key(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }

  /** The meaning of {@code value}, if the map has it. */
  public Optional<V> get(String value) {
    V exact = entries.get(requireNonNull(value, "value"));
    return Optional.ofNullable(exact != null ? exact : byKey.get(key(value)));
  }

  /** The entries as written in the profile. */
  public Map<String, V> entries() {
    return entries;
  }

  /** Whether the map has no entries. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ValueMap<?> m && entries.equals(m.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return entries.toString();
  }
}
