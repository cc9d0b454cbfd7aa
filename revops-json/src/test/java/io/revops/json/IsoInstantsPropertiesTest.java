package io.revops.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The hand-written parsers of plain UTC instants, dates, months and periods agree with {@link Instant#parse},
 * {@link LocalDate#parse}, {@link YearMonth#parse} and {@link Period#parse} on every text.
 */
class IsoInstantsPropertiesTest {
  private static Optional<Instant> jdk(String s) {
    try {
      return Optional.of(Instant.parse(s));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Instant> ours(String s) {
    try {
      return Optional.of(IsoInstants.parse(s));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  @Test
  void everyInstantItWritesIsReadBackAsTheJdkReadsIt() {
    // years 0000-9999, any nanosecond: Instant.toString writes 0, 3, 6 or 9 fraction digits
    qt().withExamples(20_000).forAll(longs().between(-62_167_219_200L, 253_402_300_799L), integers().between(0, 999_999_999))
        .checkAssert((seconds, nanos) -> {
          String text = Instant.ofEpochSecond(seconds, nanos).toString();
          assertThat(IsoInstants.plainUtc(text.toCharArray(), 0, text.length())).as(text).isNotNull();
          assertThat(ours(text)).as(text).isEqualTo(jdk(text)).contains(Instant.ofEpochSecond(seconds, nanos));
        });
  }

  @Test
  void everyFieldCombinationAgreesWithTheJdkIncludingInvalidOnes() {
    qt().withExamples(20_000).forAll(integers().between(0, 9999),
        integers().between(0, 13).zip(integers().between(0, 32), (mo, d) -> new int[] {mo, d}),
        integers().between(0, 25).zip(integers().between(0, 61), integers().between(0, 61), (h, mi, s) -> new int[] {h, mi, s}),
        integers().between(0, 10))
        .checkAssert((y, md, hms, fraction) -> {
          String text = String.format("%04d-%02d-%02dT%02d:%02d:%02d%sZ", y, md[0], md[1], hms[0], hms[1], hms[2],
              fraction == 0 ? "" : "." + "123456789".repeat(2).substring(0, fraction));
          assertThat(ours(text)).as(text).isEqualTo(jdk(text));
        });
  }

  @Test
  void mutatedTextsAgreeWithTheJdk() {
    String base = "2024-02-29T23:59:59.123Z";
    qt().withExamples(20_000).forAll(integers().between(0, base.length() - 1),
        strings().ascii().ofLengthBetween(0, 2))
        .checkAssert((at, replacement) -> {
          String text = base.substring(0, at) + replacement + base.substring(Math.min(base.length(), at + 1));
          assertThat(ours(text)).as(text).isEqualTo(jdk(text));
        });
  }

  @Test
  void theFallbackReadsWhatTheFastPathLeaves() {
    for (String text : new String[] {"2026-03-06T14:30:00+03:00", "2016-12-31T23:59:60Z", "2026-03-06t14:30:00z",
        "+10000-01-01T00:00:00Z", "2026-03-06T14:30Z"}) {
      assertThat(ours(text)).as(text).isEqualTo(jdk(text));
    }
  }

  /**
   * What {@code parse} makes of {@code s}: the value, or the class of the exception it throws (the JDK's
   * {@code Period.parse} throws an {@link ArithmeticException} for {@code "P999999999W"}).
   */
  private static <T> Object parsed(Function<String, T> parse, String s) {
    try {
      return parse.apply(s);
    } catch (RuntimeException e) {
      return e.getClass();
    }
  }

  @Test
  void everyMonthFieldCombinationAgreesWithYearMonthParse() {
    qt().withExamples(20_000).forAll(integers().between(0, 9999), integers().between(0, 13))
        .checkAssert((y, m) -> {
          String text = String.format("%04d-%02d", y, m);
          assertThat(parsed(IsoInstants::month, text)).as(text).isEqualTo(parsed(YearMonth::parse, text));
        });
  }

  @Test
  void everyMonthYearMonthWritesIsReadBack() {
    // beyond ±9999 YearMonth.toString writes no sign, which YearMonth.parse then rejects
    qt().withExamples(20_000).forAll(integers().between(-9999, 9999), integers().between(1, 12))
        .checkAssert((y, m) -> {
          String text = YearMonth.of(y, m).toString();
          assertThat(parsed(IsoInstants::month, text)).as(text).isEqualTo(YearMonth.of(y, m));
        });
  }

  @Test
  void everyDateFieldCombinationAgreesWithLocalDateParse() {
    qt().withExamples(20_000).forAll(integers().between(0, 9999), integers().between(0, 13), integers().between(0, 32))
        .checkAssert((y, m, d) -> {
          String text = String.format("%04d-%02d-%02d", y, m, d);
          assertThat(parsed(IsoInstants::date, text)).as(text).isEqualTo(parsed(LocalDate::parse, text));
        });
  }

  @Test
  void periodsOfOneUnitAgreeWithPeriodParse() {
    qt().withExamples(20_000).forAll(integers().between(0, Integer.MAX_VALUE), integers().between(0, 5),
        integers().between(0, 3))
        .checkAssert((amount, unit, zeros) -> {
          String text = "P" + "0".repeat(zeros) + amount + "YMDWmy".charAt(unit);
          assertThat(parsed(IsoInstants::period, text)).as(text).isEqualTo(parsed(Period::parse, text));
        });
  }

  @Test
  void mutatedMonthsDatesAndPeriodsAgreeWithTheJdk() {
    String[] bases = {"2024-02", "2024-02-29", "P6M", "P12Y", "P30D"};
    qt().withExamples(20_000).forAll(integers().between(0, bases.length - 1), integers().between(0, 9),
        strings().ascii().ofLengthBetween(0, 2))
        .checkAssert((b, at, replacement) -> {
          String base = bases[b];
          int i = Math.min(at, base.length() - 1);
          String text = base.substring(0, i) + replacement + base.substring(Math.min(base.length(), i + 1));
          assertThat(parsed(IsoInstants::month, text)).as(text).isEqualTo(parsed(YearMonth::parse, text));
          assertThat(parsed(IsoInstants::date, text)).as(text).isEqualTo(parsed(LocalDate::parse, text));
          assertThat(parsed(IsoInstants::period, text)).as(text).isEqualTo(parsed(Period::parse, text));
        });
  }
}
