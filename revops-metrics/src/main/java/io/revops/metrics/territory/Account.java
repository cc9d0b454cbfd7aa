package io.revops.metrics.territory;

import io.revops.core.check.Args;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Quote;
import io.revops.core.lead.Industry;
import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * An account to be assigned to a sales rep: its region and industry (what a rep's territory may be limited
 * to), its potential (exact money: e.g. the expected revenue of its segment, {@link #expectedRevenue}), its
 * workload (how much selling time it takes, in units the caller chooses: hours a month, visits a quarter),
 * and, when re-planning, the rep who holds it now and whether it must stay with that rep.
 *
 * <pre>{@code
 * Account a = Account.of("acme", "Moscow", Industry.IT, Amounts.of(2_000_000, "RUB"), 12)
 *     .withCurrentRep("rep-03").pinned();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Account {
  private final String id;
  private final String region;
  private final Industry industry;
  private final MonetaryAmount potential;
  private final long workload;
  private final String currentRep;
  private final boolean pinned;

  private Account(String id, String region, Industry industry, MonetaryAmount potential, long workload,
      String currentRep, boolean pinned) {
    this.id = id;
    this.region = region;
    this.industry = industry;
    this.potential = potential;
    this.workload = workload;
    this.currentRep = currentRep;
    this.pinned = pinned;
  }

  /**
   * An account not yet held by any rep.
   *
   * @param id a non-blank identifier, unique within a plan
   * @param region the region (matched exactly against a rep's regions)
   * @param industry the industry
   * @param potential what the account is worth to the rep who holds it, not negative
   * @param workload the selling effort it takes, not negative
   */
  public static Account of(String id, String region, Industry industry, MonetaryAmount potential, long workload) {
    Args.text("id", id);
    Args.text("region", region);
    requireNonNull(industry, "industry");
    Amounts.requireNonNegative("potential", potential);
    checkArgument(workload >= 0, "workload must not be negative: %s (account %s)", workload, Quote.bounded(id));
    return new Account(id, region, industry, potential, workload, null, false);
  }

  /**
   * The expected revenue of an account: {@code dealSize × winRate}, rounded to the currency's minor unit with
   * {@code rounding} — a potential from the account's size and its segment's rate.
   */
  public static MonetaryAmount expectedRevenue(MonetaryAmount dealSize, Rate winRate, RoundingMode rounding) {
    Amounts.requireNonNegative("dealSize", dealSize);
    requireNonNull(winRate, "winRate");
    requireNonNull(rounding, "rounding");
    return Amounts.multiply(dealSize, winRate.toBigDecimal(), rounding);
  }

  /** This account, held now by {@code rep}: a re-plan keeps it there unless moving it pays. */
  public Account withCurrentRep(String rep) {
    requireNonNull(rep, "rep");
    checkArgument(!rep.isBlank(), "rep must not be blank: %s (account %s)", Quote.bounded(rep), Quote.bounded(id));
    return new Account(id, region, industry, potential, workload, rep, pinned);
  }

  /**
   * This account, which must stay with its current rep whatever the balance.
   *
   * @throws IllegalStateException if it has no current rep
   */
  public Account pinned() {
    if (currentRep == null) {
      throw new IllegalStateException("account " + Quote.bounded(id) + " has no current rep to be pinned to");
    }
    return new Account(id, region, industry, potential, workload, currentRep, true);
  }

  /** The identifier. */
  public String id() {
    return id;
  }

  /** The region. */
  public String region() {
    return region;
  }

  /** The industry. */
  public Industry industry() {
    return industry;
  }

  /** The potential, exact. */
  public MonetaryAmount potential() {
    return potential;
  }

  /** The workload. */
  public long workload() {
    return workload;
  }

  /** The rep who holds it now, if any. */
  public Optional<String> currentRep() {
    return Optional.ofNullable(currentRep);
  }

  /** True if it must stay with its current rep. */
  public boolean isPinned() {
    return pinned;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Account a && id.equals(a.id) && region.equals(a.region) && industry.equals(a.industry)
        && Amounts.isEqual(potential, a.potential) && workload == a.workload
        && Objects.equals(currentRep, a.currentRep) && pinned == a.pinned;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, region, industry, workload, currentRep, pinned);
  }

  @Override
  public String toString() {
    return id + " [" + region + ", " + industry + ", potential " + Amounts.format(potential) + ", workload " + workload
        + (currentRep == null ? "" : ", with " + currentRep + (pinned ? " (pinned)" : "")) + "]";
  }
}
