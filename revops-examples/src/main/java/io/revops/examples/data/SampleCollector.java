package io.revops.examples.data;

import io.revops.core.history.LeadEvent;
import io.revops.core.lead.Lead;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A {@link SampleSink} that keeps everything in memory, in the order it arrives — for small samples, tests
 * and notebooks. Large data sets should stream to a {@code JsonlWriter} instead.
 *
 * <p>Instances are mutable and not thread-safe; the lists they return are read-only views.
 */
public final class SampleCollector implements SampleSink {
  private final List<Lead> leads = new ArrayList<>();
  private final List<List<LeadEvent>> eventsByLead = new ArrayList<>();
  private final List<LeadEvent> events = new ArrayList<>();
  private final List<SpendRecord> spend = new ArrayList<>();
  private final List<MrrRecord> mrr = new ArrayList<>();
  private final List<OrderRecord> orders = new ArrayList<>();

  /** Collects what {@code generator} generates. */
  public static SampleCollector collect(SampleDataGenerator generator) {
    SampleCollector c = new SampleCollector();
    generator.generate(c);
    return c;
  }

  @Override
  public void lead(Lead lead, List<LeadEvent> leadEvents) {
    leads.add(lead);
    eventsByLead.add(List.copyOf(leadEvents));
    events.addAll(leadEvents);
  }

  @Override
  public void spend(SpendRecord s) {
    spend.add(s);
  }

  @Override
  public void mrr(MrrRecord m) {
    mrr.add(m);
  }

  @Override
  public void order(OrderRecord o) {
    orders.add(o);
  }

  /** The leads, in generation order. */
  public List<Lead> leads() {
    return Collections.unmodifiableList(leads);
  }

  /** Each lead's events, in the order of {@link #leads()}. */
  public List<List<LeadEvent>> eventsByLead() {
    return Collections.unmodifiableList(eventsByLead);
  }

  /** All events, lead after lead. */
  public List<LeadEvent> events() {
    return Collections.unmodifiableList(events);
  }

  /** The spend records. */
  public List<SpendRecord> spend() {
    return Collections.unmodifiableList(spend);
  }

  /** The MRR records. */
  public List<MrrRecord> mrr() {
    return Collections.unmodifiableList(mrr);
  }

  /** The one-off orders. */
  public List<OrderRecord> orders() {
    return Collections.unmodifiableList(orders);
  }

  /** The number of leads, events, spend and MRR records collected (the rows the health check reads; orders not counted). */
  public long rows() {
    return (long) leads.size() + events.size() + spend.size() + mrr.size();
  }
}
