package io.revops.examples.healthcheck;

import io.revops.core.funnel.BowtieStage;
import io.revops.core.funnel.LifecycleStage;
import io.revops.core.funnel.StageConversion;
import io.revops.core.money.Rate;
import io.revops.metrics.MetricResult;
import io.revops.metrics.acquisition.Channel;
import io.revops.metrics.revenue.MrrMovements;
import io.revops.sla.ConversionCounts;
import io.revops.sla.ResponseBucket;
import io.revops.sla.StatusCounts;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The plain-text summary of a {@link HealthReport}. */
final class HealthText {
  private HealthText() {}

  static String value(MetricResult<?> r) {
    return r.isComputed() ? MetricResult.format(r.value()) : "n/a (" + r.reason().orElse("not computable") + ")";
  }

  /**
   * The decimals of a percentage in the text and HTML summary, for every rate alike (conversions, churn, GRR,
   * NRR, compliance): 2, as NRR prints, so that figures derived from one another can be checked by hand.
   * {@code report.json} keeps more ({@link HealthJson#PRECISION}).
   */
  static final int PERCENT_DECIMALS = 2;

  static String pct(Rate r) {
    return r.toPercentString(PERCENT_DECIMALS, RoundingMode.HALF_EVEN);
  }

  /** A rate to {@link #PERCENT_DECIMALS} decimals (the same as {@link #pct}; kept for its callers). */
  static String pct2(Rate r) {
    return pct(r);
  }

  /**
   * The rate of a bowtie stage against the stage it is a share of, named: advocacy (customers won through
   * referral) is a share of the deals, not of the expanded customers before it in the bowtie.
   */
  static String bowtieRate(HealthReport r, BowtieStage to) {
    Optional<BowtieStage> shareOf = bowtieBase(to);
    if (shareOf.isEmpty()) {
      return ""; // the first stage has no rate to print
    }
    BowtieStage base = shareOf.get();
    long whole = r.bowtie().volume(base);
    String of = " of " + label(base).toLowerCase(Locale.ROOT);
    return whole == 0 ? "n/a (no " + label(base).toLowerCase(Locale.ROOT) + ")"
        : pct(Rate.ofFraction(r.bowtie().volume(to), whole)) + of;
  }

  /**
   * The stage a bowtie stage's rate is a share of: the stage before it, except retention and advocacy, which
   * are shares of the deals; none for attraction, the first.
   */
  static Optional<BowtieStage> bowtieBase(BowtieStage to) {
    return switch (to) {
      case ATTRACTION -> Optional.empty();
      case RETENTION, ADVOCACY -> Optional.of(BowtieStage.DEAL);
      default -> Optional.of(BowtieStage.values()[to.ordinal() - 1]);
    };
  }

  /** A channel's CAC; a zero one says why, so that it does not read as a free channel by accident. */
  static String cac(MetricResult<javax.money.MonetaryAmount> r) {
    return r.isComputed() && r.value().isZero() ? value(r) + " (no spend on this channel)" : value(r);
  }

  /** An outflow with its minus sign; zero without one. */
  static String minus(javax.money.MonetaryAmount m) {
    return m.isZero() ? fmt(m) : "−" + fmt(m);
  }

  /** The input line's count of lead histories with anomalies and what that means for the rates. */
  static String anomalies(HealthReport r) {
    long n = r.historiesWithAnomalies();
    long out = r.unsoundHistories();
    return n + (n == 1 ? " lead history" : " lead histories") + " with anomalies"
        + (out == 0 ? "" : " (" + out + " compromised by them, left out of the conversion rates, win rate and sales cycle)");
  }

  /** What the lever's effect is counted in. */
  static final String LEVER = "biggest lever (+10%, new customers a year in the planning model on your data): ";

  /** The start of the one line a section prints when the data it needs is missing. */
  static final String SEE_MISSING = "not computed (see Missing data: ";

  /** The one line of a section that {@code kind} missing empties. */
  static String seeMissing(MissingData.Kind kind) {
    return "  " + SEE_MISSING + kind.label() + ")";
  }

  /**
   * The sales-cycle line: its start, median and p90, and how its won deals add up to the customers, e.g.
   * {@code "… over 107 won deals (of the 108 customers; 1 left out: anomalies in its history)"}.
   */
  static String cycle(HealthReport r) {
    DealTally d = r.deals();
    long measured = r.cycle().won();
    long leftOut = d.won() - measured;
    long anomalous = d.wonUnsound();
    long noStart = leftOut - anomalous;
    String start = r.cycle().policies().get(0).label();
    StringBuilder sb = new StringBuilder("Sales cycle (").append(start)
        .append(d.withContact() == 0 && d.won() > 0 ? ": the data records no contact attempt" : "").append("): ");
    if (measured == 0) {
      sb.append(d.won() == 0 ? "no won deals" : "none of the " + d.won() + " won deals could be measured");
    } else {
      sb.append("median ").append(value(r.cycle().median())).append(", p90 ").append(value(r.cycle().p90()))
          .append(" over ").append(measured).append(" won deals");
    }
    if (leftOut > 0) {
      sb.append(" (of the ").append(d.won()).append(" customers; ").append(leftOut).append(" left out: ");
      List<String> why = new java.util.ArrayList<>();
      if (anomalous > 0) {
        why.add(anomalous + " with anomalies in the history");
      }
      if (noStart > 0) {
        why.add(noStart + " with no " + (start.contains("contact") ? "first contact" : "creation")
            + " before the win");
      }
      sb.append(String.join(", ", why)).append(")");
    }
    return sb.toString();
  }

