package io.revops.examples.healthcheck;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * What the input lacks, said once: each kind of record or event a section needs and the data does not have,
 * why, and which figures it leaves out — so that a CRM export of deals only (no spend, no MRR, no MQL stage, no
 * activities) reads as one note rather than as "n/a" lines scattered through the report.
 *
 * <p>This class is immutable and thread-safe.
 */
final class MissingData {
  /** A kind of data a section needs. */
  enum Kind {
    SPEND("spend"), MRR("MRR"), MQL_STAGE("MQL stage"), SQL_STAGE("SQL stage"), CONTACTS("contact attempts"),
    CLOSED_DEALS("won or lost deals");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** How the report names it, e.g. {@code "MQL stage"}. */
    String label() {
      return label;
    }
  }

  /** One missing kind of data: why it is missing and which figures it leaves out. */
  record Item(Kind kind, String why, String leavesOut) {
    /** Validates. */
    Item {
      requireNonNull(kind, "kind");
      requireNonNull(why, "why");
      requireNonNull(leavesOut, "leavesOut");
    }

    /** The kind's label. */
    String what() {
      return kind.label();
    }

    @Override
    public String toString() {
      return what() + ": " + why + " — " + leavesOut;
    }
  }

  private final List<Item> items;

  private MissingData(List<Item> items) {
    this.items = List.copyOf(items);
  }

  /** What the data of {@code deals} (and the spend and MRR flags) lacks. */
  static MissingData of(boolean hasSpend, boolean hasMrr, long leads, DealTally deals) {
    List<Item> items = new ArrayList<>();
    if (!hasSpend) {
      items.add(new Item(Kind.SPEND, "no spend records in the input (spend.jsonl, or spend.csv beside a CRM export)",
          "no CAC, no LTV:CAC, no cost per lead in the lever analysis"));
    }
    if (!hasMrr) {
      items.add(new Item(Kind.MRR, "no MRR records in the input (mrr.jsonl, or mrr.csv beside a CRM export)",
          "no ARPA, churn, LTV, NRR, GRR or MRR movements; the bowtie's retention and expansion are 0"));
    }
    if (leads > 0 && deals.withMql() == 0) {
      items.add(new Item(Kind.MQL_STAGE, "no lead reached MQL (no became_mql event: the export has no MQL stage, or its"
          + " profile maps none)", "no Lead→MQL or MQL→SQL rate; the SLA and speed to lead (both start at the MQL)"
          + " are empty; no lever analysis"));
    }
    if (leads > 0 && deals.withSql() == 0) {
      items.add(new Item(Kind.SQL_STAGE, "no lead reached SQL (no accepted_as_sql event)",
          "no MQL→SQL or SQL→Customer rate; no lever analysis"));
    }
    if (leads > 0 && deals.withContact() == 0) {
      items.add(new Item(Kind.CONTACTS, "no contact attempt or connection recorded (no activities in the"
          + " export)", "the sales cycle runs from the lead's creation instead of first contact; the SLA's"
          + " first-contact and attempts obligations cannot be met"));
    }
    if (leads > 0 && deals.closed() == 0) {
      items.add(new Item(Kind.CLOSED_DEALS, "no deal was won or lost", "no win rate, sales cycle or average"
          + " deal"));
    }
    return new MissingData(items);
  }

  /** The missing kinds of data, in the order the report needs them. */
  List<Item> items() {
    return items;
  }

  /** Whether {@code kind} is missing. */
  boolean lacks(Kind kind) {
    return items.stream().anyMatch(i -> i.kind() == kind);
  }

  /** Whether nothing is missing. */
  boolean isEmpty() {
    return items.isEmpty();
  }

  @Override
  public String toString() {
    return items.toString();
  }
}
