package io.revops.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;

/**
 * The answer of an {@link MqlCriteriaCheck}: passed, failed or unknown (data missing), and why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param outcome passed, failed or unknown
 * @param reason why, e.g. {@code "2 site visits of 3 required"}
 */
public record CheckResult(Outcome outcome, String reason) {
  /** The outcomes of a check. */
  public enum Outcome {
    /** The criteria were met. */
    PASSED,
    /** At least one criterion failed. */
    FAILED,
    /** None failed, but at least one could not be evaluated for lack of data. */
    UNKNOWN
  }

  /** Validates the result. */
  public CheckResult {
    requireNonNull(outcome, "outcome");
    requireNonNull(reason, "reason");
    Args.notBlank("reason", reason);
  }

  /** Passed, because {@code reason}. */
  public static CheckResult passed(String reason) {
    return new CheckResult(Outcome.PASSED, reason);
  }

  /** Failed, because {@code reason}. */
  public static CheckResult failed(String reason) {
    return new CheckResult(Outcome.FAILED, reason);
  }

  /** Unknown, because {@code reason}. */
  public static CheckResult unknown(String reason) {
    return new CheckResult(Outcome.UNKNOWN, reason);
  }

  @Override
  public String toString() {
    return outcome + ": " + reason;
  }
}
