package io.revops.metrics.revenue;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import io.revops.core.money.Ratio;
import io.revops.metrics.MetricResult;
import io.revops.metrics.Policy;
import io.revops.metrics.ReportingCurrency;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;

/**
 * Computes the recurring-revenue metrics of a {@link RevenueLedger} over periods from a start month to an
 * end month (inclusive of both: the metrics compare the two months' MRR).
 *
 * <ul>
 *   <li>{@link #nrr NRR}: end-month MRR of the customers present at the start month (the start cohort) over
 *       their start-month MRR. New customers are excluded; reactivated ones per {@link ReactivationPolicy}.
 *   <li>{@link #grr GRR}: the same, with each customer's end MRR capped at its start MRR, so expansion
 *       cannot hide losses: {@code GRR <= 100%} and {@code GRR <= NRR}.
 *   <li>{@link #movements MRR movements}: the bridge new, expansion, reactivation, contraction, churn and FX.
 *   <li>{@link #logoChurn logo churn}, {@link #revenueChurn revenue churn} (gross: churn + contraction) and
 *       {@link #retention retention}, over a {@link ChurnDenominator}.
 *   <li>{@link #quickRatio quick ratio}: {@code (new + expansion + reactivation) / (contraction + churn)}.
 *   <li>{@link #logoCohorts logo} and {@link #revenueCohorts revenue} {@link CohortTable cohort tables}.
 * </ul>
 *
 * <p>In one currency every amount is exact. With a {@link ReportingCurrency} the retention, churn and
 * cohort metrics use constant currency: every month is valued at the rates of the analysis's last month
 * (the end month, or the table's last month), so rate moves do not show as expansion or contraction.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RevenueAnalysis {
  private final RevenueLedger ledger;
  private final Valuation valuation;
  private final ReactivationPolicy reactivation;
  private final ChurnDenominator denominator;

  private RevenueAnalysis(RevenueLedger ledger, Valuation valuation, ReactivationPolicy reactivation,
      ChurnDenominator denominator) {
    this.ledger = ledger;
    this.valuation = valuation;
    this.reactivation = requireNonNull(reactivation, "reactivation");
    this.denominator = requireNonNull(denominator, "denominator");
  }

  /**
   * The analysis of a ledger in one currency, with the default policies.
   *
   * @throws IllegalArgumentException if the ledger is empty (its currency is unknown: use
   *     {@link #of(RevenueLedger, ReportingCurrency)})
   * @throws io.revops.core.money.CurrencyMismatchException if the ledger holds several currencies
   */
  public static RevenueAnalysis of(RevenueLedger ledger) {
    requireNonNull(ledger, "ledger");
    checkArgument(!ledger.isEmpty(),
        "ledger must have at least one record to know its currency: %s (pass a ReportingCurrency)", ledger);
    CurrencyUnit currency = ledger.currencies().first();
    for (RevenueRecord r : ledger.entries()) {
      Amounts.requireCurrency("mrr of customer " + r.customerId() + " in " + r.month(), currency, r.mrr());
    }
    return new RevenueAnalysis(ledger, Valuation.single(currency), ReactivationPolicy.EXCLUDE,
        ChurnDenominator.CUSTOMERS_AT_START);
  }

  /** The analysis of a ledger in any currencies, valued in {@code reporting}, with the default policies. */
  public static RevenueAnalysis of(RevenueLedger ledger, ReportingCurrency reporting) {
    requireNonNull(ledger, "ledger");
    requireNonNull(reporting, "reporting");
    return new RevenueAnalysis(ledger, Valuation.converted(reporting), ReactivationPolicy.EXCLUDE,
        ChurnDenominator.CUSTOMERS_AT_START);
  }

  /** A copy with another reactivation policy (default {@link ReactivationPolicy#EXCLUDE}). */
  public RevenueAnalysis withReactivation(ReactivationPolicy policy) {
    return new RevenueAnalysis(ledger, valuation, policy, denominator);
  }

  /** A copy with another churn denominator (default {@link ChurnDenominator#CUSTOMERS_AT_START}). */
  public RevenueAnalysis withChurnDenominator(ChurnDenominator policy) {
    return new RevenueAnalysis(ledger, valuation, reactivation, policy);
  }

  /** The ledger. */
  public RevenueLedger ledger() {
    return ledger;
  }

  /** The currency every result is in. */
  public CurrencyUnit currency() {
    return valuation.currency();
  }

  private static void checkPeriod(YearMonth start, YearMonth end) {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    checkArgument(!end.isBefore(start), "end month must not be before start month: end %s, start %s", end, start);
  }

  /**
   * Net revenue retention from {@code start} to {@code end}: the end-month MRR of the customers present at
   * {@code start}, over their MRR at {@code start}; with {@link ReactivationPolicy#INCLUDE_AS_EXPANSION} the
   * end-month MRR of reactivated customers is added to the numerator. Not computable if no customer paid
   * at {@code start}.
   *
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public MetricResult<NetRetention> nrr(YearMonth start, YearMonth end) {
    checkPeriod(start, end);
    Cohort c = cohort(start, end);
    List<Policy> policies = List.of(reactivation);
    boolean withReactivated = reactivation == ReactivationPolicy.INCLUDE_AS_EXPANSION;
    BigDecimal numerator = withReactivated ? c.endMrr.add(c.reactivatedMrr) : c.endMrr;
    String explanation = valuation.format(numerator) + " from " + c.customers + " customers present at start"
        + (withReactivated ? " (incl. " + valuation.format(c.reactivatedMrr) + " from " + c.reactivated
            + " reactivated)" : "")
        + " / " + valuation.format(c.startMrr) + " at start, " + start + " → " + end + valuation.note(end);
    if (c.startMrr.signum() == 0) {
      return MetricResult.notComputable("NRR", "no customer paid in the start month " + start, explanation, policies);
    }
    return MetricResult.of("NRR", NetRetention.of(Ratio.of(numerator, c.startMrr)), explanation, policies);
  }

  /**
   * Gross revenue retention from {@code start} to {@code end}: the end-month MRR of the customers present at
   * {@code start}, each capped at its start MRR, over their MRR at {@code start}. Reactivated and new
   * customers never count. Not computable if no customer paid at {@code start}.
   *
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public MetricResult<Rate> grr(YearMonth start, YearMonth end) {
    checkPeriod(start, end);
    Cohort c = cohort(start, end);
    String explanation = valuation.format(c.keptMrr) + " kept (each capped at its start MRR) from " + c.customers
        + " customers present at start / " + valuation.format(c.startMrr) + " at start, " + start + " → " + end
        + valuation.note(end);
    if (c.startMrr.signum() == 0) {
      return MetricResult.notComputable("GRR", "no customer paid in the start month " + start, explanation,
          List.of());
    }
    return MetricResult.of("GRR", Ratio.of(c.keptMrr, c.startMrr).toRate().orElseThrow(), explanation, List.of());
  }

  static final class Cohort {
    int customers;
    int reactivated;
    BigDecimal startMrr = BigDecimal.ZERO;
    BigDecimal endMrr = BigDecimal.ZERO;
    BigDecimal keptMrr = BigDecimal.ZERO;
    BigDecimal reactivatedMrr = BigDecimal.ZERO;

    /** The sums in {@link Scaled#normalise normal form}, as both readings of the walk give them. */
    void normalise() {
      startMrr = Scaled.normalise(startMrr);
      endMrr = Scaled.normalise(endMrr);
      keptMrr = Scaled.normalise(keptMrr);
      reactivatedMrr = Scaled.normalise(reactivatedMrr);
    }
  }

  /** The start cohort of the last period asked for: NRR and GRR of one period share one walk of the ledger. */
  private record CohortMemo(YearMonth start, YearMonth end, Cohort cohort) {}

  // a cache of a pure function's last result, published whole through a volatile field: the class stays
  // immutable and thread-safe in every observable way (the cohort is never modified once computed)
  private volatile CohortMemo lastCohort;

  private Cohort cohort(YearMonth start, YearMonth end) {
    CohortMemo memo = lastCohort;
    if (memo != null && memo.start().equals(start) && memo.end().equals(end)) {
      return memo.cohort();
    }
    Cohort c = walkCohort(start, end);
    lastCohort = new CohortMemo(start, end, c);
    return c;
  }

  private Cohort walkCohort(YearMonth start, YearMonth end) {
    Cohort c = fastCohort(start, end);
    return c != null ? c : referenceCohort(start, end);
  }

  /**
   * The start cohort read in longs ({@link Valuation.AtRates}): the same sums as {@link #referenceCohort}, in the
   * same normal form; null where a value has no exact long form (a rate missing, a rounding that fails, an
   * amount beyond a long), and the reference reading then gives the result or the error.
   */
  @Nullable Cohort fastCohort(YearMonth start, YearMonth end) {
    try {
      return LedgerWalks.cohort(ledger.rows(), start, end, valuation.atRates(ledger.scale(), end));
    } catch (ArithmeticException | Valuation.Unfit e) {
      return null;
    }
  }

  /** The start cohort read in {@code BigDecimal}, each amount valued by {@link Valuation#value}: the reference. */
  Cohort referenceCohort(YearMonth start, YearMonth end) {
    return LedgerWalks.cohort(ledger.rows(), start, end, LedgerWalks.reference(valuation, end));
  }

  /**
   * NRR, GRR and the MRR bridge of the twelve months ending with {@code end}: from the cohort of
   * {@code end.minusMonths(12)} to {@code end}, the retention a health check or the Spark job reports for its year.
   *
   * <p><b>Cost:</b> the three walks of {@link #nrr}, {@link #grr} and {@link #movements(YearMonth, YearMonth)}.
   *
   * @throws NullPointerException naming {@code end} if it is null
   */
  public TrailingYear trailingYear(YearMonth end) {
    YearMonth start = requireNonNull(end, "end").minusMonths(12);
    return new TrailingYear(start, end, nrr(start, end), grr(start, end), movements(start, end));
  }

  /**
   * The MRR bridge from {@code start} to {@code end}; see {@link MrrMovements}. Always computable.
   *
   * @throws IllegalArgumentException if {@code end} is before {@code start}, or a needed exchange rate is missing
   */
  public MetricResult<MrrMovements> movements(YearMonth start, YearMonth end) {
    checkPeriod(start, end);
    MrrMovements m = fastMovements(start, end);
    if (m == null) {
      m = referenceMovements(start, end);
    }
    String explanation = start + " → " + end + (valuation.converts()
        ? ", start at " + valuation.rateDate(start) + " rates, movements at " + valuation.rateDate(end)
            + " rates" : "");
    return MetricResult.of("MRR movements", m, explanation, List.of());
  }

  /**
   * The MRR bridge from {@code start} to {@code end} under a named {@link MovementWindow}: point to point (as
   * {@link #movements(YearMonth, YearMonth)}) or the sum of the monthly bridges in between. Always computable.
   *
   * @throws IllegalArgumentException if {@code end} is before {@code start}, or a needed exchange rate is missing
   */
  public MetricResult<MrrMovements> movements(YearMonth start, YearMonth end, MovementWindow window) {
    requireNonNull(window, "window");
    if (window == MovementWindow.POINT_TO_POINT || end.equals(requireNonNull(start, "start"))) {
      return movements(start, end).plusPolicies(List.of(window));
    }
    checkPeriod(start, end);
    List<MrrMovements> months = new ArrayList<>();
    for (YearMonth m = start; m.isBefore(end); m = m.plusMonths(1)) {
      months.add(movements(m, m.plusMonths(1)).value());
    }
    return MetricResult.of("MRR movements", MonthlyBridges.sum(months),
        start + " → " + end + ", " + months.size() + " monthly bridges" + (valuation.converts()
            ? ", each month's start at its rates, movements at the next month's" : ""), List.of(window));
  }

  /**
   * The MRR bridge read in longs ({@link Valuation.AtRates}): the same amounts as {@link #referenceMovements};
   * null where a value has no exact long form (a rate missing, a rounding that fails, an amount beyond a long),
   * and the reference reading then gives the result or the error.
   */
  @Nullable MrrMovements fastMovements(YearMonth start, YearMonth end) {
    try {
      return LedgerWalks.bridge(ledger.rows(), start, end, valuation, valuation.atRates(ledger.scale(), start),
          valuation.atRates(ledger.scale(), end));
    } catch (ArithmeticException | Valuation.Unfit e) {
      return null;
    }
  }

  /** The MRR bridge read in {@code BigDecimal}, each amount valued by {@link Valuation#value}: the reference. */
  MrrMovements referenceMovements(YearMonth start, YearMonth end) {
    return LedgerWalks.bridge(ledger.rows(), start, end, valuation, LedgerWalks.reference(valuation, start),
        LedgerWalks.reference(valuation, end));
  }

  /**
   * Quick ratio from {@code start} to {@code end}: {@code (new + expansion + reactivation) / (contraction + churn)}
   * of the {@link #movements MRR movements}; FX impact is left out. Not computable when nothing was lost.
   *
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public MetricResult<Ratio> quickRatio(YearMonth start, YearMonth end) {
    MrrMovements m = movements(start, end).value();
    String explanation = Amounts.format(m.gains()) + " new + expansion + reactivation / " + Amounts.format(m.losses())
        + " contraction + churn, " + start + " → " + end;
    if (m.losses().isZero()) {
      return MetricResult.notComputable("Quick ratio", "no losses: contraction and churn are both zero", explanation,
          List.of());
    }
    return MetricResult.of("Quick ratio", Ratio.of(m.gains(), m.losses()), explanation, List.of());
  }

  private static final class Churn {
    int customers;
    int churned;
    BigDecimal base = BigDecimal.ZERO;
    BigDecimal lost = BigDecimal.ZERO;
  }

  private Churn churn(YearMonth start, YearMonth end) {
    Churn c = new Churn();
    for (CustomerId id : ledger.customers()) {
      Map<CurrencyUnit, BigDecimal> s = ledger.nativeMrr(id, start);
      Map<CurrencyUnit, BigDecimal> baseMrr = null;
      if (RevenueLedger.isPositive(s)) {
        baseMrr = s;
      } else if (denominator == ChurnDenominator.AT_START_PLUS_NEW) {
        Optional<YearMonth> first = ledger.firstPaidMonth(id);
        if (first.isPresent() && first.get().isAfter(start) && !first.get().isAfter(end)) {
          baseMrr = ledger.nativeMrr(id, first.get());
        }
      }
      if (baseMrr == null) {
        continue;
      }
      Map<CurrencyUnit, BigDecimal> e = ledger.nativeMrr(id, end);
      BigDecimal base = valuation.value(baseMrr, end);
      BigDecimal ev = valuation.value(e, end);
      c.customers++;
      if (!RevenueLedger.isPositive(e)) {
        c.churned++;
      }
      c.base = c.base.add(base);
      c.lost = c.lost.add(base.subtract(ev.min(base)));
    }
    return c;
  }

  private String who() {
    return denominator == ChurnDenominator.CUSTOMERS_AT_START ? "customers at start" : "customers at start + new";
  }

  /**
   * Logo churn from {@code start} to {@code end}: the customers of the {@link ChurnDenominator} who pay nothing
   * at {@code end}, over all of them. Not computable if there are none.
   *
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public MetricResult<Rate> logoChurn(YearMonth start, YearMonth end) {
    checkPeriod(start, end);
    Churn c = churn(start, end);
    String explanation = c.churned + " churned / " + c.customers + " " + who() + ", " + start + " → " + end;
    if (c.customers == 0) {
      return MetricResult.notComputable("Logo churn", "no customers to churn", explanation, List.of(denominator));
    }
    return MetricResult.of("Logo churn", Rate.ofFraction(c.churned, c.customers), explanation, List.of(denominator));
  }

  /**
   * Customer retention rate from {@code start} to {@code end}: {@code 1 - logo churn} over the same
   * {@link ChurnDenominator} (with the default, the share of start customers still paying at {@code end}).
   *
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public MetricResult<Rate> retention(YearMonth start, YearMonth end) {
    checkPeriod(start, end);
    Churn c = churn(start, end);
    String explanation = (c.customers - c.churned) + " still paying / " + c.customers + " " + who() + ", " + start
        + " → " + end;
    if (c.customers == 0) {
      return MetricResult.notComputable("Retention", "no customers to retain", explanation, List.of(denominator));
    }
    return MetricResult.of("Retention", Rate.ofFraction(c.customers - c.churned, c.customers), explanation,
        List.of(denominator));
  }

  /**
   * Gross revenue churn from {@code start} to {@code end}: the MRR lost to churn and contraction by the
   * customers of the {@link ChurnDenominator} (each customer's loss is its base MRR minus its end MRR, at
   * least zero), over their base MRR. Expansion does not offset it. Not computable if the base is zero.
   *
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public MetricResult<Rate> revenueChurn(YearMonth start, YearMonth end) {
    checkPeriod(start, end);
    Churn c = churn(start, end);
    String explanation = valuation.format(c.lost) + " lost to churn and contraction / " + valuation.format(c.base)
        + " MRR of " + c.customers + " " + who() + ", " + start + " → " + end + valuation.note(end);
    if (c.base.signum() == 0) {
      return MetricResult.notComputable("Revenue churn", "no MRR to churn", explanation, List.of(denominator));
    }
    return MetricResult.of("Revenue churn", Ratio.of(c.lost, c.base).toRate().orElseThrow(), explanation,
        List.of(denominator));
  }

  /**
   * Logo retention by monthly cohort of first payment, for the cohorts that first paid up to {@code through}.
   * Not computable if nobody paid by then.
   */
  public MetricResult<CohortTable> logoCohorts(YearMonth through) {
    return cohorts(CohortTable.Kind.LOGO, through);
  }

  /**
   * Revenue retention by monthly cohort of first payment, for the cohorts that first paid up to
   * {@code through}, valued at the rates of {@code through} when converting. Not computable if nobody paid
   * by then.
   */
  public MetricResult<CohortTable> revenueCohorts(YearMonth through) {
    return cohorts(CohortTable.Kind.REVENUE, through);
  }

  private MetricResult<CohortTable> cohorts(CohortTable.Kind kind, YearMonth through) {
    requireNonNull(through, "through");
    Map<YearMonth, List<CustomerId>> byCohort = new TreeMap<>();
    for (CustomerId id : ledger.customers()) {
      ledger.firstPaidMonth(id).filter(m -> !m.isAfter(through))
          .ifPresent(m -> byCohort.computeIfAbsent(m, k -> new ArrayList<>()).add(id));
    }
    String name = kind == CohortTable.Kind.LOGO ? "Logo cohorts" : "Revenue cohorts";
    String explanation = byCohort.size() + " monthly cohorts of first payment through " + through
        + valuation.note(through);
    if (byCohort.isEmpty()) {
      return MetricResult.notComputable(name, "no customer paid by " + through, explanation, List.of());
    }
    List<CohortTable.Row> rows = new ArrayList<>();
    byCohort.forEach((cohort, members) -> {
      BigDecimal base = BigDecimal.ZERO;
      for (CustomerId id : members) {
        base = base.add(valuation.value(ledger.nativeMrr(id, cohort), through));
      }
      List<Ratio> cells = new ArrayList<>();
      for (YearMonth m = cohort; !m.isAfter(through); m = m.plusMonths(1)) {
        int paying = 0;
        BigDecimal mrr = BigDecimal.ZERO;
        for (CustomerId id : members) {
          Map<CurrencyUnit, BigDecimal> native_ = ledger.nativeMrr(id, m);
          if (RevenueLedger.isPositive(native_)) {
            paying++;
            mrr = mrr.add(valuation.value(native_, through));
          }
        }
        if (kind == CohortTable.Kind.LOGO) {
          cells.add(Ratio.of(BigDecimal.valueOf(paying), BigDecimal.valueOf(members.size())));
        } else if (base.signum() > 0) {
          // base is zero only if every conversion rounded to nothing; the row then has no cells
          cells.add(Ratio.of(mrr, base));
        }
      }
      rows.add(new CohortTable.Row(cohort, members.size(), valuation.money(base), cells));
    });
    return MetricResult.of(name, new CohortTable(kind, through, rows), explanation, List.of());
  }

  @Override
  public String toString() {
    return "RevenueAnalysis of " + ledger + " in " + valuation.currency().getCurrencyCode() + ", "
        + reactivation.label() + ", " + denominator.label();
  }
}
