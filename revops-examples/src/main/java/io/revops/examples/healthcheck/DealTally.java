package io.revops.examples.healthcheck;

import static java.util.Objects.requireNonNull;

import io.revops.core.history.EventKind;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.money.Amounts;
import io.revops.metrics.cycle.CycleStart;
import io.revops.metrics.cycle.LostDeals;
import io.revops.metrics.cycle.OpenDeals;
import io.revops.metrics.cycle.SalesCycleAccumulator;
import io.revops.metrics.cycle.SalesCycleReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import javax.money.MonetaryAmount;

/**
 * The one definition of a won deal every section of the report uses, and the volumes the lever analysis
 * observes, tallied one lead at a time.
 *
 * <p><b>A won deal (a customer)</b> is a lead whose history, cut at the "as of" instant, has a {@code won}
 * event; it is won in the period if that first win falls in the report's period. The funnel's and the bowtie's
 * customers are every won deal; CAC's new customers the deals won in the period; the win rate's wins the deals
 * won in the period whose history is sound; the sales cycle measures the sound won deals with a start event.
 * So {@code customers = cycle's won deals + won deals left out of it (anomalies, no start)}, and
 * {@code new customers in the period = win-rate wins + won in the period with anomalies}: what each section
 * leaves out is counted, never lost.
 *
 * <p><b>The sales cycle's start</b>: first contact (the handbook's) when the data records any contact attempt
 * or connection; otherwise — a CRM export of deals only — the lead's creation, since no deal could otherwise
 * be measured. Both cycles are gathered until the first contact event is seen; after it, only the first-contact
 * one, so the memory of the second is bounded by the leads before it. The choice depends on the data only, not
 * on the order it is read in.
 *
 * <p>Cost: a few comparisons and counter updates per lead, plus the cycle observations.
 *
 * <p>Instances are mutable and not thread-safe.
 */
final class DealTally {
  private final Instant periodStart;
  private final Instant asOf;
  private final ZoneId zone;
  private final SalesCycleAccumulator fromContact;
  private SalesCycleAccumulator fromCreation;
  private final Map<YearMonth, Long> leadsByMonth = new TreeMap<>();
  private long paidLeadsInPeriod;
  private long won;
  private long wonUnsound;
  private long wonInPeriod;
  private long wonInPeriodUnsound;
  private long withContact;
  private long withMql;
  private long withSql;
  private long closed;
  private BigDecimal periodDealTotal = BigDecimal.ZERO;

  DealTally(Instant periodStart, Instant asOf, ZoneId zone) {
    this.periodStart = requireNonNull(periodStart, "periodStart");
    this.asOf = requireNonNull(asOf, "asOf");
    this.zone = requireNonNull(zone, "zone");
    this.fromContact = SalesCycleAccumulator.of(asOf);
    this.fromCreation = SalesCycleAccumulator.of(asOf, CycleStart.CREATION, OpenDeals.EXCLUDED, LostDeals.EXCLUDED);
  }

  /**
   * Adds one lead's history, already cut at the "as of" instant; {@code paid} if its source is a paid channel;
   * {@code wonAmount} its first win's amount in the reporting currency, if won.
   */
  void add(LeadEventHistory h, boolean paid, java.util.Optional<MonetaryAmount> wonAmount) {
    boolean contact = false;
    // a loop, not a stream: this runs for every lead
    for (LeadEvent e : h.events()) {
      if (e.kind() == EventKind.CONTACT_ATTEMPT || e.kind() == EventKind.CONNECTED) {
        contact = true;
        break;
      }
    }
    boolean closing = h.closing().isPresent();
    if (contact) {
      withContact++;
      fromCreation = null;
    }
    fromContact.add(h);
    if (fromCreation != null) {
      fromCreation.add(h);
    }
    var stages = h.stagesReached();
    if (stages.contains(io.revops.core.funnel.LifecycleStage.MQL)) {
      withMql++;
    }
    if (stages.contains(io.revops.core.funnel.LifecycleStage.SQL)) {
      withSql++;
    }
    if (closing) {
      closed++;
    }
    h.created().ifPresent(c -> {
      if (inPeriod(c.at())) {
        leadsByMonth.merge(YearMonth.from(c.at().atZone(zone)), 1L, Long::sum);
        if (paid) {
          paidLeadsInPeriod++;
        }
      }
    });
    if (!closing) {
      return; // not won either
    }
    h.won().ifPresent(w -> {
      won++;
      boolean sound = h.isSound();
      if (!sound) {
        wonUnsound++;
      }
      if (inPeriod(w.at())) {
        wonInPeriod++;
        if (!sound) {
          wonInPeriodUnsound++;
        }
        wonAmount.ifPresent(a -> periodDealTotal = periodDealTotal.add(Amounts.toBigDecimal(a)));
      }
    });
  }

  private boolean inPeriod(Instant at) {
    return !at.isBefore(periodStart) && at.isBefore(asOf);
  }

  /** Every won deal: the funnel's and the bowtie's customers. */
  long won() {
    return won;
  }

  /** Won deals whose history has anomalies (left out of the win rate and the sales cycle). */
  long wonUnsound() {
    return wonUnsound;
  }

  /** Deals won in the period: CAC's new customers. */
  long wonInPeriod() {
    return wonInPeriod;
  }

  /** Deals won in the period with anomalies in their history (left out of the win rate). */
  long wonInPeriodUnsound() {
    return wonInPeriodUnsound;
  }

  /** Leads with a contact attempt or connection. */
  long withContact() {
    return withContact;
  }

  /** Leads that reached MQL. */
  long withMql() {
    return withMql;
  }

  /** Leads that reached SQL. */
  long withSql() {
    return withSql;
  }

  /** Leads won or lost. */
  long closed() {
    return closed;
  }

  /** Leads created in the period, by month (months with none are absent). */
  Map<YearMonth, Long> leadsByMonth() {
    return java.util.Collections.unmodifiableMap(leadsByMonth);
  }

  /** Leads created in the period from a paid channel. */
  long paidLeadsInPeriod() {
    return paidLeadsInPeriod;
  }

  /** The amounts of the deals won in the period, in the reporting currency. */
  BigDecimal periodDealTotal() {
    return periodDealTotal;
  }

  /** The sales cycle's start: first contact if any lead had a contact event, else creation. */
  CycleStart cycleStart() {
    return withContact > 0 || fromCreation == null ? CycleStart.FIRST_CONTACT : CycleStart.CREATION;
  }

  /** The sales cycle from {@link #cycleStart()}. */
  SalesCycleReport cycle() {
    return cycleStart() == CycleStart.FIRST_CONTACT ? fromContact.result() : fromCreation.result();
  }
}
