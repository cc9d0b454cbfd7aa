package io.revops.core.funnel;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The stages of the bowtie funnel ("воронка-бабочка"), in order: attraction and conversion on the left
 * wing, the deal in the centre, retention, expansion and advocacy on the right wing.
 *
 * <p>Marketing, sales and service work on <em>both</em> wings: marketing writes content for existing
 * customers too, sales takes part in expanding accounts, service spots growth opportunities and answers
 * new customers. {@link #departments()} lists who works on each stage; {@link Wing#departments()} the
 * union over a wing. The right wing can earn more than the left.
 */
public enum BowtieStage {
  /** Drawing in the right prospects: advertising, lead generation, referral programmes, first touches. */
  ATTRACTION(Wing.LEFT, EnumSet.of(Department.MARKETING, Department.SALES)),
  /** Turning prospects into qualified buyers: nurturing, webinars, sales conversations, answers to new customers. */
  CONVERSION(Wing.LEFT, EnumSet.of(Department.MARKETING, Department.SALES, Department.SERVICE)),
  /** The deal and the hand-over from sales to service, with context, expectations and agreements. */
  DEAL(Wing.CENTRE, EnumSet.of(Department.SALES, Department.SERVICE)),
  /** Keeping customers: proactive work on their success, preventing churn. */
  RETENTION(Wing.RIGHT, EnumSet.of(Department.SERVICE, Department.MARKETING)),
  /** Growing accounts: upsell and cross-sell that follow the customer's growth. */
  EXPANSION(Wing.RIGHT, EnumSet.of(Department.SALES, Department.SERVICE, Department.MARKETING)),
  /** Customers who recommend: referrals, talks at events, case studies. */
  ADVOCACY(Wing.RIGHT, EnumSet.of(Department.SERVICE, Department.MARKETING));

  /** The part of the bowtie a stage belongs to. */
  public enum Wing {
    /** Everything before the first sale. */
    LEFT,
    /** The deal. */
    CENTRE,
    /** Everything after the first sale. */
    RIGHT;

    /** The stages of this wing, in order. */
    public Set<BowtieStage> stages() {
      EnumSet<BowtieStage> s = EnumSet.noneOf(BowtieStage.class);
      for (BowtieStage stage : BowtieStage.values()) {
        if (stage.wing == this) {
          s.add(stage);
        }
      }
      return Collections.unmodifiableSet(s);
    }

    /** Every department that works on some stage of this wing. */
    public Set<Department> departments() {
      EnumSet<Department> d = EnumSet.noneOf(Department.class);
      stages().forEach(s -> d.addAll(s.departments));
      return Collections.unmodifiableSet(d);
    }
  }

  private final Wing wing;
  private final Set<Department> departments;

  BowtieStage(Wing wing, EnumSet<Department> departments) {
    this.wing = wing;
    this.departments = Collections.unmodifiableSet(departments);
  }

  /** The wing this stage belongs to. */
  public Wing wing() {
    return wing;
  }

  /** The departments that work on this stage. */
  public Set<Department> departments() {
    return departments;
  }

  /** True if {@code department} works on this stage. */
  public boolean involves(Department department) {
    return departments.contains(department);
  }

  /** The position of this stage, 1 (attraction) to 6 (advocacy). */
  public int order() {
    return ordinal() + 1;
  }

  /** True if this stage comes before {@code other}. */
  public boolean isBefore(BowtieStage other) {
    return ordinal() < other.ordinal();
  }
}
