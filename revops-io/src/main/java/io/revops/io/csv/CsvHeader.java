package io.revops.io.csv;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The header row of a CSV file: the column names in order (trimmed; trailing empty names, left by a trailing
 * delimiter, dropped) and the index of each name (its first column if it appears twice).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvHeader {
  private final List<String> names;
  private final Map<String, Integer> index;

  private CsvHeader(List<String> names) {
    this.names = List.copyOf(names);
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < this.names.size(); i++) {
      byName.putIfAbsent(this.names.get(i), i);
    }
    this.index = byName;
  }

  /** A header of {@code names}, e.g. {@code of(List.of("ID", "Бюджет"))}. */
  public static CsvHeader of(List<String> names) {
    requireNonNull(names, "names");
    names.forEach(n -> requireNonNull(n, "names element"));
    return new CsvHeader(names);
  }

  /** The column names, in file order. */
  public List<String> names() {
    return names;
  }

  /** The number of columns. */
  public int width() {
    return names.size();
  }

  /** The column of {@code name} (its first occurrence), if the header has it. */
  public OptionalInt indexOf(String name) {
    Integer i = index.get(requireNonNull(name, "name"));
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /** Whether the header has a column {@code name}. */
  public boolean contains(String name) {
    return index.containsKey(requireNonNull(name, "name"));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CsvHeader h && names.equals(h.names);
  }

  @Override
  public int hashCode() {
    return names.hashCode();
  }

  @Override
  public String toString() {
    return "CsvHeader" + names;
  }
}
