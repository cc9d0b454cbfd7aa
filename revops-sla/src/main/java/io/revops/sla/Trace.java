package io.revops.sla;

import static java.util.Objects.requireNonNull;

import io.revops.core.history.LeadEvent;
import io.revops.sla.calendar.CalendarException;
import io.revops.sla.calendar.WorkingInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a verdict was reached: the evaluation instant, the events used, when the clock started and when the
 * allowance fell due, the allowance and how much of it was used, the working intervals counted, the
 * calendar exceptions that applied on those dates, the calendar and the time-zone database version, and
 * notes (events left out and why). An evaluator built {@link SlaEvaluator#withoutTraces() without traces}
 * keeps only the clock (start, due, allowance, used, basis), the instant, the calendar and the tzdb version: its
 * lists of events, working intervals, calendar exceptions and notes are empty.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Trace {
  private final Instant asOf;
  private final List<LeadEvent> events;
  private final Instant clockStart;
  private final Instant due;
  private final Duration allowance;
  private final Duration used;
  private final TimeBasis basis;
  private final List<WorkingInterval> workingIntervals;
  private final List<CalendarException> calendarExceptions;
  private final String calendar;
  private final String tzdbVersion;
  private final List<String> notes;

  private Trace(Builder b) {
    this.asOf = requireNonNull(b.asOf, "asOf");
    this.events = copy(b.events);
    this.clockStart = b.clockStart;
    this.due = b.due;
    this.allowance = b.allowance;
    this.used = b.used;
    this.basis = b.basis;
    this.workingIntervals = copy(b.workingIntervals);
    this.calendarExceptions = copy(b.calendarExceptions);
    this.calendar = requireNonNull(b.calendar, "calendar");
    this.tzdbVersion = requireNonNull(b.tzdbVersion, "tzdbVersion");
    this.notes = copy(b.notes);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /**
   * A builder that records the clock (start, due, allowance, used) and, if {@code detailed}, also the events,
   * working intervals, calendar exceptions and notes; a lean trace keeps those lists empty.
   */
  static Builder builder(Instant asOf, String calendar, String tzdbVersion, boolean detailed) {
    Builder b = new Builder(true, detailed);
    b.asOf = asOf;
    b.calendar = calendar;
    b.tzdbVersion = tzdbVersion;
    return b;
  }

  /** The evaluation instant. */
  public Instant asOf() {
    return asOf;
  }

  /** The events the verdict rests on, in event order. */
  public List<LeadEvent> events() {
    return events;
  }

  /** When the clock started (usually the MQL instant), if a clock applies. */
  public Optional<Instant> clockStart() {
    return Optional.ofNullable(clockStart);
  }

  /** When the allowance is (or was) used up, if one applies. */
  public Optional<Instant> due() {
    return Optional.ofNullable(due);
  }

  /** The allowance, if one applies. */
  public Optional<Duration> allowance() {
    return Optional.ofNullable(allowance);
  }

  /** How much of the allowance was used (up to the fulfilling event, or up to the evaluation instant). */
  public Optional<Duration> used() {
    return Optional.ofNullable(used);
  }

  /** How the allowance is measured, if one applies. */
  public Optional<TimeBasis> basis() {
    return Optional.ofNullable(basis);
  }

  /** The working intervals counted towards {@link #used()} (empty for elapsed time and instant checks). */
  public List<WorkingInterval> workingIntervals() {
    return workingIntervals;
  }

  /** The calendar exceptions on the dates the clock ran. */
  public List<CalendarException> calendarExceptions() {
    return calendarExceptions;
  }

  /** The calendar's description. */
  public String calendar() {
    return calendar;
  }

  /** The time-zone database version the calendar's zone was resolved with. */
  public String tzdbVersion() {
    return tzdbVersion;
  }

  /** Notes: events left out and why, assumptions made. */
  public List<String> notes() {
    return notes;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Trace t && asOf.equals(t.asOf) && events.equals(t.events)
        && Objects.equals(clockStart, t.clockStart) && Objects.equals(due, t.due)
        && Objects.equals(allowance, t.allowance) && Objects.equals(used, t.used) && basis == t.basis
        && workingIntervals.equals(t.workingIntervals) && calendarExceptions.equals(t.calendarExceptions)
        && calendar.equals(t.calendar) && tzdbVersion.equals(t.tzdbVersion) && notes.equals(t.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, events, clockStart, due, allowance, used, basis, workingIntervals,
        calendarExceptions, calendar, tzdbVersion, notes);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("as of ").append(asOf);
    if (clockStart != null) {
      sb.append("; clock from ").append(clockStart);
    }
    if (due != null) {
      sb.append(", due ").append(due);
    }
    if (allowance != null) {
      sb.append("; allowance ").append(Durations.format(allowance));
      if (basis != null) {
        sb.append(basis == TimeBasis.WORKING_TIME ? " working" : " elapsed");
      }
    }
    if (used != null) {
      sb.append(", used ").append(Durations.format(used));
    }
    sb.append("; calendar ").append(calendar).append(", tzdb ").append(tzdbVersion);
    for (LeadEvent e : events) {
      sb.append("\n    event ").append(e.id()).append(' ').append(e.kind()).append(" at ").append(e.at());
    }
    for (WorkingInterval w : workingIntervals) {
      sb.append("\n    counted ").append(w);
    }
    for (CalendarException x : calendarExceptions) {
      sb.append("\n    exception ").append(x);
    }
    for (String n : notes) {
      sb.append("\n    note ").append(n);
    }
    return sb.toString();
  }

  /** Collects a trace while an obligation is evaluated. */
  static final class Builder {
    private Instant asOf;
    // the lists are made on first use: most traces have few of them, lean traces none
    private List<LeadEvent> events;
    private Instant clockStart;
    private Instant due;
    private Duration allowance;
    private Duration used;
    private TimeBasis basis;
    private List<WorkingInterval> workingIntervals;
    private List<CalendarException> calendarExceptions;
    private String calendar;
    private String tzdbVersion;
    private List<String> notes;
    private final boolean recording;
    private final boolean detailed;

    private Builder(boolean recording, boolean detailed) {
      this.recording = recording;
      this.detailed = detailed;
    }

    /**
     * A builder for judging a status when the trace is built later, on first read: it records only the clock's
     * due ({@link #dueOrNull()}), which the verdict keeps eagerly; {@link #build()} is not for it.
     */
    static Builder dueOnly() {
      return new Builder(false, false);
    }

    /** The due the clock recorded, or null if no clock was set (or this builder records nothing). */
    Instant dueOrNull() {
      return due;
    }

    /**
     * False for a lean trace or for {@link #dueOnly()}: events, intervals, exceptions and notes are not recorded
     * (callers can skip computing them).
     */
    boolean detailed() {
      return detailed;
    }

    Builder event(LeadEvent e) {
      if (!detailed || e == null) {
        return this;
      }
      if (events == null) {
        events = new ArrayList<>(4);
      }
      if (events.isEmpty() || LeadEvent.ORDER.compare(events.get(events.size() - 1), e) < 0) {
        events.add(e); // the usual case, events arrive in order: no search, no sort
      } else if (!events.contains(e)) {
        events.add(e);
        events.sort(LeadEvent.ORDER);
      }
      return this;
    }

    Builder events(Iterable<? extends LeadEvent> es) {
      if (detailed) {
        es.forEach(this::event);
      }
      return this;
    }

    Builder clock(Instant start, Instant due, Duration allowance, TimeBasis basis) {
      this.due = due; // kept in both modes: the verdict's eager due
      if (recording) {
        this.clockStart = start;
        this.allowance = allowance;
        this.basis = basis;
      }
      return this;
    }

    Builder used(Duration used) {
      if (recording) {
        this.used = used;
      }
      return this;
    }

    Builder intervals(List<WorkingInterval> intervals) {
      if (detailed) {
        workingIntervals = new ArrayList<>(intervals);
      }
      return this;
    }

    Builder exceptions(List<CalendarException> exceptions) {
      if (detailed) {
        calendarExceptions = new ArrayList<>(exceptions);
      }
      return this;
    }

    Builder note(String note) {
      if (detailed) {
        if (notes == null) {
          notes = new ArrayList<>(2);
        }
        notes.add(note);
      }
      return this;
    }

    Trace build() {
      if (!recording) {
        throw new IllegalStateException("a builder that records nothing cannot build a trace");
      }
      return new Trace(this);
    }
  }
}
