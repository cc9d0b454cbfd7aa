package io.revops.io.crm;

import io.revops.core.batch.Finding;
import io.revops.core.money.Amounts;
import io.revops.io.csv.CsvHeader;
import io.revops.io.csv.CsvRow;
import io.revops.io.profile.Field;
import io.revops.io.profile.FileSpec;
import io.revops.io.profile.ValueMap;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javax.money.MonetaryAmount;

/**
 * The cells of one file's rows, read as a profile's file describes them: text, local date-times in the
 * profile's zone, numbers with a decimal comma and grouping spaces, currencies by name, booleans. Every bad
 * value is a finding and marks the row as rejected.
 *
 * <p>This class is mutable and not thread-safe: one file's rows, one at a time.
 */
final class Cells {
  private static final int MAX_NUMBER_LENGTH = 40;

  private final FileSpec spec;
  private final String source;
  private final ZoneId zone;
  private final LocalTimes localTimes;
  private final Consumer<Finding> findings;
  private final ImportSummary.FileSummary summary;
  private final int[] column;
  /** Each field's constant of the profile's file (by ordinal), or null: looked up once, not per cell. */
  private final String[] constant;
  /** Each field's header in the profile's file, else its JSON name (by ordinal): what findings name. */
  private final String[] header;
  private final List<DateTimeFormatter> formats = new ArrayList<>();
  private final List<FixedDateTimePattern> fixed = new ArrayList<>();
  private final boolean iso;
  private final String patternsText;
  private final java.util.Map<String, javax.money.CurrencyUnit> currencyByText = new java.util.HashMap<>();
  private CsvRow row;
  private boolean failed;
  /** A number's digits, point and sign ({@link #decimal}), reused from row to row. */
  private char[] plain = new char[32];

  Cells(FileSpec spec, CsvHeader header, String source, ZoneId zone, Consumer<Finding> findings,
      ImportSummary.FileSummary summary) {
    this.spec = spec;
    this.source = source;
    this.zone = zone;
    this.localTimes = new LocalTimes(zone);
    this.findings = findings;
    this.summary = summary;
    this.column = new int[Field.values().length];
    this.constant = new String[Field.values().length];
    this.header = new String[Field.values().length];
    for (Field f : Field.values()) {
      String h = spec.columns().get(f);
      column[f.ordinal()] = h == null ? -1 : header.indexOf(h).orElse(-1);
      constant[f.ordinal()] = spec.constants().get(f);
      this.header[f.ordinal()] = h == null ? f.jsonName() : h;
    }
    boolean anyIso = false;
    for (String p : spec.dateTimePatterns()) {
      if (p.equalsIgnoreCase("iso")) {
        anyIso = true;
      } else {
        Optional<FixedDateTimePattern> simple = FixedDateTimePattern.compile(p);
        if (simple.isPresent()) {
          fixed.add(simple.get());
        } else {
          formats.add(DateTimeFormatter.ofPattern(p.replace("yyyy", "uuuu"), Locale.ROOT)
              .withResolverStyle(ResolverStyle.STRICT));
        }
      }
    }
    this.iso = anyIso;
    this.patternsText = String.join(" or ", spec.dateTimePatterns());
  }

  void start(CsvRow next) {
    this.row = next;
    this.failed = false;
  }

  long line() {
    return row.line();
  }

  boolean failed() {
    return failed;
  }

  String source() {
    return source;
  }

  ZoneId zone() {
    return zone;
  }

  FileSpec spec() {
    return spec;
  }

  ImportSummary.FileSummary summary() {
    return summary;
  }

  String header(Field f) {
    return header[f.ordinal()];
  }

  /** Rejects the row at field {@code f}, or as a whole if {@code f} is null. */
  void reject(Field f, String value, String rule) {
    reject(f == null ? Finding.ofLine(source, row.line(), value, rule)
        : Finding.of(source, row.line(), header(f), value, rule));
  }

  void reject(String field, String value, String rule) {
    reject(Finding.of(source, row.line(), field, value, rule));
  }

