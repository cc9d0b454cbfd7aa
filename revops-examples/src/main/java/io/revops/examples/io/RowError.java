package io.revops.examples.io;

import static java.util.Objects.requireNonNull;

/**
 * One rejected input row: where it is (file, line, column), the offending value and the rule it broke.
 *
 * @param file the file name
 * @param line the 1-based line number
 * @param column the column (CSV header or JSON field), or empty if the whole row is at fault
 * @param value the offending value (possibly empty)
 * @param rule what was expected
 */
public record RowError(String file, long line, String column, String value, String rule) {
  /** Validates the error. */
  public RowError {
    requireNonNull(file, "file");
    requireNonNull(column, "column");
    requireNonNull(value, "value");
    requireNonNull(rule, "rule");
  }

  @Override
  public String toString() {
    return file + ":" + line + (column.isEmpty() ? "" : " column " + column) + " value \"" + value + "\": " + rule;
  }
}
