package io.revops.sla.calendar;

import static io.revops.sla.calendar.Calendars.MOSCOW;
import static io.revops.sla.calendar.Calendars.NINE_TO_SIX;
import static io.revops.sla.calendar.Calendars.RU;
import static io.revops.sla.calendar.Calendars.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.revops.sla.calendar.CalendarException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RussianProductionCalendarTest {
  private final WorkingCalendar calendar = Calendars.moscowRu();

  private static Instant msk(String local) {
    return at(local, MOSCOW);
  }

  @Nested
  class TransfersHolidaysAndWorkingSaturdays {
    @Test
    void mondayMarchNinth2026IsATransferredDayOff() {
      // March 8 (a holiday) falls on a Sunday in 2026 and is moved to Monday March 9.
      assertThat(LocalDate.of(2026, 3, 7).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
      assertThat(LocalDate.of(2026, 3, 8).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
      Instant fridayEvening = msk("2026-03-06T17:30");
      assertThat(calendar.add(fridayEvening, Duration.ofHours(1)))
          .isEqualTo(msk("2026-03-10T09:30"));
      assertThat(calendar.between(fridayEvening, msk("2026-03-10T09:30")))
          .isEqualTo(Duration.ofHours(1));
      assertThat(calendar.isOpen(msk("2026-03-09T12:00"))).isFalse();
      assertThat(calendar.exceptions(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 10)))
          .containsExactly(new CalendarException(LocalDate.of(2026, 3, 9), Kind.HOLIDAY,
              "RU production calendar 2026: non-working day"));
    }

    @Test
    void workingSaturdayNovemberFirst2025IsShortenedToNineToFive() {
      LocalDate saturday = LocalDate.of(2025, 11, 1);
      assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
      assertThat(calendar.hoursOn(saturday)).hasToString("[09:00-17:00]");
      assertThat(calendar.add(msk("2025-10-31T17:00"), Duration.ofHours(2)))
          .isEqualTo(msk("2025-11-01T10:00"));
      // Monday 3 and Tuesday 4 November are days off.
      assertThat(calendar.add(msk("2025-11-01T16:30"), Duration.ofHours(1)))
          .isEqualTo(msk("2025-11-05T09:30"));
      assertThat(calendar.exceptions(saturday, LocalDate.of(2025, 11, 4)))
          .extracting(CalendarException::date, CalendarException::kind)
          .containsExactly(
              tuple(saturday, Kind.WORKING_WEEKEND),
              tuple(saturday, Kind.SHORTENED_DAY),
              tuple(LocalDate.of(2025, 11, 3), Kind.HOLIDAY),
              tuple(LocalDate.of(2025, 11, 4), Kind.HOLIDAY));
    }

    @Test
    void newYearsEve2025AndTheJanuaryHolidaysAreOff() {
      assertThat(calendar.hoursOn(LocalDate.of(2025, 12, 31))).isEmpty();
      // Tuesday 17:00-18:00, then nothing until Monday 12 January 2026.
      assertThat(calendar.add(msk("2025-12-30T17:00"), Duration.ofHours(2)))
          .isEqualTo(msk("2026-01-12T10:00"));
      assertThat(calendar.nextOpening(msk("2025-12-30T18:00"))).isEqualTo(msk("2026-01-12T09:00"));
    }

    @Test
    void theCalendarsOwnExceptionsOverrideTheProductionCalendar() {
      LocalDate transferred = LocalDate.of(2026, 3, 9);
      WorkingCalendar open = calendar.toBuilder().extraWorkingDay(transferred).build();
      assertThat(open.hoursOn(transferred)).hasToString("[09:00-18:00]");
      assertThat(open.exceptions(transferred, transferred))
          .containsExactly(
              new CalendarException(transferred, Kind.WORKING_WEEKEND, "extra working day"));
      LocalDate saturday = LocalDate.of(2025, 11, 1);
      assertThat(calendar.toBuilder().holiday(saturday).build().hoursOn(saturday)).isEmpty();
    }

    @Test
    void preHolidayWeekdayIsOneHourShorter() {
      assertThat(calendar.hoursOn(LocalDate.of(2026, 4, 30))).hasToString("[09:00-17:00]");
      assertThat(calendar.isOpen(msk("2026-04-30T17:30"))).isFalse();
    }

    @Test
    void weekendsWithoutDataStayClosedThroughTheWeeklyHours() {
      assertThat(calendar.hoursOn(LocalDate.of(2026, 3, 14))).isEmpty();
      assertThat(RU.ruleFor(LocalDate.of(2026, 3, 14))).isEqualTo(DayRule.regular());
    }
  }

  @Nested
  class YearsOutsideTheData {
    @Test
    void aDateIn2028FailsNamingTheYear() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> RU.ruleFor(LocalDate.of(2028, 1, 10)))
          .withMessage("RU production calendar has no data for 2028; covered years: 2013–2027; "
              + "use RussianProductionCalendar.load().weekendsOnlyFallback() to treat years "
              + "outside the data as weekends only (no public holidays)");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> calendar.isOpen(msk("2012-06-04T10:00")))
          .withMessageStartingWith("RU production calendar has no data for 2012;");
    }

    @Test
    void addAndBetweenThatRunIntoAnUncoveredYearFail() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> calendar.add(msk("2027-12-30T17:00"), Duration.ofHours(2)))
          .withMessageContaining("no data for 2028");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> calendar.between(msk("2027-12-30T17:00"), msk("2028-01-03T10:00")))
          .withMessageContaining("no data for 2028");
      // Within the data the same start works.
      assertThat(calendar.add(msk("2027-12-30T17:00"), Duration.ofHours(1)))
          .isEqualTo(msk("2027-12-30T18:00"));
    }

    @Test
    void weekendsOnlyFallbackTreatsUncoveredYearsAsRegularWeeks() {
      RussianProductionCalendar lenient = RU.weekendsOnlyFallback();
      assertThat(lenient.isWeekendsOnlyFallback()).isTrue();
      assertThat(RU.isWeekendsOnlyFallback()).isFalse();
      WorkingCalendar c =
          WorkingCalendar.builder().zone(MOSCOW).weeklyHours(NINE_TO_SIX).dayRules(lenient).build();
      // Thursday 17:00-18:00; Friday 31 December 2027 is off (data); Monday 3 January 2028 works.
      assertThat(c.between(msk("2027-12-30T17:00"), msk("2028-01-03T10:00")))
          .isEqualTo(Duration.ofHours(2));
      assertThat(c.add(msk("2027-12-30T17:00"), Duration.ofHours(2)))
          .isEqualTo(msk("2028-01-03T10:00"));
      // Still honours the data inside the covered years.
      assertThat(lenient.ruleFor(LocalDate.of(2026, 3, 9)).status())
          .isEqualTo(DayRule.Status.DAY_OFF);
      assertThat(lenient).isNotEqualTo(RU);
      assertThat(lenient.describe()).contains("weekends only");
    }
  }

  @Nested
  class Data {
    @Test
    void coversTheYears2013To2027() {
      assertThat(RU.coveredYears()).containsExactlyElementsOf(
          IntStream.rangeClosed(2013, 2027).boxed().toList());
      assertThat(RU.covers(LocalDate.of(2013, 1, 1))).isTrue();
      assertThat(RU.covers(LocalDate.of(2027, 12, 31))).isTrue();
      assertThat(RU.covers(LocalDate.of(2028, 1, 1))).isFalse();
      assertThat(RU.covers(LocalDate.of(2012, 12, 31))).isFalse();
      assertThat(RussianProductionCalendar.load()).isEqualTo(RU).hasSameHashCodeAs(RU);
    }

    /**
     * The bundled files must be verbatim copies of the project's shared xmlcalendar files, looked up
     * as {@code shared/data/xmlcalendar-ru/} in the ancestors of the working directory; if they are
     * not there (e.g. a source release without them), only this comparison is skipped.
     */
    @Test
    void bundledFilesEqualTheSharedDataFiles() throws IOException {
      Optional<Path> shared = sharedData("xmlcalendar-ru");
      assumeTrue(shared.isPresent(), "shared/data/xmlcalendar-ru not found");
      for (int year = 2013; year <= 2027; year++) {
        assertThat(bundled(RussianProductionCalendar.resource(year)))
            .as("%s.xml", year)
            .isEqualTo(Files.readAllBytes(shared.get().resolve(year + ".xml")));
      }
    }

    @Test
    void theJsonOf2025To2027IsTheSharedOne() throws IOException {
      Optional<Path> shared = sharedData("ru-production-calendar.json");
      assumeTrue(shared.isPresent(), "shared/data/ru-production-calendar.json not found");
      assertThat(bundled(OldJsonCalendar.RESOURCE)).isEqualTo(Files.readAllBytes(shared.get()));
    }

    /** 2025-2027 are exactly as they were when the calendar was read from the JSON file. */
    @Test
    void everyDayOf2025To2027IsAsInTheFormerJsonData() throws IOException {
      Map<LocalDate, DayRule> before = OldJsonCalendar.rules();
      assertThat(before).hasSize(15 + 1 + 4 + 14 + 4 + 15 + 1 + 4 - 2);
      for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() < 2028; d = d.plusDays(1)) {
        assertThat(RU.ruleFor(d)).as("%s", d).isEqualTo(before.getOrDefault(d, DayRule.regular()));
        assertThat(RU.decreedDays(DecreedDays.WORKING_DAYS).ruleFor(d)).isEqualTo(RU.ruleFor(d));
      }
    }

    @Test
    void dataVersionNamesTheBundledFilesHash() throws Exception {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (int year = 2013; year <= 2027; year++) {
        sha.update(bundled(RussianProductionCalendar.resource(year)));
      }
      String sha256 = HexFormat.of().formatHex(sha.digest());
      assertThat(RussianProductionCalendar.DATA_VERSION)
          .isEqualTo("2013-2027 sha256:" + sha256.substring(0, 12));
      assertThat(RU.describe()).contains(RussianProductionCalendar.DATA_VERSION);
    }

    private byte[] bundled(String resource) throws IOException {
      try (InputStream in = RussianProductionCalendar.class.getResourceAsStream(resource)) {
        assertThat(in).as(resource).isNotNull();
        return in.readAllBytes();
      }
    }

    private Optional<Path> sharedData(String name) {
      for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
        Path candidate = dir.resolve("shared/data/" + name);
        if (Files.exists(candidate)) {
          return Optional.of(candidate);
        }
      }
      return Optional.empty();
    }
  }
}
