package io.revops.io.crm;

import static java.util.Objects.requireNonNull;

import io.revops.io.profile.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an import understood of each file: which file of the profile it was matched to, its charset and
 * delimiter, each column mapped (to which field) or ignored, the rows read and rejected, how deals were joined
 * to their leads, and each value a value map did not know with its count ({@code stage "Тендер": 12 rows, not mapped}). A dry run prints
 * {@link #describe()} so a user can fix a profile in one pass.
 *
 * <p>This class is mutable and not thread-safe: one import fills it, then it is read.
 */
public final class ImportSummary {
  /** The most distinct unmapped values kept per column; more are counted together. */
  public static final int MAX_VALUES_PER_COLUMN = 100;

  private final String profile;
  private final List<FileSummary> files = new ArrayList<>();

  ImportSummary(String profile) {
    this.profile = requireNonNull(profile, "profile");
  }

  FileSummary add(FileSummary file) {
    files.add(file);
    return file;
  }

  /** The profile's name. */
  public String profile() {
    return profile;
  }

  /** One summary per input file, in the order read. */
  public List<FileSummary> files() {
    return Collections.unmodifiableList(files);
  }

  /** The data rows read from every file (good and bad). */
  public long rowsRead() {
    return files.stream().mapToLong(FileSummary::rowsRead).sum();
  }

  /** Every value not mapped, over all files: {@code "deals.csv: Этап сделки \"Тендер\"" -> 12}. */
  public Map<String, Long> notMapped() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (FileSummary f : files) {
      f.notMapped.forEach((column, values) -> values.forEach((value, n) ->
          out.put(f.file + ": " + column + " \"" + value + "\"", n)));
    }
    return out;
  }

  /** A readable account, one line per fact. */
  public String describe() {
    StringBuilder b = new StringBuilder("profile ").append(profile).append('\n');
    for (FileSummary f : files) {
      f.describe(b);
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "ImportSummary[" + profile + ", " + files.size() + " files, " + rowsRead() + " rows read, "
        + notMapped().size() + " values not mapped]";
  }

  /** What was understood of one file. */
  public static final class FileSummary {
    private final String file;
    private final String spec;
    private final String role;
    private final String charset;
    private final char delimiter;
    private final Map<String, String> columns = new LinkedHashMap<>();
    private final List<String> missing = new ArrayList<>();
    private final Map<String, Map<String, Long>> notMapped = new LinkedHashMap<>();
    private final Map<String, Long> othersNotMapped = new LinkedHashMap<>();
    private final Map<String, Long> joins = new LinkedHashMap<>();
    private long rowsRead;
    private long rowsRejected;

    FileSummary(String file, String spec, String role, String charset, char delimiter) {
      this.file = file;
      this.spec = spec;
      this.role = role;
      this.charset = charset;
      this.delimiter = delimiter;
    }

    void column(String header, String meaning) {
      columns.put(header, meaning);
    }

    void missing(Field field, String header) {
      missing.add(field.jsonName() + " (" + header + ")");
    }

    void notMapped(String column, String value) {
      Map<String, Long> values = notMapped.computeIfAbsent(column, c -> new LinkedHashMap<>());
      if (values.containsKey(value) || values.size() < MAX_VALUES_PER_COLUMN) {
        values.merge(value, 1L, Long::sum);
      } else {
        othersNotMapped.merge(column, 1L, Long::sum);
      }
    }

    /** Counts {@code rows} rows that {@code how} says how they were joined (e.g. a deal read as its own lead). */
    void joined(String how, long rows) {
      if (rows > 0) {
        joins.merge(how, rows, Long::sum);
      }
    }

    void rows(long read, long rejected) {
      this.rowsRead = read;
      this.rowsRejected = rejected;
    }

    /** The file name. */
    public String file() {
      return file;
    }

    /** The profile's file it was matched to. */
    public String spec() {
      return spec;
    }

    /** Each header column and what it was mapped to ({@code "createdAt"}, {@code "event won"}) or {@code "ignored"}. */
    public Map<String, String> columns() {
      return Collections.unmodifiableMap(columns);
    }

    /** Fields the profile maps whose column the file lacks. */
    public List<String> missingColumns() {
      return Collections.unmodifiableList(missing);
    }

    /** Per column, each value not mapped and its number of rows. */
    public Map<String, Map<String, Long>> notMapped() {
      return Collections.unmodifiableMap(notMapped);
    }

    /**
     * How the rows of a deals file were joined to the leads, each with its number of rows (e.g. {@code "deal
     * without a lead in the leads file: read as its own lead" -> 3}); empty for other files.
     */
    public Map<String, Long> joins() {
      return Collections.unmodifiableMap(joins);
    }

    /** The data rows read (good and bad). */
    public long rowsRead() {
      return rowsRead;
    }

    /** The rows rejected. */
    public long rowsRejected() {
      return rowsRejected;
    }

    void describe(StringBuilder b) {
      b.append(file).append(": ").append(spec).append(" (").append(role).append("), ").append(charset)
          .append(", delimiter ").append(delimiter == '\t' ? "TAB" : "\"" + delimiter + "\"").append(", ")
          .append(rowsRead).append(" rows, ").append(rowsRejected).append(" rejected\n");
      columns.forEach((h, m) -> b.append("  column \"").append(h).append("\": ")
          .append(m.equals("ignored") ? "ignored" : "mapped to " + m).append('\n'));
      missing.forEach(m -> b.append("  field ").append(m).append(": column missing, not read\n"));
      notMapped.forEach((column, values) -> values.forEach((value, n) -> b.append("  ")
          .append(column.toLowerCase(Locale.ROOT).equals(column) ? column : "\"" + column + "\"")
          .append(" \"").append(value).append("\": ").append(n).append(n == 1 ? " row" : " rows")
          .append(", not mapped\n")));
      othersNotMapped.forEach((column, n) -> b.append("  \"").append(column).append("\": ").append(n)
          .append(" more rows with other values, not mapped\n"));
      joins.forEach((how, n) -> b.append("  ").append(n).append(n == 1 ? " row: " : " rows: ").append(how).append('\n'));
    }
  }
}
