package io.revops.examples.healthcheck;

import static java.util.Objects.requireNonNull;

import io.revops.core.funnel.LifecycleStage;
import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import io.revops.metrics.MetricResult;
import io.revops.metrics.MonthRange;
import io.revops.metrics.acquisition.AcquisitionReport;
import io.revops.metrics.acquisition.ChannelKind;
import io.revops.metrics.conversion.Proportion;
import io.revops.metrics.cycle.SalesCycleReport;
import io.revops.metrics.planning.FunnelRates;
import io.revops.metrics.planning.PlanningModel;
import io.revops.metrics.planning.PlanningTarget;
import io.revops.metrics.planning.Sensitivity;
import io.revops.metrics.revenue.MrrMovements;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The report's "biggest lever": the planning model ({@link PlanningModel}) run on the volumes and rates the
 * data shows over the report's period, and which single lever, improved by {@link #STEP}, adds the most new
 * customers a year ({@link Sensitivity}). No handbook figure is used: every input is observed, or named as not
 * observed with the reason and the neutral value the model is given instead.
 *
 * <p>The inputs, all over the report's period (from its first month with a new lead to its end):
 * <ul>
 *   <li><b>leads a month</b>: leads created in those months / the number of months; a year's leads are 12 times
 *       that. The data has no visitors, so the model's funnel starts at the lead (visitor→lead 100%).</li>
 *   <li><b>paid and organic leads</b>: leads from channels the spend marks paid are the model's paid visitors,
 *       at the observed cost per paid lead ({@link AcquisitionReport#cplByKind()}); the marketing budget is that
 *       cost × the paid leads of a year. The other leads are the organic ones, one notional marketer's output
 *       (the team is not in the data). Without spend, every lead counts as organic.</li>
 *   <li><b>Lead→MQL, MQL→SQL, SQL→customer</b>: the period's cohort conversions (the report's conversion
 *       section). A rate that was not observed, or is 0, stops the analysis: the model needs each stage, and
 *       the note says which rate and why.</li>
 *   <li><b>average deal</b>: the deals won in the period, in the reporting currency, over their number;
 *       <b>sales cycle</b>: the mean of the report's sales cycle; <b>current customers and revenue</b>: the
 *       customers paying in the last month and 12 × its MRR (without MRR records: the won deals and no revenue);
 *       <b>annual churn</b>: 1 − (1 − monthly logo churn)^12.</li>
 *   <li><b>not in the data</b>, and given values that keep them from limiting new customers: sales capacity
 *       (no team size or rep capacity: ten times a year's leads, so demand binds) and market size (a hundred
 *       times current customers plus a year's leads). The average deal, churn and revenue do not enter the
 *       new-customers target; when they are not observed the model gets a neutral value and the report says so.</li>
 * </ul>
 *
 * <p>In a model limited by demand, improving any conversion rate by the same 10% adds the same customers (the
 * rates multiply); {@link Sensitivity} then ranks first the one that adds the fewest SQLs for sales, SQL→customer.
 * The effect is what the data makes it: 10% of the new customers a year the observed funnel yields.
 *
 * <p>This class is immutable and thread-safe.
 */
final class LeverAnalysis {
  /** The relative improvement of each lever. */
  static final Rate STEP = Rate.ofPercent(10);

  /** An input the data did not show: its name, why, and what the model was given instead. */
  record Unobserved(String input, String why, String assumed) {
    @Override
    public String toString() {
      return input + " (" + why + "; " + assumed + ")";
    }
  }

  private final Optional<Sensitivity> sensitivity;
  private final Optional<String> note;
  private final List<String> observed;
  private final List<Unobserved> unobserved;
  private final MonthRange window;

  private LeverAnalysis(Optional<Sensitivity> sensitivity, Optional<String> note, List<String> observed,
      List<Unobserved> unobserved, MonthRange window) {
    this.sensitivity = sensitivity;
    this.note = note;
    this.observed = List.copyOf(observed);
    this.unobserved = List.copyOf(unobserved);
    this.window = window;
  }

  /** What the lever analysis reads from the report being built. */
  record Inputs(MonthRange period, CurrencyUnit currency, DealTally deals,
      Map<String, MetricResult<Proportion>> conversions, AcquisitionReport acquisition, boolean hasSpend,
      SalesCycleReport cycle, MetricResult<Rate> monthlyChurn, MetricResult<MrrMovements> lastMonth,
      Rate grossMargin) {}

  /** The analysis of {@code in}. */
  static LeverAnalysis of(Inputs in) {
    requireNonNull(in, "in");
    List<String> observed = new ArrayList<>();
    List<Unobserved> unobserved = new ArrayList<>();
    Map<YearMonth, Long> byMonth = in.deals().leadsByMonth();
    if (byMonth.isEmpty()) {
      return notComputed("no lead was created in the period " + in.period(), observed, unobserved, in.period());
    }
    YearMonth first = byMonth.keySet().iterator().next();
    MonthRange window = MonthRange.of(first, in.period().end());
    long months = window.lengthInMonths();
    long leads = byMonth.values().stream().mapToLong(Long::longValue).sum();
    BigDecimal perMonth = BigDecimal.valueOf(leads).divide(BigDecimal.valueOf(months), MathContext.DECIMAL64);
    BigDecimal perYear = perMonth.multiply(BigDecimal.valueOf(12));
    BigDecimal paidShare = BigDecimal.valueOf(in.deals().paidLeadsInPeriod())
        .divide(BigDecimal.valueOf(leads), MathContext.DECIMAL64);
    observed.add(count(perMonth) + " leads/month");

    // the rates: each is needed
    FunnelRates funnel = FunnelRates.startingAt(LifecycleStage.VISITOR).then(LifecycleStage.LEAD, Rate.ONE);
    LifecycleStage[] into = {LifecycleStage.MQL, LifecycleStage.SQL, LifecycleStage.CUSTOMER};
    List<String> missingRates = new ArrayList<>();
    for (int i = 0; i < into.length; i++) {
      String name = HealthReport.CONVERSIONS.get(i);
      MetricResult<Proportion> p = in.conversions().get(name);
      if (!p.isComputed()) {
        missingRates.add(name + ": " + p.reason().orElse("not computable"));
      } else if (p.value().rate().isZero()) {
        missingRates.add(name + ": 0 of " + p.value().trials() + " converted");
      } else {
        Rate rate = p.value().rate();
        observed.add(name + " " + HealthText.pct(rate));
        if (missingRates.isEmpty()) {
          funnel = funnel.then(into[i], rate);
        }
      }
    }
    if (!missingRates.isEmpty()) {
      return notComputed("the planning model needs every stage rate; not observed in " + window + ": "
          + String.join("; ", missingRates), observed, unobserved, window);
    }

    // money: average deal, cost per paid lead, current revenue
    CurrencyUnit currency = in.currency();
    long wonInPeriod = in.deals().wonInPeriod();
    MonetaryAmount deal;
    if (wonInPeriod > 0 && in.deals().periodDealTotal().signum() > 0) {
      deal = Amounts.divide(Amounts.of(in.deals().periodDealTotal(), currency), wonInPeriod, RoundingMode.HALF_EVEN);
      observed.add("average deal " + Amounts.format(deal) + " (" + wonInPeriod + " won)");
    } else {
      deal = Amounts.of(BigDecimal.ONE, currency);
      unobserved.add(new Unobserved("average deal", wonInPeriod == 0 ? "no deal won in the period"
          : "the deals won in the period have no amount", "1 " + currency.getCurrencyCode()
          + ", it does not enter the new-customers target"));
    }
    try {
      return withModel(in, withMoney(PlanningModel.handbook(), deal).withFunnel(funnel), perMonth, perYear, paidShare,
          observed, unobserved, window);
    } catch (IllegalArgumentException e) {
      return notComputed("the planning model rejected an observed input: " + e.getMessage(), observed, unobserved,
          window);
    }
  }

  /** The analysis on {@code model}, whose deal and funnel are set; every other input set here. */
  private static LeverAnalysis withModel(Inputs in, PlanningModel model, BigDecimal perMonth, BigDecimal perYear,
      BigDecimal paidShare, List<String> observed, List<Unobserved> unobserved, MonthRange window) {
    CurrencyUnit currency = in.currency();

    Optional<MonetaryAmount> cpl = Optional.empty();
    if (!in.hasSpend()) {
      unobserved.add(new Unobserved("cost per lead", "no spend records in the input",
          "every lead counts as organic and the marketing budget as 0"));
    } else {
      MetricResult<MonetaryAmount> paidCpl = in.acquisition().cplByKind().get(ChannelKind.PAID);
      if (paidCpl != null && paidCpl.isComputed() && paidCpl.value().isPositive() && paidShare.signum() > 0) {
        cpl = Optional.of(paidCpl.value());
      } else {
        unobserved.add(new Unobserved("cost per paid lead", paidCpl == null || !paidCpl.isComputed()
            ? "no lead from a channel the spend marks paid" : "the paid channels' spend is 0",
            "every lead counts as organic and the marketing budget as 0"));
      }
    }
    BigDecimal paidPerYear = cpl.isPresent() ? perYear.multiply(paidShare) : BigDecimal.ZERO;
    BigDecimal organicPerYear = perYear.subtract(paidPerYear);
    if (cpl.isPresent()) {
      observed.set(0, observed.get(0) + " (" + count(paidShare.multiply(perMonth)) + " paid, at "
          + Amounts.format(cpl.get()) + " a lead)");
      model = model.withCostPerVisitor(cpl.get())
          .withMarketingBudget(Amounts.multiply(cpl.get(), paidPerYear));
    } else {
      model = model.withCostPerVisitor(Amounts.of(BigDecimal.ONE, currency)).withMarketingBudget(Amounts.zero(currency));
    }
    model = model.withMarketers(BigDecimal.ONE).withOrganicVisitorsPerMarketer(organicPerYear);

    // the cycle
    if (in.cycle().mean().isComputed()) {
      BigDecimal days = in.cycle().mean().value().toDays().max(BigDecimal.ONE);
      model = model.withSalesCycleDays(days);
      observed.add("sales cycle " + days.setScale(0, RoundingMode.HALF_EVEN).toPlainString() + " days (mean)");
    } else {
      model = model.withSalesCycleDays(BigDecimal.valueOf(365));
      unobserved.add(new Unobserved("sales cycle", in.cycle().mean().reason().orElse("not computable"),
          "365 days; with capacity not limiting, it does not change new customers"));
    }
    // capacity: never observed
    unobserved.add(new Unobserved("sales capacity", "the data has no team size or rep capacity",
        "assumed not to limit new customers (10 × a year's leads)"));
    model = model.withSalesReps(BigDecimal.ONE).withSqlsPerRepPerCycle(perYear.multiply(BigDecimal.TEN)
        .multiply(model.salesCycleDays()).divide(BigDecimal.valueOf(365), MathContext.DECIMAL64)
        .setScale(0, RoundingMode.CEILING).max(BigDecimal.ONE));

    // customers, revenue, churn
    long customers;
    if (in.lastMonth().isComputed()) {
      customers = in.lastMonth().value().counts().atEnd();
      MonetaryAmount revenue = Amounts.multiply(in.lastMonth().value().endMrr(), BigDecimal.valueOf(12));
      model = model.withCurrentRevenue(revenue);
      observed.add(customers + " paying customers, " + Amounts.format(revenue) + " a year");
    } else {
      customers = in.deals().won();
      model = model.withCurrentRevenue(Amounts.zero(currency));
      unobserved.add(new Unobserved("current revenue", in.lastMonth().reason().orElse("no MRR records"),
          "0, it does not enter the new-customers target; current customers = the " + customers + " won deals"));
    }
    if (in.monthlyChurn().isComputed()) {
      BigDecimal kept = BigDecimal.ONE.subtract(in.monthlyChurn().value().toBigDecimal()).pow(12, MathContext.DECIMAL64);
      Rate annual = Rate.of(BigDecimal.ONE.subtract(kept).setScale(6, RoundingMode.HALF_EVEN));
      model = model.withAnnualChurn(annual);
      observed.add("annual churn " + HealthText.pct(annual));
    } else {
      model = model.withAnnualChurn(Rate.of(BigDecimal.ZERO));
      unobserved.add(new Unobserved("churn", in.monthlyChurn().reason().orElse("not computable"),
          "0, with the market not limiting it does not change new customers"));
    }
    long marketSize = Math.max(1, 100 * customers + perYear.setScale(0, RoundingMode.CEILING).longValueExact());
    unobserved.add(new Unobserved("market size", "the data does not say how many companies could buy",
        "assumed not to limit new customers (" + marketSize + " potential customers)"));
    model = model.withMarketSize(marketSize).withMarketShare(Rate.ofFraction(customers, marketSize))
        .withGrossMargin(in.grossMargin());
    return new LeverAnalysis(Optional.of(model.sensitivity(PlanningTarget.NEW_CUSTOMERS, STEP)), Optional.empty(), observed,
        unobserved, window);
  }

  /**
   * {@code model} with the average deal {@code deal} and every other amount in its currency: 0 for the team's
   * costs and the revenue, 1 per visitor (set from the data afterwards). The handbook model is only the
   * starting object: each of its inputs is replaced here or in {@link #withModel}.
   */
  private static PlanningModel withMoney(PlanningModel model, MonetaryAmount deal) {
    CurrencyUnit currency = deal.getCurrency();
    MonetaryAmount zero = Amounts.zero(currency);
    if (!model.averageDeal().getCurrency().equals(currency)) {
      // the model checks each amount against the deal's currency: move the handbook's into it first
      throw new IllegalArgumentException("the planning model's amounts are in "
          + model.averageDeal().getCurrency().getCurrencyCode() + ", the report's in " + currency.getCurrencyCode());
    }
    return model.withCurrentRevenue(zero).withMarketingBudget(zero).withCostPerVisitor(Amounts.of(BigDecimal.ONE,
        currency)).withCostPerMarketer(zero).withCostPerSalesRep(zero).withCostPerCustomerSuccess(zero)
        .withCustomerSuccess(BigDecimal.ZERO).withAverageDeal(deal);
  }

  private static LeverAnalysis notComputed(String why, List<String> observed, List<Unobserved> unobserved,
      MonthRange window) {
    return new LeverAnalysis(Optional.empty(), Optional.of("sensitivity not computed: " + why), observed,
        unobserved, window);
  }

  private static String count(BigDecimal v) {
    return v.setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  /** The sensitivity on the observed inputs, if every stage rate was observed. */
  Optional<Sensitivity> sensitivity() {
    return sensitivity;
  }

  /** Why the sensitivity is missing: present exactly when {@link #sensitivity()} is empty. */
  Optional<String> note() {
    return note;
  }

  /** The months the inputs were observed over. */
  MonthRange window() {
    return window;
  }

  /** The inputs read from the data, e.g. {@code "199 leads/month"}, {@code "Lead→MQL 28.77%"}. */
  List<String> observed() {
    return observed;
  }

  /** The inputs the data does not show, with why and what the model was given. */
  List<Unobserved> unobserved() {
    return unobserved;
  }

  /** {@code "on your data (2026-01..2026-12): 199 leads/month, Lead→MQL 28.77%, …"}. */
  String inputsLine() {
    return "on your data (" + window + "): " + String.join(", ", observed);
  }

  /** {@code "not in the data: sales capacity (…); market size (…)"}, if the data lacks any input. */
  Optional<String> unobservedLine() {
    return unobserved.isEmpty() ? Optional.empty() : Optional.of("not in the data: " + String.join("; ",
        unobserved.stream().map(Unobserved::toString).toList()));
  }
}