  private void reject(Finding finding) {
    failed = true;
    findings.accept(finding);
  }

  /** The trimmed cell of {@code f}, else its constant, else null (empty cells are null). */
  String text(Field f) {
    int i = column[f.ordinal()];
    if (i >= 0) {
      String v = Whitespace.strip(row.cell(i));
      if (!v.isEmpty()) {
        return v;
      }
    }
    return constant[f.ordinal()];
  }

  String required(Field f) {
    String v = text(f);
    if (v == null) {
      reject(f, "", column[f.ordinal()] < 0 ? "is required: the column " + header(f) + " is missing from the header"
          : "is required");
    }
    return v;
  }

  Instant instant(Field f, boolean required) {
    String v = required ? required(f) : text(f);
    return v == null ? null : instant(header(f), v);
  }

  /** The cell of column {@code index} (a date-event column) as an instant, or null if empty or absent. */
  Instant instantAt(int index, String header) {
    if (index < 0) {
      return null;
    }
    String v = Whitespace.strip(row.cell(index));
    return v.isEmpty() ? null : instant(header, v);
  }

  private Instant instant(String field, String v) {
    for (FixedDateTimePattern p : fixed) {
      Instant t = p.instant(v, localTimes);
      if (t != null) {
        return t;
      }
    }
    for (DateTimeFormatter format : formats) {
      try {
        return toInstant(format.parseBest(v, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from,
            LocalDate::from));
      } catch (DateTimeException e) {
        // try the next pattern
      }
    }
    if (iso) {
      Instant parsed = isoInstant(v);
      if (parsed != null) {
        return parsed;
      }
    }
    reject(field, v, "must be a date-time in the pattern " + patternsText
        + (iso ? " (iso: 2026-03-06T14:30:00Z, an offset, or a local date-time in " + zone + ")" : "")
        + ", local times in " + zone);
    return null;
  }

  private Instant isoInstant(String v) {
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException e) {
      // not an instant
    }
    try {
      return OffsetDateTime.parse(v, ISO_OFFSET_LENIENT).toInstant();
    } catch (DateTimeParseException e) {
      // not an offset date-time
    }
    try {
      return LocalDateTime.parse(v.replace(' ', 'T')).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      // not a local date-time
    }
    try {
      return LocalDate.parse(v).atStartOfDay(zone).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** ISO offset date-times with the offset written +0000 as well as +00:00 (Salesforce writes both). */
  private static final DateTimeFormatter ISO_OFFSET_LENIENT = new java.time.format.DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd().toFormatter(Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT);

  private Instant toInstant(TemporalAccessor t) {
    if (t instanceof ZonedDateTime z) {
      return z.toInstant();
    }
    if (t instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (t instanceof LocalDateTime l) {
      return l.atZone(zone).toInstant();
    }
    return ((LocalDate) t).atStartOfDay(zone).toInstant();
  }

  BigDecimal decimal(Field f) {
    String v = text(f);
    if (v == null) {
      return null;
    }
    if (v.length() > 4 * MAX_NUMBER_LENGTH) {
      reject(f, v, numberRule());
      return null;
    }
    if (plain.length < v.length()) {
      plain = new char[Math.max(v.length(), 2 * plain.length)];
    }
    char[] plain = this.plain;
    int n = 0;
    boolean point = false;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c >= '0' && c <= '9') {
        plain[n++] = c;
      } else if (c == spec.decimalSeparator() && !point) {
        plain[n++] = '.';
        point = true;
      } else if (c == '-' && i == 0) {
        plain[n++] = c;
      } else if (spec.groupingSeparators().indexOf(c) < 0) {
        reject(f, v, numberRule());
        return null;
      }
    }
    if (n == 0 || n > MAX_NUMBER_LENGTH || (n == 1 && plain[0] == '-') || plain[n - 1] == '.') {
      reject(f, v, numberRule());
      return null;
    }
    return decimalOf(plain, n);
  }

