package io.revops.metrics.territory;

import io.revops.core.check.Args;

import static java.util.Objects.requireNonNull;

/**
 * An account a {@link TerritoryPlan} could not give to any rep, with the reason (no rep covers its region
 * or industry, no covering rep has capacity left, pinned to a rep who is not in the plan).
 *
 * @param account the account
 * @param reason why, in words
 */
public record Unassigned(Account account, String reason) {
  /** Validates the parts. */
  public Unassigned {
    requireNonNull(account, "account");
    Args.notBlank("reason", reason);
  }

  @Override
  public String toString() {
    return account.id() + ": " + reason;
  }
}
