package io.revops.metrics.review;

/** What a {@link Change} can honestly say about a metric between the baseline and now. */
public enum Verdict {
  /** The metric moved the good way, and the 95% interval of the difference excludes no change. */
  IMPROVED("improved"),
  /** The metric moved the bad way, and the 95% interval of the difference excludes no change. */
  WORSENED("worsened"),
  /** The interval of the difference includes no change: not enough data to tell. */
  NOT_ENOUGH_DATA("not enough data to tell"),
  /** One figure per period and no sampling model: the change is shown, no interval, no claim. */
  NO_INTERVAL("one figure per period: no interval, no claim"),
  /** The metric could not be computed in one of the periods. */
  NOT_COMPUTABLE("not computable");

  private final String words;

  Verdict(String words) {
    this.words = words;
  }

  /** The verdict in words, as reports print it. */
  public String words() {
    return words;
  }

  /** True for IMPROVED and WORSENED: a change the data supports at the stated level. */
  public boolean isClaim() {
    return this == IMPROVED || this == WORSENED;
  }
}
