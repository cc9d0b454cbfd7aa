package io.revops.io.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: {@link LocalTimes} gives the instants {@code atZone} and {@code atStartOfDay} give, in zones with
 * gaps and overlaps (daylight saving, a 30-minute shift, Moscow's changes up to 2014) and a fixed offset, for
 * local times spread over years and packed around transitions, read in runs as a file's rows are.
 */
class LocalTimesTest {
  private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Moscow"), ZoneId.of("America/New_York"),
      ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Europe/London"), ZoneOffset.ofHours(3), ZoneId.of("UTC"));

  @Test
  void theInstantsOfAtZone() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
      LocalTimes times = new LocalTimes(zone);
      LocalDateTime base = LocalDateTime.of(2005 + r.nextInt(25), 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), 0);
      for (int i = 0; i < 200; i++) {
        // mostly near the base (a run of rows), sometimes far; minutes and seconds around the hour of a change
        LocalDateTime t = r.nextInt(10) == 0 ? base.plusDays(r.nextInt(4000) - 2000)
            : base.plusSeconds(r.nextInt(200 * 86_400) - 100 * 86_400);
        if (r.nextInt(3) == 0) {
          t = t.withHour(r.nextInt(4)).withMinute(r.nextInt(4) * 15 + r.nextInt(2)).withSecond(r.nextInt(60));
        }
        assertThat(times.atZone(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(),
            t.getSecond())).as("%s in %s", t, zone).isEqualTo(t.atZone(zone).toInstant());
        LocalDate d = t.toLocalDate();
        assertThat(times.atStartOfDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth())).as("%s in %s", d, zone)
            .isEqualTo(d.atStartOfDay(zone).toInstant());
      }
    });
  }

  @Test
  void everySecondAroundAGapAndAnOverlap() {
    ZoneId ny = ZoneId.of("America/New_York");
    LocalTimes times = new LocalTimes(ny);
    for (LocalDateTime start : List.of(LocalDateTime.of(2024, 3, 10, 1, 0), LocalDateTime.of(2024, 11, 3, 0, 30))) {
      for (int s = 0; s < 3 * 3600; s += 7) {
        LocalDateTime t = start.plusSeconds(s);
        assertThat(times.atZone(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(),
            t.getSecond())).as("%s", t).isEqualTo(t.atZone(ny).toInstant());
      }
    }
  }
}
