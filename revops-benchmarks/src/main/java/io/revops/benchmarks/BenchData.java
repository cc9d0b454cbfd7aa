package io.revops.benchmarks;

import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.Lead;
import io.revops.examples.data.MrrRecord;
import io.revops.examples.data.SampleConfig;
import io.revops.examples.data.SampleDataGenerator;
import io.revops.examples.data.SampleSink;
import io.revops.examples.data.SpendRecord;
import io.revops.metrics.revenue.RevenueLedger;
import io.revops.sla.SlaInput;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One generated data set in revops' in-memory form: a {@link LeadEventHistory} and the {@link Lead} of every
 * lead, the {@link SlaInput}s built from them, and the MRR ledger. Building it (generation, ordering,
 * de-duplication) is loading and is never timed.
 */
public final class BenchData {
  /** The zone of the sample company: weeks and months are read in it. */
  public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  private final long requestedEvents;
  private final List<LeadEventHistory> histories;
  private final List<Lead> leads;
  private final List<SlaInput> inputs;
  private final List<SlaInput> inputsWithoutLeadData;
  private final List<MrrRecord> mrr;
  private final RevenueLedger ledger;
  private final long events;
  private final Instant asOf;

  private BenchData(long requestedEvents, List<LeadEventHistory> histories, List<Lead> leads, List<MrrRecord> mrr,
      Instant asOf) {
    this.requestedEvents = requestedEvents;
    this.histories = histories;
    this.leads = leads;
    this.mrr = mrr;
    this.asOf = asOf;
    List<SlaInput> in = new ArrayList<>(histories.size());
    List<SlaInput> bare = new ArrayList<>(histories.size());
    long n = 0;
    for (int i = 0; i < histories.size(); i++) {
      in.add(SlaInput.of(histories.get(i), leads.get(i)));
      bare.add(SlaInput.of(histories.get(i)));
      n += histories.get(i).size();
    }
    this.inputs = in;
    this.inputsWithoutLeadData = bare;
    this.events = n;
    RevenueLedger.Builder b = RevenueLedger.builder();
    for (MrrRecord r : mrr) {
      b.add(r.customerId(), r.month(), r.mrr());
    }
    this.ledger = b.result();
  }

  /** Generates about {@code events} lead events (seed 42, 24 months from January 2025, Moscow). */
  public static BenchData generate(long events) {
    SampleDataGenerator g = SampleDataGenerator.of(SampleConfig.forEvents(events));
    int expected = (int) Math.min(Integer.MAX_VALUE - 8, g.config().totalLeads());
    List<LeadEventHistory> histories = new ArrayList<>(expected);
    List<Lead> leads = new ArrayList<>(expected);
    List<MrrRecord> mrr = new ArrayList<>();
    g.generate(new SampleSink() {
      @Override
      public void lead(Lead lead, List<LeadEvent> leadEvents) {
        histories.add(LeadEventHistory.of(lead.id(), leadEvents));
        leads.add(lead);
      }

      @Override
      public void spend(SpendRecord spend) {
        // not used by any workload
      }

      @Override
      public void mrr(MrrRecord record) {
        mrr.add(record);
      }
    });
    return new BenchData(events, histories, leads, mrr, g.end());
  }

  /** The number of events asked for. */
  public long requestedEvents() {
    return requestedEvents;
  }

  /** The histories, one per lead, in generation order. */
  public List<LeadEventHistory> histories() {
    return histories;
  }

  /** The leads' data, aligned with {@link #histories()}. */
  public List<Lead> leads() {
    return leads;
  }

  /** Every lead's SLA input with its lead data. */
  public List<SlaInput> inputs() {
    return inputs;
  }

  /** Every lead's SLA input without lead data (enough for the sales obligations). */
  public List<SlaInput> inputsWithoutLeadData() {
    return inputsWithoutLeadData;
  }

  /** The MRR records as generated. */
  public List<MrrRecord> mrr() {
    return mrr;
  }

  /** The MRR ledger built from {@link #mrr()}. */
  public RevenueLedger ledger() {
    return ledger;
  }

  /** The number of events in the histories (after de-duplication). */
  public long events() {
    return events;
  }

  /** The number of leads. */
  public int leadCount() {
    return histories.size();
  }

  /** The end of the generated period: every event is before it, and every evaluation is as of it. */
  public Instant asOf() {
    return asOf;
  }

  @Override
  public String toString() {
    return "BenchData of " + events + " events, " + histories.size() + " leads, " + mrr.size() + " MRR records";
  }
}
