package io.revops.core.flywheel;

/** The phases of the sales flywheel, in order: attract → engage → delight, and round again. */
public enum FlywheelPhase {
  /** Advertising, lead generation, referral programmes, first touches by sales. */
  ATTRACT,
  /** Nurturing through webinars and content, selling, supporting new customers. */
  ENGAGE,
  /** Welcome sequences, onboarding, proactive support, upsell: the start of the next sales. */
  DELIGHT
}