  /** How the period's won deals add up: CAC's new customers and the win rate's wins. */
  static String wonInPeriod(HealthReport r) {
    DealTally d = r.deals();
    return "won in the period: " + d.wonInPeriod() + " customers (CAC's new customers)"
        + (d.wonInPeriodUnsound() == 0 ? ", all in the win rate"
        : "; " + d.wonInPeriodUnsound() + " with anomalies in the history left out of the win rate");
  }

  static String summary(HealthReport r) {
    StringBuilder sb = new StringBuilder();
    String nl = System.lineSeparator();
    sb.append("RevOps health check — ").append(r.source()).append(nl);
    sb.append("as of ").append(r.asOf()).append("; period ").append(r.period()).append("; amounts in ")
        .append(r.currency().getCurrencyCode()).append(nl);
    sb.append(String.format(Locale.ROOT, "input: %d rows read, %d rejected; %d leads, %d events, %s%n",
        r.rowsRead(), r.rowsRejected(), r.leads(), r.events(), anomalies(r)));
    r.rejectionsByRule().forEach((rule, n) -> sb.append("  rejected ").append(n).append(" × ").append(rule).append(nl));
    if (r.rowsRejected() > 5) {
      sb.append("  the first 5 of ").append(r.rowsRejected()).append(" bad rows (up to ").append(r.errors().size())
          .append(" in report.json):").append(nl);
    }
    r.errors().stream().limit(5).forEach(e -> sb.append("  e.g. ").append(e).append(nl));
    if (!r.missingData().isEmpty()) {
      sb.append(nl).append("Missing data (the figures that need it are left out below)").append(nl);
      r.missingData().items().forEach(i -> sb.append("  ").append(i).append(nl));
    }

    sb.append(nl).append("Funnel (every lead in the data)").append(nl);
    for (LifecycleStage s : r.funnel().stages()) {
      if (s == LifecycleStage.VISITOR) {
        continue;
      }
      sb.append(String.format(Locale.ROOT, "  %-12s %8d", s.label(), r.funnel().count(s).orElse(0)));
      for (StageConversion c : r.funnel().conversions()) {
        if (c.to() == s && c.from() != LifecycleStage.VISITOR) {
          sb.append("   ").append(c.label()).append(' ').append(c.rate().map(HealthText::pct).orElse(c.explanation()));
        }
      }
      sb.append(nl);
    }
    sb.append("Bowtie").append(nl);
    for (BowtieStage s : BowtieStage.values()) {
      sb.append(String.format(Locale.ROOT, "  %-12s %8d", label(s), r.bowtie().volume(s)));
      if (s.ordinal() > 0) {
        sb.append("   ").append(bowtieRate(r, s));
      }
      sb.append(nl);
    }
    sb.append("Conversion in the period (95% Wilson interval)").append(nl);
    r.conversions().forEach((name, p) -> sb.append(String.format(Locale.ROOT, "  %-13s %s%n", name, value(p))));
    sb.append("  ").append(wonInPeriod(r)).append(nl);

    sb.append(nl).append("CAC (").append(r.period()).append(", spend in the same period)").append(nl);
    if (!r.hasSpend()) {
      sb.append(seeMissing(MissingData.Kind.SPEND)).append(nl);
    } else {
      sb.append("  blended         ").append(value(r.acquisition().cac())).append(nl);
    }
    if (r.hasSpend()) for (Map.Entry<Channel, MetricResult<javax.money.MonetaryAmount>> e : r.acquisition().cacByChannel().entrySet()) {
      sb.append(String.format(Locale.ROOT, "  %-15s %s%n", e.getKey().source().code(), cac(e.getValue())));
    }
    sb.append("LTV").append(nl);
    if (r.missingData().lacks(MissingData.Kind.MRR)) {
      sb.append(seeMissing(MissingData.Kind.MRR)).append(nl);
    } else {
      ltv(sb, r, nl);
    }
    if (r.hasSpend() || !r.missingData().lacks(MissingData.Kind.MRR)) {
      sb.append("  LTV:CAC      ").append(r.ltvCac().isComputed() ? r.ltvCac().value().ratio().toString(2, RoundingMode.HALF_EVEN)
          + " — " + r.ltvCac().value().health() : value(r.ltvCac())).append(nl);
    }

    sb.append(nl).append("Revenue, last 12 months").append(nl);
    if (r.missingData().lacks(MissingData.Kind.MRR)) {
      sb.append(seeMissing(MissingData.Kind.MRR)).append(nl);
    } else {
      revenue(sb, r, nl);
    }
    sb.append(nl).append(cycle(r)).append(nl);

    sb.append(nl).append("SLA: ").append(r.sla().agreement().name()).append(" — ").append(r.sla().mqls())
        .append(" MQLs (every MQL in the data, not only the period's) as of ").append(r.sla().asOf()).append(nl);
    if (r.sla().mqls() == 0) {
      sb.append(seeMissing(MissingData.Kind.MQL_STAGE)).append(nl);
    } else {
      sla(sb, r, nl);
    }

    sb.append(nl).append("Top friction").append(nl);
    r.lowestConversion().ifPresent(f -> sb.append("  lowest conversion: ").append(f).append(nl));
    r.sensitivity().ifPresentOrElse(s -> sb.append("  ").append(LEVER).append(s.top()).append(nl),
        () -> sb.append("  ").append(r.sensitivityNote().orElseThrow()).append(nl));
    if (!r.lever().observed().isEmpty()) {
      sb.append("    ").append(r.lever().inputsLine()).append(nl);
    }
    r.lever().unobservedLine().ifPresent(line -> sb.append("    ").append(line).append(nl));

    sb.append(nl).append("Data quality").append(nl);
    r.dataQuality().ifPresentOrElse(q -> q.toString().lines().skip(1).forEach(line -> sb.append(line).append(nl)),
        () -> sb.append("  ").append(r.dataQualityMissing().orElseThrow()).append(nl));
    sb.append("  unreadable values: ").append(r.dataQualityFindings()).append(nl);
    r.dataQualityFindings().first(5).forEach(f -> sb.append("    ").append(f).append(nl));
    if (!r.duplicateMrrRecords().isEmpty()) {
      sb.append("  MRR records given more than once, each counted once: ").append(r.duplicateMrrRecords().size())
          .append(nl);
      r.duplicateMrrRecords().stream().limit(5).forEach(d -> sb.append("    ").append(d).append(nl));
    }
    return sb.toString();
  }

