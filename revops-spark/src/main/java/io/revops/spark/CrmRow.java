package io.revops.spark;

import java.io.Serializable;

/**
 * One record of a CRM export as a Spark row: exactly one of its parts is set, {@link #getKind()} says which
 * ({@code event}, {@code lead}, {@code mrr}, {@code spend} or {@code finding}). The rows {@link CrmDatasets}
 * reads before splitting them by kind; a JavaBean, as Spark's bean encoder requires.
 */
public final class CrmRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String kind;
  private EventRow event;
  private LeadJsonRow lead;
  private MrrRow mrr;
  private SpendRow spend;
  private FindingRow finding;

  /** An empty row (for Spark's encoder). */
  public CrmRow() {}

  /** The kinds, as {@link #getKind()} names them: the one place {@link CrmDatasets} takes them from. */
  static final String EVENT = "event";
  static final String LEAD = "lead";
  static final String MRR = "mrr";
  static final String SPEND = "spend";
  static final String FINDING = "finding";

  private CrmRow(String kind) {
    this.kind = kind;
  }

  static CrmRow of(EventRow event) {
    CrmRow r = new CrmRow(EVENT);
    r.event = event;
    return r;
  }

  static CrmRow of(LeadJsonRow lead) {
    CrmRow r = new CrmRow(LEAD);
    r.lead = lead;
    return r;
  }

  static CrmRow of(MrrRow mrr) {
    CrmRow r = new CrmRow(MRR);
    r.mrr = mrr;
    return r;
  }

  static CrmRow of(SpendRow spend) {
    CrmRow r = new CrmRow(SPEND);
    r.spend = spend;
    return r;
  }

  static CrmRow of(FindingRow finding) {
    CrmRow r = new CrmRow(FINDING);
    r.finding = finding;
    return r;
  }

  /** Which part is set: {@code event}, {@code lead}, {@code mrr}, {@code spend} or {@code finding}. */
  public String getKind() {
    return kind;
  }

  /** Sets the kind. */
  public void setKind(String kind) {
    this.kind = kind;
  }

  /** The event, when the kind is {@code event}. */
  public EventRow getEvent() {
    return event;
  }

  /** Sets the event. */
  public void setEvent(EventRow event) {
    this.event = event;
  }

  /** The lead's profile, when the kind is {@code lead}. */
  public LeadJsonRow getLead() {
    return lead;
  }

  /** Sets the lead. */
  public void setLead(LeadJsonRow lead) {
    this.lead = lead;
  }

  /** The MRR record, when the kind is {@code mrr}. */
  public MrrRow getMrr() {
    return mrr;
  }

  /** Sets the MRR record. */
  public void setMrr(MrrRow mrr) {
    this.mrr = mrr;
  }

  /** The spend, when the kind is {@code spend}. */
  public SpendRow getSpend() {
    return spend;
  }

  /** Sets the spend. */
  public void setSpend(SpendRow spend) {
    this.spend = spend;
  }

  /** The finding, when the kind is {@code finding}. */
  public FindingRow getFinding() {
    return finding;
  }

  /** Sets the finding. */
  public void setFinding(FindingRow finding) {
    this.finding = finding;
  }

  @Override
  public String toString() {
    return "CrmRow[" + kind + " " + (event != null ? event : lead != null ? lead : mrr != null ? mrr
        : spend != null ? spend : finding) + "]";
  }
}
