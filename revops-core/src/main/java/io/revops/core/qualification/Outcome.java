package io.revops.core.qualification;

/**
 * The three-valued outcome of a criterion: PASSED, FAILED or UNKNOWN (the data needed is missing).
 *
 * <p>UNKNOWN is not FAILED: a company with no employee count is unknown, not small. Composites combine
 * outcomes with Kleene's strong three-valued logic; see {@link #and}, {@link #or} and {@link #negate}.
 */
public enum Outcome {
  /** The lead meets the criterion. */
  PASSED,
  /** The lead does not meet the criterion. */
  FAILED,
  /** The data needed to decide is missing. */
  UNKNOWN;

  /** PASSED for true, FAILED for false. */
  public static Outcome of(boolean passed) {
    return passed ? PASSED : FAILED;
  }

  /** Swaps PASSED and FAILED; UNKNOWN stays UNKNOWN (we still do not know). */
  public Outcome negate() {
    return switch (this) {
      case PASSED -> FAILED;
      case FAILED -> PASSED;
      case UNKNOWN -> UNKNOWN;
    };
  }

  /** Kleene conjunction: FAILED if either is FAILED, else UNKNOWN if either is UNKNOWN, else PASSED. */
  public Outcome and(Outcome other) {
    if (this == FAILED || other == FAILED) return FAILED;
    if (this == UNKNOWN || other == UNKNOWN) return UNKNOWN;
    return PASSED;
  }

  /** Kleene disjunction: PASSED if either is PASSED, else UNKNOWN if either is UNKNOWN, else FAILED. */
  public Outcome or(Outcome other) {
    if (this == PASSED || other == PASSED) return PASSED;
    if (this == UNKNOWN || other == UNKNOWN) return UNKNOWN;
    return FAILED;
  }
}
