package io.revops.metrics.cycle;

import io.revops.metrics.Policy;

/** Which event of a lead's history starts its sales cycle. */
public enum CycleStart implements Policy {
  /** The first contact attempt or connection, whichever comes first (the default; the handbook's "first contact"). */
  FIRST_CONTACT("from first contact"),
  /** The lead's creation. */
  CREATION("from lead creation");

  private final String label;

  CycleStart(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
