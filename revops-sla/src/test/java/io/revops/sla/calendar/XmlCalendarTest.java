package io.revops.sla.calendar;

import static io.revops.sla.calendar.Calendars.RU;
import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.batch.Finding;
import io.revops.core.batch.Findings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The xmlcalendar reader on damaged files: what it reports, what it keeps, what it refuses. */
class XmlCalendarTest {
  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  /** The bundled 2026 file with its {@code <days>} lines edited by {@code from -> to}. */
  private static String edited2026(String from, String to) throws IOException {
    String text;
    try (InputStream in = RussianProductionCalendar.class.getResourceAsStream(
        RussianProductionCalendar.resource(2026))) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(text).contains(from);
    return text.replace(from, to);
  }

  private static Optional<ProductionYear> read(String xml, Findings findings) {
    return XmlCalendar.read(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml", findings);
  }

  private static ProductionYear readExpecting(String xml, Finding... expected) {
    Findings findings = Findings.create();
    Optional<ProductionYear> year = read(xml, findings);
    assertThat(findings.all()).containsExactly(expected);
    assertThat(year).isPresent();
    return year.get();
  }

  private static int lineOf(String xml, String text) {
    return xml.substring(0, xml.indexOf(text)).split("\n", -1).length;
  }

  @Nested
  class GoodFiles {
    @Test
    void theBundled2026FileReadsWithoutFindings() throws IOException {
      ProductionYear y = readExpecting(edited2026("", ""));
      assertThat(y).isEqualTo(RU.year(2026).orElseThrow());
      assertThat(y.day(LocalDate.of(2026, 3, 9))).hasValueSatisfying(d -> {
        assertThat(d.kind()).isEqualTo(ProductionDay.Kind.DAY_OFF);
        assertThat(d.transferredFrom()).isEqualTo(Optional.of(MonthDay.of(3, 8)));
      });
      assertThat(y.day(LocalDate.of(2026, 1, 7)).orElseThrow().holiday()).hasValue("Рождество Христово");
    }

    @Test
    void nextYearsFileLoadsFromDiskWithoutARelease(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("2028.xml");
      Files.writeString(file, HEAD + "<calendar year=\"2028\"><days>"
          + "<day d=\"01.03\" t=\"1\" h=\"1\"/></days></calendar>");
      Findings findings = Findings.create();
      ProductionYear y = XmlCalendar.read(file, findings).orElseThrow();
      // an unnamed holiday, and a year far from the norm (only one day off): reported, still loaded
      assertThat(findings.all()).extracting(Finding::source, Finding::field)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("2028.xml", Optional.of("day@h")),
              org.assertj.core.groups.Tuple.tuple("2028.xml", Optional.of("calendar@year")));
      RussianProductionCalendar next = RU.withYear(y, "2028.xml");
      assertThat(next.coveredYears()).contains(2013, 2027, 2028);
      assertThat(next.ruleFor(LocalDate.of(2028, 1, 3)).status()).isEqualTo(DayRule.Status.DAY_OFF);
      assertThat(next.ruleFor(LocalDate.of(2026, 3, 9))).isEqualTo(RU.ruleFor(LocalDate.of(2026, 3, 9)));
      assertThat(next.describe()).contains("; 2028 from 2028.xml");
    }
  }

  @Nested
  class DamagedDays {
    @Test
    void aDuplicateDateIsReportedAndTheFirstEntryKept() throws IOException {
      String xml = edited2026("<day d=\"04.30\" t=\"2\"/>", "<day d=\"04.30\" t=\"2\"/><day d=\"04.30\" t=\"1\"/>");
      int line = lineOf(xml, "<day d=\"04.30\"");
      ProductionYear y = readExpecting(xml, Finding.of("test.xml", line, "day@d", "04.30",
          "a date is listed once; 2026-04-30 is already at line " + line + ", which is kept"));
      assertThat(y.day(LocalDate.of(2026, 4, 30)).orElseThrow().kind())
          .isEqualTo(ProductionDay.Kind.SHORTENED_WORKING_DAY);
    }

    @Test
    void aShortenedDayBeforeAWorkingDayIsReportedAndKept() throws IOException {
      // Tuesday 2026-03-10 shortened, followed by a working Wednesday: 2014-02-24's mistake
      String xml = edited2026("<day d=\"04.30\" t=\"2\"/>", "<day d=\"03.10\" t=\"2\"/><day d=\"04.30\" t=\"2\"/>");
      ProductionYear y = readExpecting(xml, Finding.of("test.xml", lineOf(xml, "03.10"), "day@d", "03.10",
          "a shortened day (t=2) precedes a day off; 2026-03-11 is a working day"));
      assertThat(y.day(LocalDate.of(2026, 3, 10))).isPresent();
    }

    @Test
    void aMissingDayOffIsAWorkingDayCountOffTheNorm() throws IOException {
      String xml = edited2026("<day d=\"02.23\" t=\"1\" h=\"3\"/>", "");
      ProductionYear y = readExpecting(xml, Finding.of("test.xml", 0, "calendar@year", "2026",
          "the working days of a year are the Labour Code's norm, 247; here 248 (decreed non-working "
              + "days counted as working)"));
      assertThat(y.workingDays(DecreedDays.DAYS_OFF)).isEqualTo(248);
    }

