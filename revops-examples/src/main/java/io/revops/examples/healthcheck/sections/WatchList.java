package io.revops.examples.healthcheck.sections;

import static java.util.Objects.requireNonNull;

import io.revops.core.lead.LeadId;
import io.revops.sla.LeadVerdicts;
import io.revops.sla.ObligationVerdict;
import io.revops.sla.VerdictStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

/**
 * The breached and at-risk obligations of single leads, the most urgent first, capped: the weekly stand-up's
 * list of leads to act on. Urgency: every at-risk obligation (still savable) before every breached one; at
 * risk, the soonest due first; breached, the latest due first (the freshest breach is the likeliest to be
 * recovered); then lead id and obligation key.
 *
 * <p>Gathered by a {@link Collector} fed every lead's verdicts: it keeps the {@code capacity} most urgent
 * entries in a bounded heap, so memory does not grow with the leads. The totals come from the SLA report
 * (its counts), so {@link #leftOut()} is what the cap dropped.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WatchList {
  /** The most entries kept by the report. */
  public static final int CAPACITY = 200;

  /**
   * One breached or at-risk obligation of a lead.
   *
   * @param leadId the lead
   * @param key the obligation's key
   * @param status {@code BREACHED} or {@code AT_RISK}
   * @param due when the obligation's allowance ran or runs out, if known
   * @param source the lead's source
   * @param rep the lead's rep
   * @param reason the verdict's reason
   */
  public record Entry(LeadId leadId, String key, VerdictStatus status, Optional<Instant> due, String source,
      String rep, String reason) {
    /** Validates the entry. */
    public Entry {
      requireNonNull(leadId, "leadId");
      requireNonNull(key, "key");
      requireNonNull(status, "status");
      if (status != VerdictStatus.BREACHED && status != VerdictStatus.AT_RISK) {
        throw new IllegalArgumentException("status must be BREACHED or AT_RISK: " + status);
      }
      requireNonNull(due, "due");
      requireNonNull(source, "source");
      requireNonNull(rep, "rep");
      requireNonNull(reason, "reason");
    }
  }

  /** The order of urgency, most urgent first (see the class comment). */
  public static final Comparator<Entry> URGENCY = urgency(Entry::status, Entry::due, Entry::leadId, Entry::key);

  /** The order of urgency over anything with a status, a due, a lead and a key: the one rule of the list. */
  private static <T> Comparator<T> urgency(Function<T, VerdictStatus> status, Function<T, Optional<Instant>> due,
      Function<T, LeadId> leadId, Function<T, String> key) {
    Comparator<T> byDue = (a, b) -> status.apply(a) == VerdictStatus.AT_RISK
        // at risk, the sooner due first; breached, the later due first
        ? due.apply(a).orElse(Instant.MAX).compareTo(due.apply(b).orElse(Instant.MAX))
        : due.apply(b).orElse(Instant.MIN).compareTo(due.apply(a).orElse(Instant.MIN));
    return Comparator.comparing((T t) -> status.apply(t) == VerdictStatus.AT_RISK ? 0 : 1)
        .thenComparing(byDue)
        .thenComparing(t -> leadId.apply(t).toString())
        .thenComparing(key);
  }

  /** A breached or at-risk verdict met by a {@link Collector}: its reason is read only if the list keeps it. */
  private record Candidate(LeadId leadId, String source, String rep, ObligationVerdict verdict) {
    static final Comparator<Candidate> URGENCY = urgency(c -> c.verdict.status(), c -> c.verdict.due(),
        Candidate::leadId, c -> c.verdict.key());

    Entry entry() {
      return new Entry(leadId, verdict.key(), verdict.status(), verdict.due(), source, rep, verdict.reason());
    }
  }

  private final List<Entry> entries;
  private final long total;

  private WatchList(List<Entry> entries, long total) {
    this.entries = List.copyOf(entries);
    this.total = total;
  }

  /**
   * The kept {@code entries} (sorted here by urgency) of {@code total} breached and at-risk verdicts.
   *
   * @throws IllegalArgumentException if there are more entries than the total
   */
  public static WatchList of(List<Entry> entries, long total) {
    List<Entry> sorted = new ArrayList<>(requireNonNull(entries, "entries"));
    sorted.sort(URGENCY);
    if (total < sorted.size()) {
      throw new IllegalArgumentException("total must be at least the " + sorted.size() + " entries kept: " + total);
    }
    return new WatchList(sorted, total);
  }

  /** The entries kept, most urgent first. */
  public List<Entry> entries() {
    return entries;
  }

  /** All breached and at-risk verdicts, kept or not. */
  public long total() {
    return total;
  }

  /** The verdicts the cap left out of {@link #entries()}. */
  public long leftOut() {
    return total - entries.size();
  }

  /** A collector keeping the {@code capacity} most urgent entries. */
  public static Collector collector(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    return new Collector(capacity);
  }

  /**
   * Keeps the most urgent breached and at-risk verdicts of the leads added. Cost: a look at each verdict's
   * status, and a heap operation (log of the capacity) per breached or at-risk one; ranking reads each verdict's
   * eager {@link ObligationVerdict#due()}, and only the kept ones are explained (their reason read), in
   * {@link #result(long)}. Until then the kept verdicts hold their leads' data: at most {@code capacity} leads.
   *
   * <p>Mutable and not thread-safe.
   */
  public static final class Collector {
    private final int capacity;
    // the least urgent at the head, so that it is the one dropped
    private final PriorityQueue<Candidate> heap;
    private final Set<String> kept = new HashSet<>();

    private Collector(int capacity) {
      this.capacity = capacity;
      this.heap = new PriorityQueue<>(capacity + 1, Candidate.URGENCY.reversed());
    }

    /** Adds the breached and at-risk verdicts of one lead (a lead met twice is kept once). */
    public void add(LeadVerdicts lead) {
      requireNonNull(lead, "lead");
      if (lead.mqlAt().isEmpty()) {
        return; // not an MQL: every verdict is NOT_APPLICABLE (and made only if read)
      }
      for (ObligationVerdict v : lead.verdicts().values()) {
        VerdictStatus s = v.status();
        if (s != VerdictStatus.BREACHED && s != VerdictStatus.AT_RISK) {
          continue;
        }
        Candidate e = new Candidate(lead.leadId(), lead.source(), lead.rep(), v);
        if (heap.size() == capacity && Candidate.URGENCY.compare(e, heap.peek()) >= 0) {
          continue;
        }
        if (!kept.add(e.leadId() + "\u0000" + v.key())) {
          continue;
        }
        heap.add(e);
        if (heap.size() > capacity) {
          Candidate dropped = heap.poll();
          kept.remove(dropped.leadId() + "\u0000" + dropped.verdict().key());
        }
      }
    }

    /** The list of the entries kept, of {@code total} breached and at-risk verdicts. */
    public WatchList result(long total) {
      List<Entry> entries = new ArrayList<>(heap.size());
      heap.forEach(c -> entries.add(c.entry()));
      return WatchList.of(entries, total);
    }
  }

  @Override
  public String toString() {
    return "WatchList[" + entries.size() + " of " + total + " breached or at-risk verdicts]";
  }
}
