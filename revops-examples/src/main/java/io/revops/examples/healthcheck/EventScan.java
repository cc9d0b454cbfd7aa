package io.revops.examples.healthcheck;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What a quick look at the events found ({@link HealthSource#scanEvents()}): the latest timestamp, whether
 * each lead's events are on consecutive rows, and the number of rows.
 *
 * @param latest the latest event timestamp seen, if any
 * @param grouped whether every lead's rows were consecutive (false if unsure)
 * @param rows the number of non-blank rows
 */
record EventScan(Optional<Instant> latest, boolean grouped, long rows) {
  static Builder builder() {
    return new Builder();
  }

  /** Collects a scan row by row. Not thread-safe. */
  static final class Builder {
    private final LeadIdSet finished = new LeadIdSet();
    private String current;
    private boolean grouped = true;
    private long rows;
    private Instant latest;
    private String latestText = "";

    /** A row of lead {@code id} at {@code at}. */
    void add(String id, Instant at) {
      row(id);
      if (latest == null || at.isAfter(latest)) {
        latest = at;
      }
    }

    /**
     * A row of lead {@code id} at the ISO-8601 text {@code at}: a UTC timestamp is parsed only when its first
     * 19 characters (up to the seconds) are not before the latest seen, so most rows cost a string comparison.
     */
    void add(String id, String at) {
      row(id);
      String head = at.length() >= 19 ? at.substring(0, 19) : at;
      if (at.endsWith("Z") && head.compareTo(latestText) < 0) {
        return;
      }
      try {
        Instant i = Instant.parse(at);
        if (latest == null || i.isAfter(latest)) {
          latest = i;
          latestText = head;
        }
      } catch (DateTimeParseException e) {
        // a bad timestamp is the reader's to report; the scan leaves it out
      }
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
      return new EventScan(Optional.ofNullable(latest), grouped, rows);
    }
  }
}