    @Test
    void badAttributesAreReportedAndTheirEntriesDropped() throws IOException {
      // a working-weekend day-type on a weekday, an unknown type, an impossible date, an unknown
      // holiday, an unknown attribute and a bad transfer; the year is still read
      String xml = edited2026("<day d=\"04.30\" t=\"2\"/>", "<day d=\"04.30\" t=\"2\"/>\n"
          + "<day d=\"03.11\" t=\"3\"/>\n<day d=\"03.12\" t=\"7\"/>\n<day d=\"02.30\" t=\"1\"/>\n"
          + "<day d=\"3.13\" t=\"1\"/>\n<day t=\"1\"/>\n<day d=\"12.30\" t=\"2\" h=\"99\" x=\"y\"/>\n"
          + "<day d=\"12.29\" t=\"2\" f=\"13.01\"/>");
      int l = lineOf(xml, "03.11");
      Findings findings = Findings.create();
      ProductionYear y = read(xml, findings).orElseThrow();
      assertThat(findings.all()).extracting(Finding::line, Finding::field, Finding::value).containsExactly(
          org.assertj.core.groups.Tuple.tuple((long) l + 5, Optional.of("day@x"), Optional.of("y")),
          org.assertj.core.groups.Tuple.tuple((long) l, Optional.of("day@t"), Optional.of("3")),
          org.assertj.core.groups.Tuple.tuple((long) l + 1, Optional.of("day@t"), Optional.of("7")),
          org.assertj.core.groups.Tuple.tuple((long) l + 2, Optional.of("day@d"), Optional.of("02.30")),
          org.assertj.core.groups.Tuple.tuple((long) l + 3, Optional.of("day@d"), Optional.of("3.13")),
          org.assertj.core.groups.Tuple.tuple((long) l + 4, Optional.of("day@d"), Optional.empty()),
          org.assertj.core.groups.Tuple.tuple((long) l + 5, Optional.of("day@h"), Optional.of("99")),
          org.assertj.core.groups.Tuple.tuple((long) l + 6, Optional.of("day@f"), Optional.of("13.01")),
          org.assertj.core.groups.Tuple.tuple((long) l + 6, Optional.of("day@d"), Optional.of("12.29")));
      assertThat(findings.all().get(1).rule()).isEqualTo("t=3 (working weekend) is for a Saturday or "
          + "Sunday; 2026-03-11 is a WEDNESDAY; the entry is dropped");
      assertThat(y.day(LocalDate.of(2026, 3, 11))).isEmpty();
      assertThat(y.day(LocalDate.of(2026, 3, 12))).isEmpty();
      assertThat(y.day(LocalDate.of(2026, 12, 30)).orElseThrow().holiday()).isEmpty();
      assertThat(y.day(LocalDate.of(2026, 12, 29)).orElseThrow().transferredFrom()).isEmpty();
    }
  }

  @Nested
  class RefusedDocuments {
    @Test
    void anExternalEntityIsRefusedAndNothingIsRead(@TempDir Path dir) throws IOException {
      Path secret = dir.resolve("secret.txt");
      Files.writeString(secret, "SECRET");
      String xxe = HEAD + "<!DOCTYPE calendar [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
          + "<calendar year=\"2026\"><holidays><holiday id=\"1\" title=\"&x;\"/></holidays>"
          + "<days><day d=\"01.01\" t=\"1\" h=\"1\"/></days></calendar>";
      Findings findings = Findings.create();
      assertThat(read(xxe, findings)).isEmpty();
      assertThat(findings.all()).singleElement().satisfies(f -> {
        assertThat(f.rule()).contains("DTD").doesNotContain("SECRET");
        assertThat(f.toString()).doesNotContain("SECRET");
      });
    }

    @Test
    void aNetworkDtdIsRefusedWithoutFetchingIt() {
      String xml = HEAD + "<!DOCTYPE calendar SYSTEM \"http://203.0.113.1/calendar.dtd\">\n"
          + "<calendar year=\"2026\"/>";
      Findings findings = Findings.create();
      long start = System.nanoTime();
      assertThat(read(xml, findings)).isEmpty();
      assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
      assertThat(findings.all()).singleElement().extracting(Finding::rule).asString().contains("no DTD");
    }

    @Test
    void aTruncatedDocumentYieldsNoYearAndTheLine() throws IOException {
      String whole = edited2026("", "");
      String truncated = whole.substring(0, whole.indexOf("<day d=\"05.01\"") + 8);
      Findings findings = Findings.create();
      assertThat(read(truncated, findings)).isEmpty();
      assertThat(findings.all()).singleElement().satisfies(f -> {
        assertThat(f.line()).isEqualTo(lineOf(whole, "<day d=\"05.01\""));
        assertThat(f.rule()).startsWith("well-formed XML without a DTD; the year is not read");
      });
    }

    @Test
    void aWrongRootOrYearYieldsNoYear() {
      Findings findings = Findings.create();
      assertThat(read(HEAD + "<holidays/>", findings)).isEmpty();
      assertThat(read(HEAD + "<calendar year=\"26\"/>", findings)).isEmpty();
      assertThat(read(HEAD + "<calendar/>", findings)).isEmpty();
      assertThat(read("", findings)).isEmpty();
      assertThat(findings.all()).extracting(Finding::field, Finding::value).containsExactly(
          org.assertj.core.groups.Tuple.tuple(Optional.empty(), Optional.of("holidays")),
          org.assertj.core.groups.Tuple.tuple(Optional.of("calendar@year"), Optional.of("26")),
          org.assertj.core.groups.Tuple.tuple(Optional.of("calendar@year"), Optional.empty()),
          org.assertj.core.groups.Tuple.tuple(Optional.empty(), Optional.empty()));
    }
  }
}
