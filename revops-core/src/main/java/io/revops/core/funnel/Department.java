package io.revops.core.funnel;

/**
 * The departments that work on the revenue funnel, the bowtie and the flywheel.
 *
 * <p>{@link #INTERNAL} is not a department of its own: it marks what belongs to no single department,
 * such as the handbook's internal frictions — conflicts between departments, scattered data storage,
 * staff turnover.
 */
public enum Department {
  /** Marketing: attraction, nurturing, content for new and existing customers. */
  MARKETING,
  /** Sales: first touches, deals, expansion of existing accounts. */
  SALES,
  /** Service (customer success, support, accounting): onboarding, retention, growth opportunities. */
  SERVICE,
  /** Cross-department: conflicts between departments, scattered data, staff turnover. */
  INTERNAL
}
