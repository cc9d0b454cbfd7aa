package io.revops.spark;

import io.revops.core.batch.Finding;
import java.io.Serializable;

/**
 * One input row that was rejected, as a Spark row ({@code source, field, value, rule STRING}); {@link #toFinding()}
 * on the driver. Spark's JSON source does not number lines: the source names the file and, when the row has
 * one, its id ({@code events.jsonl.gz (id L17/2)}), and the finding's line is 0. A JavaBean, as Spark's bean
 * encoder requires.
 */
public final class FindingRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String source;
  private String field;
  private String value;
  private String rule;

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

  /** The finding (its value quoted to a bounded length). */
  public Finding toFinding() {
    return Finding.of(source, 0, field, value, rule);
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
