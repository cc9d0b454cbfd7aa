package io.revops.core.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class TimelineTest {
  static final LocalDate AS_OF = LocalDate.parse("2026-03-01");
  static final Period SIX_MONTHS = Period.ofMonths(6);

  @Test
  void byADate() {
    Timeline t = Timeline.by(LocalDate.parse("2026-09-01"));
    assertThat(t.deadline()).contains(LocalDate.parse("2026-09-01"));
    assertThat(t.period()).isEmpty();
    assertThat(t.statedOn()).isEmpty();
    assertThat(t.isUnknown()).isFalse();
    assertThat(t).hasToString("by 2026-09-01");
  }

  @Test
  void withinAPeriodFromTheDayItWasSaid() {
    Timeline t = Timeline.within(Period.ofMonths(3), LocalDate.parse("2026-01-15"));
    assertThat(t.deadline()).contains(LocalDate.parse("2026-04-15"));
    assertThat(t.period()).contains(Period.ofMonths(3));
    assertThat(t.statedOn()).contains(LocalDate.parse("2026-01-15"));
    assertThat(t).hasToString("within P3M of 2026-01-15");
  }

  @Test
  void unknown() {
    assertThat(Timeline.unknown().isUnknown()).isTrue();
    assertThat(Timeline.unknown().deadline()).isEmpty();
    assertThat(Timeline.unknown()).hasToString("unknown");
  }

  @Test
  void isWithinTheHorizonIncludesTheLastDay() {
    assertThat(Timeline.by(LocalDate.parse("2026-09-01")).isWithin(SIX_MONTHS, AS_OF)).isEqualTo(BantAnswer.YES);
    assertThat(Timeline.by(LocalDate.parse("2026-09-02")).isWithin(SIX_MONTHS, AS_OF)).isEqualTo(BantAnswer.NO);
    assertThat(Timeline.by(LocalDate.parse("2026-03-01")).isWithin(SIX_MONTHS, AS_OF)).isEqualTo(BantAnswer.YES);
  }

  @Test
  void isWithinUsesTheDeadlineOfAPeriod() {
    // stated long ago: 6 months from 2025-12-01 is 2026-06-01, inside 6 months of 2026-03-01
    assertThat(Timeline.within(SIX_MONTHS, LocalDate.parse("2025-12-01")).isWithin(SIX_MONTHS, AS_OF))
        .isEqualTo(BantAnswer.YES);
    // a year from now is beyond six months
    assertThat(Timeline.within(Period.ofYears(1), AS_OF).isWithin(SIX_MONTHS, AS_OF)).isEqualTo(BantAnswer.NO);
  }

  @Test
  void aDeadlineAlreadyPastIsStaleAndUnknown() {
    Timeline past = Timeline.by(LocalDate.parse("2026-02-28"));
    assertThat(past.isStale(AS_OF)).isTrue();
    assertThat(past.isWithin(SIX_MONTHS, AS_OF)).isEqualTo(BantAnswer.UNKNOWN);
    assertThat(Timeline.by(AS_OF).isStale(AS_OF)).isFalse();
    assertThat(Timeline.unknown().isStale(AS_OF)).isFalse();
    assertThat(Timeline.within(SIX_MONTHS, LocalDate.parse("2025-01-01")).isWithin(SIX_MONTHS, AS_OF))
        .isEqualTo(BantAnswer.UNKNOWN);
  }

  @Test
  void isWithinIsUnknownWhenTheTimelineIs() {
    assertThat(Timeline.unknown().isWithin(SIX_MONTHS, AS_OF)).isEqualTo(BantAnswer.UNKNOWN);
  }

  @Test
  void validation() {
    assertThatThrownBy(() -> Timeline.within(Period.ofDays(-1), AS_OF)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period must not be negative: P-1D");
    assertThatThrownBy(() -> Timeline.by(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> Timeline.within(SIX_MONTHS, null)).hasMessage("statedOn");
    assertThatThrownBy(() -> Timeline.unknown().isWithin(null, AS_OF)).hasMessage("horizon");
    assertThatThrownBy(() -> Timeline.unknown().isWithin(SIX_MONTHS, null)).hasMessage("asOf");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Timeline.unknown())
        .addEqualityGroup(Timeline.by(LocalDate.parse("2026-09-01")), Timeline.by(LocalDate.parse("2026-09-01")))
        .addEqualityGroup(Timeline.within(SIX_MONTHS, AS_OF), Timeline.within(Period.ofMonths(6), AS_OF))
        .addEqualityGroup(Timeline.within(SIX_MONTHS, AS_OF.plusDays(1)))
        .testEquals();
  }
}