  private static void ltv(StringBuilder sb, HealthReport r, String nl) {
    sb.append("  ARPA         ").append(value(r.arpa())).append(nl);
    sb.append("  churn/month  ").append(r.monthlyChurn().isComputed() ? pct2(r.monthlyChurn().value())
        : value(r.monthlyChurn())).append(nl);
    sb.append("  LTV          ").append(value(r.ltv())).append(nl);
  }

  private static void revenue(StringBuilder sb, HealthReport r, String nl) {
    sb.append("  NRR          ").append(value(r.nrr())).append(nl);
    sb.append("  GRR          ").append(r.grr().isComputed() ? pct2(r.grr().value()) : value(r.grr())).append(nl);
    if (r.movements().isComputed()) {
      MrrMovements m = r.movements().value();
      sb.append("  MRR ").append(m.start()).append(' ').append(fmt(m.startMrr())).append(" → ").append(m.end())
          .append(' ').append(fmt(m.endMrr())).append(nl);
      sb.append("    new ").append(fmt(m.newMrr())).append(", expansion ").append(fmt(m.expansion()))
          .append(", reactivation ").append(fmt(m.reactivation())).append(nl);
      sb.append("    contraction ").append(minus(m.contraction())).append(", churn ").append(minus(m.churn()))
          .append(", FX ").append(fmt(m.fxImpact())).append(nl);
    } else {
      sb.append("  MRR movements ").append(value(r.movements())).append(nl);
    }
  }

  private static void sla(StringBuilder sb, HealthReport r, String nl) {
    sb.append(String.format(Locale.ROOT, "  %-34s %10s %7s %9s %8s %8s%n", "obligation", "compliance", "met",
        "breached", "pending", "at risk"));
    for (Map.Entry<String, StatusCounts> e : r.sla().compliance().entrySet()) {
      StatusCounts c = e.getValue();
      sb.append(String.format(Locale.ROOT, "  %-34s %10s %7d %9d %8d %8d%n", e.getKey(),
          c.compliance().map(HealthText::pct).orElse(c.complianceText()), c.met(),
          c.breached(), c.pending(), c.atRisk()));
    }
    sb.append("Speed to lead (MQL→SQL by first response)").append(nl);
    for (Map.Entry<ResponseBucket, ConversionCounts> e : r.sla().speedToLead().buckets().entrySet()) {
      sb.append(String.format(Locale.ROOT, "  %-18s %s%n", e.getKey().label(), e.getValue()));
    }
    sb.append("  conversion within 5 min vs after the first hour (the handbook's 9×): ")
        .append(r.sla().speedToLead().laterThanAnHour()).append(nl);
  }

  static String label(BowtieStage s) {
    String n = s.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }

  static String fmt(javax.money.MonetaryAmount m) {
    return io.revops.core.money.Amounts.format(m);
  }
}