  /**
   * {@code new BigDecimal(plain, 0, n)} for a number of digits, at most one point and a leading minus: made from
   * a {@code long} (same unscaled value, same scale) when it has at most 18 digits.
   */
  static BigDecimal decimalOf(char[] plain, int n) {
    long unscaled = 0;
    int digits = 0;
    int scale = 0;
    boolean negative = false;
    for (int i = 0; i < n; i++) {
      char c = plain[i];
      if (c == '-') {
        negative = true;
      } else if (c == '.') {
        scale = n - i - 1;
      } else {
        unscaled = unscaled * 10 + (c - '0');
        digits++;
      }
    }
    if (digits > 18) {
      return new BigDecimal(plain, 0, n);
    }
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
  }

  /** The rule a number of this file breaks (made only when one does). */
  private String numberRule() {
    return "must be a number with the decimal separator \"" + spec.decimalSeparator() + "\""
        + (spec.groupingSeparators().isEmpty() ? "" : " and digits grouped by " + describe(spec.groupingSeparators()));
  }

  private static String describe(String separators) {
    List<String> names = new ArrayList<>();
    separators.chars().forEach(c -> names.add(switch (c) {
      case ' ' -> "a space";
      case '\u00a0' -> "a no-break space";
      case '\u202f' -> "a narrow no-break space";
      default -> "\"" + (char) c + "\"";
    }));
    return String.join(" or ", names);
  }

  /** The amount of {@code amountField} in the row's currency; null (reported if {@code required}) when absent. */
  MonetaryAmount money(Field amountField, boolean required) {
    BigDecimal amount = decimal(amountField);
    if (amount == null) {
      if (required && !failed) {
        reject(amountField, "", "is required");
      }
      return null;
    }
    if (amount.signum() < 0) {
      reject(amountField, amount.toPlainString(), "must not be negative");
      return null;
    }
    String currency = text(Field.CURRENCY);
    if (currency == null) {
      reject(Field.CURRENCY, "", "is required with an amount (a currency column or constant)");
      return null;
    }
    javax.money.CurrencyUnit unit = currencyByText.get(currency);
    if (unit == null) {
      String code = spec.currencies().get(currency).orElse(currency);
      try {
        unit = Amounts.currency(code);
      } catch (IllegalArgumentException | javax.money.UnknownCurrencyException e) {
        reject(Field.CURRENCY, currency, "must be an ISO 4217 code or a currency name of the profile's currencies");
        return null;
      }
      if (currencyByText.size() < 64) {
        currencyByText.put(currency, unit); // a file names a handful of currencies
      }
    }
    return Amounts.of(amount, unit);
  }

  Optional<Boolean> bool(Field f) {
    String v = text(f);
    if (v == null) {
      return Optional.empty();
    }
    switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "y", "да", "д":
        return Optional.of(true);
      case "false", "0", "no", "n", "нет", "н":
        return Optional.of(false);
      default:
        reject(f, v, "must be true or false (also 1/0, yes/no, да/нет)");
        return Optional.empty();
    }
  }

  YearMonth month(Field f) {
    String v = required(f);
    if (v == null) {
      return null;
    }
    try {
      return YearMonth.parse(v);
    } catch (DateTimeParseException notMonth) {
      Instant at = instant(header(f), v);
      return at == null ? null : YearMonth.from(at.atZone(zone));
    }
  }

  /**
   * The meaning of {@code f}'s value in {@code map}; a value the map does not know is counted in the summary
   * (not a rejection) and read as empty.
   */
  <V> Optional<V> mapped(Field f, ValueMap<V> map) {
    String v = text(f);
    if (v == null) {
      return Optional.empty();
    }
    Optional<V> meaning = map.get(v);
    if (meaning.isEmpty()) {
      summary.notMapped(header(f), v);
    }
    return meaning;
  }

  /** The column of {@code header} in this file, or -1. */
  int columnOf(CsvHeader header, String name) {
    return header.indexOf(name).orElse(-1);
  }
}
