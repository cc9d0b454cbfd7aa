package io.revops.metrics.revenue;

/**
 * The line of the {@link MrrMovements MRR bridge} a customer falls in: the classification written once,
 * used by the ledger walk in longs and by the one in {@code BigDecimal}, each passing the sign of its own
 * comparison of the two amounts.
 */
enum Movement {
  /** Paid only in the end month and never before the start month. */
  NEW,
  /** Paid in both months, more at the end. */
  EXPANSION,
  /** Paid only in the end month, and paid before the start month. */
  REACTIVATION,
  /** Paid in both months, less at the end. */
  CONTRACTION,
  /** Paid only in the start month. */
  CHURN,
  /** Paid the same in both months. */
  UNCHANGED,
  /** Paid in neither month: not in the bridge. */
  NONE;

  /**
   * The customer's line.
   *
   * @param inStart whether it paid in the start month
   * @param inEnd whether it paid in the end month
   * @param endVersusStart the sign of its end MRR minus its start MRR, both at the end month's rates (read
   *     only when it paid in both months)
   * @param paidBefore whether it paid before the start month (read only when it paid in the end month only)
   */
  static Movement of(boolean inStart, boolean inEnd, int endVersusStart, boolean paidBefore) {
    if (inStart && inEnd) {
      return endVersusStart > 0 ? EXPANSION : endVersusStart < 0 ? CONTRACTION : UNCHANGED;
    }
    if (inStart) {
      return CHURN;
    }
    if (inEnd) {
      return paidBefore ? REACTIVATION : NEW;
    }
    return NONE;
  }
}
