package io.revops.examples.healthcheck;

import io.revops.core.history.PlausibleRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a quick look at the events found ({@link HealthSource#scanEvents()}): the span of time they make
 * plausible (whose latest event is the default "as of"), whether each lead's events are on consecutive rows,
 * and the number of rows.
 *
 * @param range the plausible range of the event timestamps read ({@link PlausibleRange}); a timestamp far outside
 *     the data's own span (an event at {@code +100000-01-01}) is outside it and does not move its latest event
 * @param grouped whether every lead's rows were consecutive (false if unsure)
 * @param rows the number of non-blank rows
 */
record EventScan(PlausibleRange range, boolean grouped, long rows) {
  static Builder builder() {
    return new Builder();
  }

  /** The latest plausible event timestamp seen, if any. */
  Optional<Instant> latest() {
    return range.latest();
  }

  /** Collects a scan row by row. Not thread-safe. */
  static final class Builder {
    private static final int HEAD = 19; // yyyy-MM-ddTHH:mm:ss
    private final LeadIdSet finished = new LeadIdSet();
    private final PlausibleRange.Builder parsed = PlausibleRange.builder();
    /** The rows of each UTC day whose text is plain, with the latest of them. */
    private final Map<Long, Day> days = new HashMap<>();
    private String current;
    private boolean grouped = true;
    private long rows;

    /** The rows of one day read as text: their number, the latest instant and the first 19 characters of it. */
    private static final class Day {
      long rows;
      Instant latest;
      String latestHead = "";
    }

    /** A row of lead {@code id} at {@code at}. */
    void add(String id, Instant at) {
      row(id);
      parsed.add(at);
    }

    /**
     * A row of lead {@code id} at the ISO-8601 text {@code at}. A plain UTC timestamp
     * ({@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}) is counted under its day read from its first ten characters and
     * parsed only when its first 19 characters are not before the latest of that day seen, so most rows cost a
     * string comparison; any other text is parsed.
     */
    void add(String id, String at) {
      row(id);
      long day = plainUtcDay(at);
      if (day == Long.MIN_VALUE) {
        try {
          parsed.add(Instant.parse(at));
        } catch (DateTimeParseException e) {
          // a bad timestamp is the reader's to report; the scan leaves it out
        }
        return;
      }
      Day d = days.computeIfAbsent(day, k -> new Day());
      String head = at.substring(0, HEAD);
      if (head.compareTo(d.latestHead) >= 0) {
        try {
          Instant i = Instant.parse(at);
          if (d.latest == null || i.isAfter(d.latest)) {
            d.latest = i;
            d.latestHead = head;
          }
        } catch (DateTimeParseException e) {
          return; // the reader reports it
        }
      }
      d.rows++;
    }

    /**
     * The epoch day of a plain UTC timestamp's first ten characters, or {@link Long#MIN_VALUE} when the text is
     * not of the form {@code yyyy-MM-ddTHH:mm:ss…Z} with a valid date (then it is parsed in full).
     */
    private static long plainUtcDay(String at) {
      if (at.length() < HEAD + 1 || at.charAt(at.length() - 1) != 'Z' || at.charAt(4) != '-' || at.charAt(7) != '-'
          || at.charAt(10) != 'T') {
        return Long.MIN_VALUE;
      }
      int year = digits(at, 0, 4);
      int month = digits(at, 5, 2);
      int day = digits(at, 8, 2);
      if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
        return Long.MIN_VALUE;
      }
      try {
        return LocalDate.of(year, month, day).toEpochDay();
      } catch (java.time.DateTimeException e) {
        return Long.MIN_VALUE;
      }
    }

    private static int digits(String s, int from, int count) {
      int v = 0;
      for (int i = from; i < from + count; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        v = v * 10 + (c - '0');
      }
      return v;
    }

    /** A row whose lead id the scan could not read. */
    void unreadable() {
      rows++;
      grouped = false;
    }

    private void row(String id) {
      rows++;
      if (!id.equals(current)) {
        if (current != null) {
          finished.add(current);
        }
        if (finished.contains(id)) {
          grouped = false;
        }
        current = id;
      }
    }

    EventScan result() {
      for (Day d : days.values()) {
        if (d.latest != null) {
          parsed.addDay(d.latest, d.rows);
        }
      }
      return new EventScan(parsed.build(), grouped, rows);
    }
  }
}
