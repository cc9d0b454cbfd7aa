package io.revops.sla.calendar;

import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads and checks one year of a production calendar in the xmlcalendar format (the community
 * project xmlcalendar, read by many Russian systems):
 *
 * <pre>{@code
 * <calendar year="2026" lang="ru" date="2025.09.30" country="ru">
 *   <holidays><holiday id="1" title="Новогодние каникулы"/>...</holidays>
 *   <days><day d="01.01" t="1" h="1"/><day d="04.30" t="2"/><day d="11.03" t="1" f="11.01"/>...</days>
 * </calendar>
 * }</pre>
 *
 * <p>{@code t="1"} is a day off ({@link ProductionDay.Kind#DAY_OFF}; {@link
 * ProductionDay.Kind#DECREED_NON_WORKING_DAY} when its holiday's title names a presidential decree,
 * "Указ Президента"), {@code t="2"} a working day one hour shorter ({@link
 * ProductionDay.Kind#SHORTENED_WORKING_DAY}, a Saturday too), {@code t="3"} a full working Saturday or
 * Sunday ({@link ProductionDay.Kind#WORKING_WEEKEND}); {@code h} names the holiday, {@code f} the date
 * a day off was transferred from. Unlisted weekdays work, unlisted weekends are off.
 *
 * <p><b>Findings.</b> Everything that looks wrong is reported to the {@code Consumer<Finding>}, with
 * the line, and the rest of the file is still read: a missing or bad attribute, an unknown
 * attribute, a date given twice (the first entry is kept), {@code t="3"} on a weekday (dropped), a
 * shortened day that precedes no day off (kept as written: {@code 2014.xml}'s 24 February is one),
 * and a year whose working days, decreed days counted as working, differ from the {@linkplain
 * ProductionYear#norm() Labour Code's norm} (checked from 2013). A document that is not well-formed
 * XML, has a DTD, or has no {@code <calendar year=…>} root yields no year and one finding.
 *
 * <p><b>Security.</b> Parsed with the JDK's own StAX implementation with DTDs and external entities
 * refused: no XXE, no network, no file other than the input is touched.
 *
 * <p>Cost: one pass over the document; a year is a few hundred objects.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class XmlCalendar {
  private static final Pattern MONTH_DAY = Pattern.compile("\\d{2}\\.\\d{2}");
  private static final Set<String> DAY_ATTRIBUTES = Set.of("d", "t", "h", "f");
  private static final String DECREE_MARK = "Указ Президента";
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2999;
  private static final int FIRST_YEAR_OF_THE_NORM = 2013;

  private XmlCalendar() {}

  /**
   * Reads one year from a file.
   *
   * @param file an xmlcalendar file, e.g. {@code 2028.xml}
   * @param findings receives what looks wrong; its source is the file name
   * @return the year, empty if the file is not an xmlcalendar document (then a finding says why)
   * @throws IOException if the file cannot be opened
   */
  public static Optional<ProductionYear> read(Path file, Consumer<Finding> findings)
      throws IOException {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, String.valueOf(file.getFileName()), findings);
    }
  }

  /**
   * Reads one year from a stream (not closed).
   *
   * @param in the document, in the encoding its XML declaration names (UTF-8 by default)
   * @param source the name findings carry, e.g. {@code "2028.xml"}
   * @param findings receives what looks wrong
   * @return the year, empty if the document is not an xmlcalendar document (then a finding says why)
   */
  public static Optional<ProductionYear> read(
      InputStream in, String source, Consumer<Finding> findings) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    requireNonNull(findings, "findings");
    Document doc = new Document();
    try {
      XMLStreamReader r = factory().createXMLStreamReader(in);
      try {
        if (!parse(r, source, doc, findings)) {
          return Optional.empty();
        }
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
      findings.accept(Finding.ofLine(source, line, null,
          "well-formed XML without a DTD; the year is not read: " + e.getMessage()));
      return Optional.empty();
    }
    return Optional.of(doc.toYear(source, findings));
  }

  /**
   * Checks a year's consistency: every shortened day precedes a day off, and the working days
   * (decreed days counted as working) are the Labour Code's norm (from 2013). {@link #read} runs
   * these checks itself.
   *
   * @param year the year
   * @param source the name findings carry
   * @param findings receives what looks wrong
   */
  public static void check(ProductionYear year, String source, Consumer<Finding> findings) {
    check(year, source, Map.of(), findings);
  }

  private static void check(ProductionYear year, String source, Map<LocalDate, Long> lines,
      Consumer<Finding> findings) {
    requireNonNull(year, "year");
    requireNonNull(source, "source");
    requireNonNull(findings, "findings");
    for (ProductionDay d : year.days().values()) {
      LocalDate next = d.date().plusDays(1);
      // 31 December precedes 1 January, always a holiday
      if (d.kind() == ProductionDay.Kind.SHORTENED_WORKING_DAY
          && next.getYear() == year.year() && year.isWorkingDay(next, DecreedDays.DAYS_OFF)) {
        findings.accept(Finding.of(source, lines.getOrDefault(d.date(), 0L), "day@d",
            monthDay(d.date()), "a shortened day (t=2) precedes a day off; " + next + " is a working day"));
      }
    }
    int working = year.workingDays(DecreedDays.WORKING_DAYS);
    if (year.year() >= FIRST_YEAR_OF_THE_NORM && working != year.norm()) {
      findings.accept(Finding.of(source, 0, "calendar@year", year.year(),
          "the working days of a year are the Labour Code's norm, " + year.norm() + "; here "
              + working + " (decreed non-working days counted as working)"));
    }
  }

  static String monthDay(LocalDate d) {
    return String.format(java.util.Locale.ROOT, "%02d.%02d", d.getMonthValue(), d.getDayOfMonth());
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    return f;
  }

  /** Fills {@code doc}; false if the document is not an xmlcalendar one (a finding says why). */
  private static boolean parse(XMLStreamReader r, String source, Document doc,
      Consumer<Finding> findings) throws XMLStreamException {
    boolean root = true;
    while (r.hasNext()) {
      int event = r.next();
      long line = Math.max(0, r.getLocation().getLineNumber());
      if (event == XMLStreamConstants.DTD) {
        findings.accept(Finding.ofLine(source, line, null,
            "no DTD: DTDs and external entities are refused; the year is not read"));
        return false;
      }
      if (event == XMLStreamConstants.ENTITY_REFERENCE) {
        findings.accept(Finding.ofLine(source, line, r.getLocalName(),
            "no entity references other than XML's own; the year is not read"));
        return false;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = r.getLocalName();
      if (root) {
        root = false;
        if (!name.equals("calendar")) {
          findings.accept(Finding.ofLine(source, line, name,
              "an xmlcalendar document: its root element is <calendar>"));
          return false;
        }
        String year = r.getAttributeValue(null, "year");
        if (year == null || !year.matches("\\d{4}")
            || Integer.parseInt(year) < MIN_YEAR || Integer.parseInt(year) > MAX_YEAR) {
          findings.accept(Finding.of(source, line, "calendar@year", year,
              "a year from " + MIN_YEAR + " to " + MAX_YEAR + "; the year is not read"));
          return false;
        }
        doc.year = Integer.parseInt(year);
      } else if (name.equals("holiday")) {
        String id = r.getAttributeValue(null, "id");
        String title = r.getAttributeValue(null, "title");
        if (id == null) {
          findings.accept(Finding.of(source, line, "holiday@id", null, "a holiday has an id"));
        } else if (doc.holidays.putIfAbsent(id, Optional.ofNullable(title).filter(x -> !x.isBlank())) != null) {
          findings.accept(Finding.of(source, line, "holiday@id", id, "a holiday id is used once"));
        }
      } else if (name.equals("day")) {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
          String a = r.getAttributeLocalName(i);
          if (DAY_ATTRIBUTES.contains(a)) {
            attributes.put(a, r.getAttributeValue(i));
          } else {
            findings.accept(Finding.of(source, line, "day@" + a, r.getAttributeValue(i),
                "an attribute of <day> is d, t, h or f"));
          }
        }
        doc.days.add(new RawDay(line, attributes));
      }
    }
    if (root) {
      findings.accept(Finding.ofSource(source, "an xmlcalendar document: it has no root element"));
      return false;
    }
    return true;
  }

  private record RawDay(long line, Map<String, String> attributes) {}

  /** What the parser collected, resolved into a year once the whole document is read. */
  private static final class Document {
    int year;
    /** The holidays by id: their titles, empty for a holiday without one. */
    final Map<String, Optional<String>> holidays = new HashMap<>();
    final List<RawDay> days = new ArrayList<>();

    ProductionYear toYear(String source, Consumer<Finding> findings) {
      Map<LocalDate, ProductionDay> byDate = new LinkedHashMap<>();
      Map<LocalDate, Long> lines = new HashMap<>();
      for (RawDay raw : days) {
        Optional<ProductionDay> day = day(raw, source, findings);
        if (day.isEmpty()) {
          continue;
        }
        LocalDate date = day.get().date();
        if (byDate.putIfAbsent(date, day.get()) != null) {
          findings.accept(Finding.of(source, raw.line(), "day@d", raw.attributes().get("d"),
              "a date is listed once; " + date + " is already at line " + lines.get(date)
                  + ", which is kept"));
        } else {
          lines.put(date, raw.line());
        }
      }
      ProductionYear y = ProductionYear.of(year, byDate.values());
      check(y, source, lines, findings);
      return y;
    }

    private Optional<ProductionDay> day(RawDay raw, String source, Consumer<Finding> findings) {
      long line = raw.line();
      Optional<LocalDate> date =
          date(raw.attributes().get("d"), year, "day@d", source, line, findings);
      String t = raw.attributes().get("t");
      ProductionDay.Kind kind = t == null ? null : switch (t) {
        case "1" -> ProductionDay.Kind.DAY_OFF;
        case "2" -> ProductionDay.Kind.SHORTENED_WORKING_DAY;
        case "3" -> ProductionDay.Kind.WORKING_WEEKEND;
        default -> null;
      };
      if (kind == null) {
        findings.accept(Finding.of(source, line, "day@t", t,
            "t is 1 (day off), 2 (shortened working day) or 3 (working weekend); the entry is dropped"));
      }
      if (date.isEmpty() || kind == null) {
        return Optional.empty();
      }
      if (kind == ProductionDay.Kind.WORKING_WEEKEND && !ProductionDay.isWeekend(date.get())) {
        findings.accept(Finding.of(source, line, "day@t", t, "t=3 (working weekend) is for a "
            + "Saturday or Sunday; " + date.get() + " is a " + date.get().getDayOfWeek()
            + "; the entry is dropped"));
        return Optional.empty();
      }
      String h = raw.attributes().get("h");
      Optional<String> holiday = Optional.empty();
      if (h != null) {
        Optional<String> title = holidays.get(h);
        if (title != null) {
          holiday = title;
        } else {
          findings.accept(Finding.of(source, line, "day@h", h,
              "h is the id of a <holiday> of the file; the holiday is left unnamed"));
        }
      }
      if (kind == ProductionDay.Kind.DAY_OFF && holiday.filter(x -> x.contains(DECREE_MARK)).isPresent()) {
        kind = ProductionDay.Kind.DECREED_NON_WORKING_DAY;
      }
      String f = raw.attributes().get("f");
      Optional<MonthDay> from = Optional.empty();
      if (f != null) {
        // a transfer may come from the year before (e.g. a January weekend), so only the month-day is checked
        from = date(f, 2000, "day@f", source, line, findings).map(MonthDay::from);
      }
      return Optional.of(ProductionDay.of(date.get(), kind, holiday, from));
    }

    private static Optional<LocalDate> date(String text, int year, String field, String source,
        long line, Consumer<Finding> findings) {
      String rule = field.equals("day@f")
          ? "f is a month and day MM.DD" : "d is a month and day MM.DD of " + year;
      if (text == null || !MONTH_DAY.matcher(text).matches()) {
        findings.accept(Finding.of(source, line, field, text,
            rule + (field.equals("day@f") ? "; the transfer is left out" : "; the entry is dropped")));
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.of(year, Integer.parseInt(text.substring(0, 2)),
            Integer.parseInt(text.substring(3))));
      } catch (DateTimeException e) {
        findings.accept(Finding.of(source, line, field, text,
            rule + (field.equals("day@f") ? "; the transfer is left out" : "; the entry is dropped")));
        return Optional.empty();
      }
    }
  }
}
