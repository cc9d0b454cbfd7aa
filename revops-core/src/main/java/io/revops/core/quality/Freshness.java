package io.revops.core.quality;

import io.revops.core.check.Args;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How fresh the lead data is as of an instant: how many records were verified within the stale
 * threshold, how many before it, how many never, and the median age of the verified ones.
 *
 * @param asOf the instant ages are measured at
 * @param staleAfter the age from which a record is stale
 * @param fresh records verified less than {@code staleAfter} before {@code asOf}
 * @param stale records verified {@code staleAfter} or more before {@code asOf}
 * @param neverVerified records without a verification instant
 * @param verifiedInTheFuture records verified after {@code asOf} (reported as findings too)
 * @param medianAge the median age of the records verified by {@code asOf}; empty if none
 */
public record Freshness(Instant asOf, Duration staleAfter, long fresh, long stale,
    long neverVerified, long verifiedInTheFuture, Optional<Duration> medianAge) {
  /** Validates the figures. */
  public Freshness {
    java.util.Objects.requireNonNull(asOf, "asOf");
    java.util.Objects.requireNonNull(staleAfter, "staleAfter");
    java.util.Objects.requireNonNull(medianAge, "medianAge");
    Args.count("fresh", fresh);
    Args.count("stale", stale);
    Args.count("neverVerified", neverVerified);
    Args.count("verifiedInTheFuture", verifiedInTheFuture);
  }

  @Override
  public String toString() {
    return "as of " + asOf + ": " + fresh + " fresh, " + stale + " stale (verified " + staleAfter.toDays()
        + " days or more before), " + neverVerified + " never verified"
        + (verifiedInTheFuture == 0 ? "" : ", " + verifiedInTheFuture + " verified after the as-of")
        + medianAge.map(a -> "; median age " + a.toDays() + " days").orElse("");
  }
}
