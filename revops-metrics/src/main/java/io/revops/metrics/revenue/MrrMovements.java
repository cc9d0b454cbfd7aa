package io.revops.metrics.revenue;

import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.money.Amounts;
import io.revops.metrics.ReportingCurrency;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * The MRR bridge from a start month to an end month:
 * {@code start + FX impact + new + expansion + reactivation - contraction - churn = end}, exactly.
 *
 * <p>Each customer falls in one line. Present at both months: the difference is expansion or contraction
 * (or nothing). Present only at the start: churn, of all its start MRR. Present only at the end: new if it
 * never paid before the start month, else reactivation. Contraction and churn are reported as non-negative
 * amounts that are subtracted.
 *
 * <p>In several currencies (with a {@link ReportingCurrency}) the start is valued at the start month's
 * rates and everything else at the end month's rates; the <em>FX impact</em> is the start-month MRR revalued
 * at the end month's rates minus the same native amounts at the start month's rates: the change due to rate
 * moves alone. In one currency it is zero. Every converted amount is rounded once and then only added, so the
 * identity holds to the minor unit.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MrrMovements {
  private final YearMonth start;
  private final YearMonth end;
  private final CurrencyUnit currency;
  private final boolean converted;
  private final BigDecimal startMrr;
  private final BigDecimal fxImpact;
  private final BigDecimal newMrr;
  private final BigDecimal expansion;
  private final BigDecimal reactivation;
  private final BigDecimal contraction;
  private final BigDecimal churn;
  private final BigDecimal endMrr;
  private final Counts counts;

  /**
   * How many customers fall in each line.
   *
   * @param atStart present at the start month
   * @param newCustomers new
   * @param expanded present at both months, paying more
   * @param reactivated reactivated
   * @param contracted present at both months, paying less
   * @param churned present at the start month only
   * @param unchanged present at both months, paying the same
   * @param atEnd present at the end month
   */
  public record Counts(int atStart, int newCustomers, int expanded, int reactivated, int contracted, int churned,
      int unchanged, int atEnd) {
    /** Validates the counts: none negative. */
    public Counts {
      Args.count("atStart", atStart);
      Args.count("newCustomers", newCustomers);
      Args.count("expanded", expanded);
      Args.count("reactivated", reactivated);
      Args.count("contracted", contracted);
      Args.count("churned", churned);
      Args.count("unchanged", unchanged);
      Args.count("atEnd", atEnd);
    }
  }

  MrrMovements(YearMonth start, YearMonth end, CurrencyUnit currency, boolean converted, BigDecimal startMrr,
      BigDecimal fxImpact, BigDecimal newMrr, BigDecimal expansion, BigDecimal reactivation, BigDecimal contraction,
      BigDecimal churn, BigDecimal endMrr, Counts counts) {
    this.start = requireNonNull(start);
    this.end = requireNonNull(end);
    this.currency = requireNonNull(currency);
    this.converted = converted;
    this.startMrr = Scaled.normalise(startMrr);
    this.fxImpact = Scaled.normalise(fxImpact);
    this.newMrr = Scaled.normalise(newMrr);
    this.expansion = Scaled.normalise(expansion);
    this.reactivation = Scaled.normalise(reactivation);
    this.contraction = Scaled.normalise(contraction);
    this.churn = Scaled.normalise(churn);
    this.endMrr = Scaled.normalise(endMrr);
    this.counts = requireNonNull(counts);
  }

  /** The start month. */
  public YearMonth start() {
    return start;
  }

  /** The end month. */
  public YearMonth end() {
    return end;
  }

  /** The currency of every amount. */
  public CurrencyUnit currency() {
    return currency;
  }

  /** MRR at the start month (at its rates, when converted). */
  public MonetaryAmount startMrr() {
    return money(startMrr);
  }

  /** The change due to exchange-rate moves alone; zero in one currency. May be negative. */
  public MonetaryAmount fxImpact() {
    return money(fxImpact);
  }

  /** MRR of new customers at the end month. */
  public MonetaryAmount newMrr() {
    return money(newMrr);
  }

  /** The increase of customers present at both months who pay more. */
  public MonetaryAmount expansion() {
    return money(expansion);
  }

  /** MRR of reactivated customers at the end month. */
  public MonetaryAmount reactivation() {
    return money(reactivation);
  }

  /** The decrease of customers present at both months who pay less, as a non-negative amount. */
  public MonetaryAmount contraction() {
    return money(contraction);
  }

  /** The start MRR of customers who left, as a non-negative amount. */
  public MonetaryAmount churn() {
    return money(churn);
  }

  /** MRR at the end month. */
  public MonetaryAmount endMrr() {
    return money(endMrr);
  }

  /** New + expansion + reactivation. */
  public MonetaryAmount gains() {
    return money(newMrr.add(expansion).add(reactivation));
  }

  /** Contraction + churn, non-negative. */
  public MonetaryAmount losses() {
    return money(contraction.add(churn));
  }

  /** {@code start + FX impact + new + expansion + reactivation - contraction - churn}: always equal to {@link #endMrr()}. */
  public MonetaryAmount startPlusMovements() {
    return money(startMrr.add(fxImpact).add(newMrr).add(expansion).add(reactivation).subtract(contraction)
        .subtract(churn));
  }

  /** How many customers fall in each line. */
  public Counts counts() {
    return counts;
  }

  /** True if the amounts were converted to a reporting currency (the bridge then has an FX line). */
  boolean converted() {
    return converted;
  }

  /** The exact amounts, in {@link Scaled#normalise normal form}, in the order start, FX, new, expansion, reactivation, contraction, churn, end. */
  java.util.List<BigDecimal> exactAmounts() {
    return java.util.List.of(startMrr, fxImpact, newMrr, expansion, reactivation, contraction, churn, endMrr);
  }

  private MonetaryAmount money(BigDecimal v) {
    return Amounts.of(v, currency);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MrrMovements m && start.equals(m.start) && end.equals(m.end) && currency.equals(m.currency)
        && converted == m.converted && eq(startMrr, m.startMrr) && eq(fxImpact, m.fxImpact) && eq(newMrr, m.newMrr)
        && eq(expansion, m.expansion) && eq(reactivation, m.reactivation) && eq(contraction, m.contraction)
        && eq(churn, m.churn) && eq(endMrr, m.endMrr) && counts.equals(m.counts);
  }

  private static boolean eq(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, currency, counts, endMrr.stripTrailingZeros());
  }

  /** A bridge table, one line per movement with its customer count. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("MRR bridge ").append(start).append(" → ").append(end);
    line(sb, "start", "", startMrr, counts.atStart() + " customers");
    if (converted) {
      line(sb, "FX impact", fxImpact.signum() < 0 ? "-" : "+", fxImpact.abs(), "rate moves");
    }
    line(sb, "new", "+", newMrr, counts.newCustomers() + "");
    line(sb, "expansion", "+", expansion, counts.expanded() + "");
    line(sb, "reactivation", "+", reactivation, counts.reactivated() + "");
    line(sb, "contraction", "-", contraction, counts.contracted() + "");
    line(sb, "churn", "-", churn, counts.churned() + "");
    line(sb, "end", "", endMrr, counts.atEnd() + " customers");
    return sb.toString();
  }

  private void line(StringBuilder sb, String label, String sign, BigDecimal v, String count) {
    // a zero movement has no sign: "-0,00 RUB" reads as a loss
    String amount = (v.signum() == 0 ? "" : sign) + Amounts.format(money(v));
    sb.append('\n').append(String.format(java.util.Locale.ROOT, "  %-13s %24s  %s", label, amount, count));
  }
}
