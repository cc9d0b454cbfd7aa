package io.revops.spark;

import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One lead's profile as a Spark row ({@code id STRING, json STRING}): the lead's id and its line of
 * {@code leads.jsonl} in revops' JSON shape, parsed where the lead is evaluated. A JavaBean, as Spark's bean
 * encoder requires.
 */
public final class LeadJsonRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String id;
  private String json;

  /** An empty row (for Spark's encoder). */
  public LeadJsonRow() {}

  /** The row of one lead. */
  public static LeadJsonRow of(String id, String json) {
    LeadJsonRow r = new LeadJsonRow();
    r.setId(id);
    r.setJson(json);
    return r;
  }

  /** The lead id. */
  public String getId() {
    return id;
  }

  /** Sets the lead id. */
  public void setId(String id) {
    this.id = id;
  }

  /** The lead as revops' JSON. */
  public String getJson() {
    return json;
  }

  /** Sets the lead's JSON. */
  public void setJson(String json) {
    this.json = json;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LeadJsonRow r && Objects.equals(id, r.id) && Objects.equals(json, r.json);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, json);
  }

  @Override
  public String toString() {
    return "LeadJsonRow[" + id + "]";
  }
}
