package io.revops.examples.healthcheck;

import io.revops.core.history.PlausibleRange;
import java.nio.charset.StandardCharsets;
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
    /** The bytes of {@link #current} when the last row came as bytes ({@code currentLength} of them), else -1. */
    private byte[] currentBytes = new byte[32];
    private int currentLength = -1;
    /** The epoch day of the last plain timestamp and its rows (the rows of a lead fall on few days). */
    private long lastDay = Long.MIN_VALUE;
    private Day lastDayRows;
    /** The last plain date read, as yyyyMMdd, and its epoch day. */
    private int lastDate = -1;
    private long lastEpochDay;
    private boolean grouped = true;
    private long rows;

    /** The rows of one day read as text: their number, the latest instant and the first 19 characters of it. */
    private static final class Day {
      long rows;
      Instant latest;
      byte[] latestHead = new byte[0];
    }

    /** A row of lead {@code id} at {@code at}. */
    void add(String id, Instant at) {
      row(id);
      parsed.add(at);
    }

    /**
     * A row of lead {@code id} at the ISO-8601 text {@code at}: as {@link #add(byte[], int, int, int, int)} has
     * it when {@code at} is ASCII; any other text is parsed.
     */
    void add(String id, String at) {
      row(id);
      for (int i = 0; i < at.length(); i++) {
        if (at.charAt(i) >= 0x80) {
          parse(at);
          return;
        }
      }
      byte[] bytes = at.getBytes(StandardCharsets.ISO_8859_1);
      at(bytes, 0, bytes.length);
    }

    /**
     * A row whose lead id is the ASCII text {@code b[idFrom, idTo)} and whose timestamp the ASCII text
     * {@code b[atFrom, atTo)}. The id becomes a string only when it differs from the previous row's. A plain UTC
     * timestamp ({@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}) is counted under its day read from its first ten
     * characters and parsed only when its first 19 characters are not before the latest of that day seen, so most
     * rows cost a comparison of bytes; any other text is parsed.
     */
    void add(byte[] b, int idFrom, int idTo, int atFrom, int atTo) {
      int n = idTo - idFrom;
      if (n == currentLength && java.util.Arrays.equals(b, idFrom, idTo, currentBytes, 0, n)) {
        rows++;
      } else {
        row(new String(b, idFrom, n, StandardCharsets.ISO_8859_1));
        if (currentBytes.length < n) {
          currentBytes = new byte[Math.max(n, 2 * currentBytes.length)];
        }
        System.arraycopy(b, idFrom, currentBytes, 0, n);
        currentLength = n;
      }
      at(b, atFrom, atTo);
    }

    /** The timestamp of a row: the ASCII text {@code b[from, to)}. */
    private void at(byte[] b, int from, int to) {
      long day = plainUtcDay(b, from, to);
      if (day == Long.MIN_VALUE) {
        parse(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
        return;
      }
      Day d = day == lastDay ? lastDayRows : days.computeIfAbsent(day, k -> new Day());
      lastDay = day;
      lastDayRows = d;
      if (java.util.Arrays.compare(b, from, from + HEAD, d.latestHead, 0, d.latestHead.length) >= 0) {
        try {
          Instant i = Instant.parse(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
          if (d.latest == null || i.isAfter(d.latest)) {
            d.latest = i;
            d.latestHead = java.util.Arrays.copyOfRange(b, from, from + HEAD);
          }
        } catch (DateTimeParseException e) {
          return; // the reader reports it
        }
      }
      d.rows++;
    }

    /** A timestamp that is not plain UTC text, parsed in full. */
    private void parse(String at) {
      try {
        parsed.add(Instant.parse(at));
      } catch (DateTimeParseException e) {
        // a bad timestamp is the reader's to report; the scan leaves it out
      }
    }

    /**
     * The epoch day of a plain UTC timestamp's first ten characters, or {@link Long#MIN_VALUE} when the ASCII
     * text {@code b[from, to)} is not of the form {@code yyyy-MM-ddTHH:mm:ss…Z} with a valid date (then it is
     * parsed in full). The date of the previous call is remembered: rows of one day cost no date arithmetic.
     */
    private long plainUtcDay(byte[] b, int from, int to) {
      if (to - from < HEAD + 1 || b[to - 1] != 'Z' || b[from + 4] != '-' || b[from + 7] != '-'
          || b[from + 10] != 'T') {
        return Long.MIN_VALUE;
      }
      int year = digits(b, from, 4);
      int month = digits(b, from + 5, 2);
      int day = digits(b, from + 8, 2);
      if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
        return Long.MIN_VALUE;
      }
      int date = (year * 100 + month) * 100 + day;
      if (date != lastDate) {
        try {
          lastEpochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (java.time.DateTimeException e) {
          return Long.MIN_VALUE;
        }
        lastDate = date;
      }
      return lastEpochDay;
    }

    private static int digits(byte[] b, int from, int count) {
      int v = 0;
      for (int i = from; i < from + count; i++) {
        int c = b[i];
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
      currentLength = -1; // the bytes of id are not at hand (a row of bytes sets them after this)
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
