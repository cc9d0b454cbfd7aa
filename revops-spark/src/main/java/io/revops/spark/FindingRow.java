package io.revops.spark;

import io.revops.core.batch.Finding;
import java.io.Serializable;

/**
 * One input row that was rejected, as a Spark row ({@code source, field, value, rule STRING, line BIGINT});
 * {@link #toFinding()} on the driver. Spark's JSON source does not number lines: there the source names the file
 * and, when the row has one, its id ({@code events.jsonl.gz (id L17/2)}), and the line is 0. The CRM reader
 * ({@link CrmDatasets}) reads each file whole and gives the line. A JavaBean, as Spark's bean encoder requires.
 */
public final class FindingRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String source;
  private String field;
  private String value;
  private String rule;
  private long line;

  /** An empty row (for Spark's encoder). */
  public FindingRow() {}

  static FindingRow of(String source, String field, String value, String rule) {
    FindingRow r = new FindingRow();
    r.setSource(source);
    r.setField(field);
    r.setValue(value);
    r.setRule(rule);
    return r;
  }

  /** The row of {@code finding}. */
  static FindingRow of(Finding finding) {
    FindingRow r = of(finding.source(), finding.field().orElse(""), finding.value().orElse(""), finding.rule());
    r.setLine(finding.line());
    return r;
  }

  /** The finding (its value quoted to a bounded length; an empty field or value is none). */
  public Finding toFinding() {
    return Finding.of(source, line, field, value, rule);
  }

  /** The line of the file (1 for the first), or 0 when the reader does not number lines. */
  public long getLine() {
    return line;
  }

  /** Sets the line. */
  public void setLine(long line) {
    this.line = line;
  }

  /** The file and row id. */
  public String getSource() {
    return source;
  }

  /** Sets the file and row id. */
  public void setSource(String source) {
    this.source = source;
  }

  /** The field at fault, a JSON path such as {@code $.at}; empty when the whole line is. */
  public String getField() {
    return field;
  }

  /** Sets the field. */
  public void setField(String field) {
    this.field = field;
  }

  /** The offending value. */
  public String getValue() {
    return value;
  }

  /** Sets the value. */
  public void setValue(String value) {
    this.value = value;
  }

  /** The rule the value breaks. */
  public String getRule() {
    return rule;
  }

  /** Sets the rule. */
  public void setRule(String rule) {
    this.rule = rule;
  }

  @Override
  public String toString() {
    return toFinding().toString();
  }
}
