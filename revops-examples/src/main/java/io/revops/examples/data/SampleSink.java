package io.revops.examples.data;

import io.revops.core.history.LeadEvent;
import io.revops.core.lead.Lead;
import java.util.List;

/**
 * Receives generated data as it is produced. Calls arrive lead by lead: a lead's data and all its events,
 * then (if it became a customer) its MRR records and its one-off orders; spend arrives month by month.
 */
public interface SampleSink {
  /** One lead's data and its events (in generation order, which may include injected anomalies). */
  void lead(Lead lead, List<LeadEvent> events);

  /** One month's spend on one channel. */
  void spend(SpendRecord spend);

  /** One customer-month of recurring revenue. */
  void mrr(MrrRecord mrr);

  /**
   * One one-off order of a customer. The default ignores it: a sink that feeds the health check, which reads no
   * orders, need not keep them.
   */
  default void order(OrderRecord order) {}
}
