package io.revops.examples.healthcheck;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.funnel.FunnelSnapshot;
import io.revops.core.funnel.LifecycleStage;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.money.Rate;
import io.revops.metrics.MetricResult;
import io.revops.metrics.MonthRange;
import io.revops.metrics.conversion.FunnelCounts;
import io.revops.metrics.conversion.Proportion;
import io.revops.metrics.conversion.WinRateAccumulator;
import io.revops.metrics.revenue.MrrMovements;
import io.revops.metrics.revenue.RevenueAnalysis;
import io.revops.metrics.review.Bootstrap;
import io.revops.metrics.review.Change;
import io.revops.metrics.review.Comparisons;
import io.revops.metrics.review.HandbookRange;
import io.revops.metrics.review.Polarity;
import io.revops.metrics.review.Review;
import io.revops.metrics.review.StageAttribution;
import io.revops.metrics.value.Arpa;
import io.revops.metrics.value.Ltv;
import io.revops.metrics.value.LtvCac;
import io.revops.metrics.value.LtvCacRatio;
import io.revops.sla.ResponseBucket;
import io.revops.sla.SlaReport;
import io.revops.sla.StatusCounts;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The health check's "since the baseline" section: the shared metrics of a baseline period compared with the
 * same number of months ending with the report's last month ({@link Review}). Leads are cohorts by creation
 * month; each cohort is counted as long after its period's end as the current one can be (the report's
 * as-of minus the current period's end), so the baseline's leads have no longer to convert. Deals won or lost,
 * SLA verdicts and spend fall in a period by their own month; NRR is over the period, from the month before it.
 *
 * <p>Compared: the stage conversions (with which stage moved the outcome most), the win rate (against the
 * handbook's sales efficiency +10–20%), the median sales cycle of the deals won (seeded bootstrap), the share
 * of MQLs answered within 5 minutes, each SLA obligation's compliance (met of met or breached), CAC, LTV:CAC and
 * NRR. Each claim is at the 95% level, so among a dozen metrics that did not change one may well be claimed.
 */
final class BaselineReview {
  private BaselineReview() {}

  /**
   * The review of {@code baseline} against the current period of {@code report}.
   *
   * @throws IllegalArgumentException if the baseline does not end before the current period starts
   */
  static Review of(HealthInput input, HealthReport report, HealthOptions options, MonthRange baseline, long seed) {
    requireNonNull(baseline, "baseline");
    ZoneId zone = options.calendar().zone();
    YearMonth last = report.period().end();
    MonthRange now = MonthRange.of(last.minusMonths(baseline.lengthInMonths() - 1), last);
    checkArgument(baseline.end().isBefore(now.start()),
        "--baseline must end before the current period %s starts: %s", now, baseline);
    Instant asOf = report.asOf();
    Instant nowEnd = start(now.end().plusMonths(1), zone);
    Duration lag = asOf.isAfter(nowEnd) ? Duration.between(nowEnd, asOf) : Duration.ZERO;
    List<LeadEventHistory> histories = input.histories().stream().map(h -> h.asOf(asOf)).filter(h -> h.size() > 0).toList();
    Period b = Period.measure(baseline, histories, zone, lag, asOf);
    Period n = Period.measure(now, histories, zone, lag, asOf);

    List<Change> changes = new ArrayList<>();
    changes.add(Comparisons.proportions("win rate", b.winRate, n.winRate, Polarity.HIGHER_IS_BETTER)
        .withReference(HandbookRange.SALES_EFFICIENCY));
    changes.add(Comparisons.medians("sales cycle (won deals)", b.cycles, n.cycles, ChronoUnit.DAYS,
        Polarity.LOWER_IS_BETTER, Bootstrap.withSeed(seed)));
    SlaReport sla = report.sla();
    changes.add(Comparisons.proportions("speed to lead (MQLs answered within 5 min)", fastShare(sla, baseline),
        fastShare(sla, now), Polarity.HIGHER_IS_BETTER));
    for (String key : sla.compliance().keySet()) {
      changes.add(Comparisons.proportions("SLA " + key, compliance(sla, key, baseline), compliance(sla, key, now),
          Polarity.HIGHER_IS_BETTER));
    }
    MetricResult<MonetaryAmount> cacB = HealthAccumulator.acquisition(histories, input.spend(), baseline, options, asOf).cac();
    MetricResult<MonetaryAmount> cacN = HealthAccumulator.acquisition(histories, input.spend(), now, options, asOf).cac();
    changes.add(Comparisons.figures("CAC", cacB, cacN, Polarity.LOWER_IS_BETTER));
    if (input.mrr().isEmpty()) {
      changes.add(Comparisons.figures("NRR", none("NRR"), none("NRR"), Polarity.HIGHER_IS_BETTER));
    } else {
      RevenueAnalysis analysis = RevenueAnalysis.of(HealthAssembly.ledger(input.mrr()), options.reporting());
      changes.add(Comparisons.figures("LTV:CAC", ltvCac(analysis, baseline, options, cacB),
          ltvCac(analysis, now, options, cacN), Polarity.HIGHER_IS_BETTER));
      changes.add(Comparisons.figures("NRR", analysis.nrr(baseline.start().minusMonths(1), baseline.end()),
          analysis.nrr(now.start().minusMonths(1), now.end()), Polarity.HIGHER_IS_BETTER));
    }
    return Review.of(baseline.toString(), now.toString(), changes, Optional.of(StageAttribution.of(b.funnel, n.funnel)));
  }

  private static <T> MetricResult<T> none(String metric) {
    return MetricResult.notComputable(metric, "no MRR records in the input", List.of());
  }

  private static MetricResult<LtvCacRatio> ltvCac(RevenueAnalysis analysis, MonthRange period, HealthOptions options,
      MetricResult<MonetaryAmount> cac) {
    MetricResult<MrrMovements> lastMonth = analysis.movements(period.end().minusMonths(1), period.end());
    MetricResult<Rate> churn = io.revops.examples.healthcheck.sections.MonthlyRevenue.monthlyChurn(analysis, period.start().minusMonths(1), period.end());
    if (!lastMonth.isComputed() || !churn.isComputed()) {
      return MetricResult.notComputable("LTV:CAC", "LTV not computable: "
          + (lastMonth.isComputed() ? churn : lastMonth).reason().orElseThrow(), List.of());
    }
    MetricResult<MonetaryAmount> arpa = Arpa.of(lastMonth.value().endMrr(), lastMonth.value().counts().atEnd());
    if (!arpa.isComputed()) {
      return MetricResult.notComputable("LTV:CAC", "ARPA not computable: " + arpa.reason().orElseThrow(), List.of());
    }
    return LtvCac.of(Ltv.fromChurn(arpa.value(), options.grossMargin(), churn.value()), cac);
  }

  private static MetricResult<Proportion> fastShare(SlaReport sla, MonthRange period) {
    var speed = sla.speedToLead(period.start(), period.end());
    long all = 0;
    for (ResponseBucket bucket : ResponseBucket.values()) {
      if (bucket != ResponseBucket.NEVER) all += speed.bucket(bucket).mqls();
    }
    long fast = speed.bucket(ResponseBucket.WITHIN_5_MINUTES).mqls();
    String how = fast + " of " + all + " answered MQLs in " + period;
    return all == 0 ? MetricResult.notComputable("speed to lead", "no answered MQLs", how, List.of())
        : MetricResult.of("speed to lead", Proportion.of(fast, all), how, List.of());
  }

  private static MetricResult<Proportion> compliance(SlaReport sla, String key, MonthRange period) {
    StatusCounts sum = StatusCounts.ZERO;
    for (Map.Entry<YearMonth, StatusCounts> e : sla.complianceByMonth(key).entrySet()) {
      if (period.contains(e.getKey())) sum = sum.plus(e.getValue());
    }
    long decided = sum.met() + sum.breached();
    String how = sum.met() + " met of " + decided + " decided in " + period;
    return decided == 0 ? MetricResult.notComputable("SLA " + key, "no decided verdicts", how, List.of())
        : MetricResult.of("SLA " + key, Proportion.of(sum.met(), decided), how, List.of());
  }

  private static Instant start(YearMonth month, ZoneId zone) {
    return month.atDay(1).atStartOfDay(zone).toInstant();
  }

  /** What one period's cohort and deals give. */
  private static final class Period {
    FunnelSnapshot funnel;
    MetricResult<Proportion> winRate;
    final List<Duration> cycles = new ArrayList<>();

    static Period measure(MonthRange range, List<LeadEventHistory> histories, ZoneId zone, Duration lag, Instant asOf) {
      Instant from = start(range.start(), zone);
      Instant to = start(range.end().plusMonths(1), zone);
      Instant end = to.isAfter(asOf) ? asOf : to;
      Instant cohortAsOf = end.plus(lag).isAfter(asOf) ? asOf : end.plus(lag);
      Period p = new Period();
      FunnelCounts counts = FunnelCounts.of(0, from, end, cohortAsOf);
      WinRateAccumulator wins = WinRateAccumulator.of(from, end);
      for (LeadEventHistory h : histories) {
        counts.add(h);
        wins.add(h);
        h.won().ifPresent(w -> {
          if (!w.at().isBefore(from) && w.at().isBefore(end) && h.created().isPresent() && h.isSound()) {
            p.cycles.add(Duration.between(h.created().get().at(), w.at()));
          }
        });
      }
      Map<LifecycleStage, Long> c = new EnumMap<>(counts.result().funnel().counts());
      c.put(LifecycleStage.VISITOR, c.get(LifecycleStage.LEAD)); // visitors are not in lead histories
      p.funnel = FunnelSnapshot.of(c);
      p.winRate = wins.result().overall();
      return p;
    }
  }
}
