package io.revops.io.crm;

import static java.util.Objects.requireNonNull;

import io.revops.core.history.LeadEvent;
import io.revops.core.lead.Lead;
import io.revops.metrics.acquisition.Spend;
import io.revops.metrics.revenue.RevenueRecord;
import java.util.List;

/** One record read from a CRM export: a lead with its events, one more event, a spend or an MRR record. */
public sealed interface CrmRecord {
  /**
   * A lead and the events its row stands for (its creation first).
   *
   * @param lead the lead
   * @param events its creation event and the events of its stage and date columns
   */
  record LeadRow(Lead lead, List<LeadEvent> events) implements CrmRecord {
    /** Validates and copies. */
    public LeadRow {
      requireNonNull(lead, "lead");
      events = List.copyOf(events);
    }
  }

  /**
   * Events of a lead read before, from an activities or opportunities row.
   *
   * @param events the events (not empty)
   */
  record EventRow(List<LeadEvent> events) implements CrmRecord {
    /** Validates and copies. */
    public EventRow {
      events = List.copyOf(events);
      if (events.isEmpty()) {
        throw new IllegalArgumentException("events must not be empty");
      }
    }
  }

  /**
   * A month of acquisition spend.
   *
   * @param spend the spend
   */
  record SpendRow(Spend spend) implements CrmRecord {
    /** Validates. */
    public SpendRow {
      requireNonNull(spend, "spend");
    }
  }

  /**
   * A customer's MRR in one month.
   *
   * @param revenue the record
   */
  record MrrRow(RevenueRecord revenue) implements CrmRecord {
    /** Validates. */
    public MrrRow {
      requireNonNull(revenue, "revenue");
    }
  }
}
