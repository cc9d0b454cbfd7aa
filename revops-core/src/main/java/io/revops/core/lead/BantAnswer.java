package io.revops.core.lead;

/** An answer to one BANT question: known to be true, known to be false, or not known yet. */
public enum BantAnswer {
  /** Known to be true. */
  YES,
  /** Known to be false. */
  NO,
  /** Not known (not asked, or no answer). */
  UNKNOWN;

  /** {@link #YES} for true, {@link #NO} for false. */
  public static BantAnswer of(boolean known) {
    return known ? YES : NO;
  }
}
