package io.revops.metrics.acquisition;

/** The department whose budget paid for a {@link Spend}: both count towards CAC, only marketing towards CPL. */
public enum Department {
  /** Marketing: campaigns, content, events, marketing salaries and tools. */
  MARKETING,
  /** Sales: sales salaries and commissions, sales tools. */
  SALES
}
