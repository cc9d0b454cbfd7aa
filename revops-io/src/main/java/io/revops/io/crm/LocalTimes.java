package io.revops.io.crm;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Local date-times of one zone as instants, exactly as {@link LocalDateTime#atZone} and
 * {@link LocalDate#atStartOfDay(ZoneId)} make them, with the zone's rules asked once per stretch of local time
 * between two of its transitions rather than once per value: the last stretch in which every local time has one
 * valid offset is kept, and a local time inside it is that offset away from its instant. A local time in a gap or
 * an overlap (or outside the stretch) goes through {@code atZone} as before.
 *
 * <p>Cost: a comparison and a subtraction per value inside the stretch; a look-up of the rules (the offsets valid
 * at the value, the transitions around it) when a value leaves it. A zone without transitions since a date (such
 * as Europe/Moscow since 2014) is one stretch from then on.
 *
 * <p>This class is mutable and not thread-safe: one file's rows.
 */
final class LocalTimes {
  private final ZoneId zone;
  private final ZoneRules rules;
  /** The stretch of local epoch seconds [from, until) in which {@link #offset} is the only valid offset. */
  private long from = 1;
  private long until = 0;
  private int offset;

  LocalTimes(ZoneId zone) {
    this.zone = requireNonNull(zone, "zone");
    this.rules = zone.getRules();
  }

  /** The zone. */
  ZoneId zone() {
    return zone;
  }

  /** {@code LocalDateTime.of(date, time).atZone(zone).toInstant()}, for a valid date and time. */
  Instant atZone(int year, int month, int day, int hour, int minute, int second) {
    long local = LocalDate.of(year, month, day).toEpochDay() * 86_400 + hour * 3_600L + minute * 60L + second;
    if (local >= from && local < until || learn(local)) {
      return Instant.ofEpochSecond(local - offset);
    }
    return LocalDateTime.of(year, month, day, hour, minute, second).atZone(zone).toInstant();
  }

  /** {@code LocalDate.of(year, month, day).atStartOfDay(zone).toInstant()}, for a valid date. */
  Instant atStartOfDay(int year, int month, int day) {
    LocalDate date = LocalDate.of(year, month, day);
    long local = date.toEpochDay() * 86_400;
    if (local >= from && local < until || learn(local)) {
      return Instant.ofEpochSecond(local - offset);
    }
    return date.atStartOfDay(zone).toInstant();
  }

  /**
   * Finds the stretch around {@code local} (local epoch seconds) in which one offset is valid; false (nothing
   * kept) when {@code local} is in a gap or an overlap.
   */
  private boolean learn(long local) {
    List<ZoneOffset> valid = rules.getValidOffsets(LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC));
    if (valid.size() != 1) {
      return false;
    }
    ZoneOffset o = valid.get(0);
    int seconds = o.getTotalSeconds();
    Instant at = Instant.ofEpochSecond(local - seconds);
    ZoneOffsetTransition before = rules.previousTransition(at.plusSeconds(1)); // at or before the instant
    ZoneOffsetTransition after = rules.nextTransition(at); // after the instant
    long start = before == null ? Long.MIN_VALUE
        : before.toEpochSecond() + Math.max(before.getOffsetBefore().getTotalSeconds(), seconds);
    long end = after == null ? Long.MAX_VALUE
        : after.toEpochSecond() + Math.min(after.getOffsetAfter().getTotalSeconds(), seconds);
    if (local < start || local >= end) {
      return false;
    }
    from = start;
    until = end;
    offset = seconds;
    return true;
  }
}
