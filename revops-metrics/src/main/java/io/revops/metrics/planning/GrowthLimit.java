package io.revops.metrics.planning;

/** What limits the new customers a {@link PlanningModel} projects: the smallest of three ceilings. */
public enum GrowthLimit {
  /** The funnel's demand: fewer SQLs arrive than sales can work. */
  DEMAND("funnel demand"),
  /** Sales capacity: more SQLs arrive than the reps can work in the year. */
  SALES_CAPACITY("sales capacity"),
  /** The market: fewer potential customers are left than the funnel would win. */
  MARKET("market size");

  private final String label;

  GrowthLimit(String label) {
    this.label = label;
  }

  /** A short label, e.g. {@code "sales capacity"}. */
  public String label() {
    return label;
  }
}
