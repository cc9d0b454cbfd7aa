package io.revops.examples.healthcheck;

import io.revops.core.money.Amounts;
import io.revops.examples.healthcheck.sections.MonthlyFunnel;
import io.revops.examples.healthcheck.sections.MonthlyRevenue;
import io.revops.examples.report.HtmlPage;
import io.revops.examples.report.HtmlPage.Cell;
import io.revops.examples.report.HtmlPage.Row;
import io.revops.examples.report.SvgCharts;
import io.revops.metrics.MetricResult;
import io.revops.metrics.conversion.Proportion;
import io.revops.metrics.revenue.MrrMovements;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The monthly sections of {@code report.html}: funnel conversions by cohort month and MRR movements by month,
 * from the report's {@link MonthlyFunnel} and {@link MonthlyRevenue}.
 */
final class TrendHtml {
  private TrendHtml() {}

  static void funnelByMonth(HtmlPage page, HealthReport r, ReportText t) {
    MonthlyFunnel f = r.sections().funnel();
    page.heading(t.t(Label.FUNNEL_BY_MONTH), "funnel-by-month");
    page.note(t.t(Label.FUNNEL_BY_MONTH_NOTE));
    List<Row> rows = new ArrayList<>();
    f.byMonth().forEach((m, byName) -> {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.of(m.toString()));
      byName.forEach((name, p) -> cells.add(Cell.keyed(short_(p, t), "funnel-month/" + m + "/" + name)
          .titled(p.isComputed() ? t.count(p.value().successes()) + "/" + t.count(p.value().trials())
              : p.reason().orElseThrow())));
      rows.add(Row.of(cells));
    });
    List<String> header = new ArrayList<>();
    header.add(t.t(Label.MONTH));
    header.addAll(f.names());
    page.rows("funnel-by-month-table", header, rows, false);
  }

  /** A proportion's rate alone (the interval is in the tooltip and the period table), or "n/a". */
  private static String short_(MetricResult<Proportion> p, ReportText t) {
    return p.isComputed() ? t.pct(p.value().rate()) : t.t(Label.NA);
  }

  static void mrrByMonth(HtmlPage page, HealthReport r, ReportText t) {
    MonthlyRevenue rev = r.sections().revenue();
    page.heading(t.t(Label.MRR_BY_MONTH), "mrr-by-month");
    if (rev.missing().isPresent()) {
      page.paragraph(t.na(rev.missing().get()));
      return;
    }
    List<SvgCharts.Bar> bars = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<java.time.YearMonth, MetricResult<MrrMovements>> e : rev.byMonth().entrySet()) {
      String k = "mrr-month/" + e.getKey() + "/";
      if (!e.getValue().isComputed()) {
        rows.add(Row.of(List.of(Cell.of(e.getKey().toString()), Cell.of(t.metric(e.getValue())))));
        continue;
      }
      MrrMovements m = e.getValue().value();
      MonetaryAmount net = m.endMrr().subtract(m.startMrr());
      bars.add(new SvgCharts.Bar(e.getKey().toString(), Amounts.toBigDecimal(net).doubleValue(),
          HealthHtml.compact(Amounts.toBigDecimal(net), t)));
      rows.add(Row.of(List.of(Cell.of(e.getKey().toString()), Cell.keyed(t.money(m.startMrr()), k + "start"),
          Cell.keyed(t.formats().signedMoney(m.newMrr()), k + "new"),
          Cell.keyed(t.formats().signedMoney(m.expansion()), k + "expansion"),
          Cell.keyed(t.formats().signedMoney(m.reactivation()), k + "reactivation"),
          Cell.keyed(t.formats().outflow(m.contraction()), k + "contraction"),
          Cell.keyed(t.formats().outflow(m.churn()), k + "churn"),
          Cell.keyed(t.formats().signedMoney(m.fxImpact()), k + "fx"),
          Cell.keyed(t.money(m.endMrr()), k + "end"))));
    }
    Optional<String> currency = rev.byMonth().values().stream().filter(MetricResult::isComputed).findFirst()
        .map(x -> t.formats().currency(x.value().currency()));
    page.svg(SvgCharts.bars(t.t(Label.MRR_BY_MONTH_CHART, currency.orElse("")), "chart-mrr-monthly", bars,
        t.t(Label.NO_DATA)));
    page.rows("mrr-by-month-table", List.of(t.t(Label.MONTH), t.t(Label.START_MRR), t.t(Label.NEW),
        t.t(Label.EXPANSION), t.t(Label.REACTIVATION), t.t(Label.CONTRACTION), t.t(Label.CHURN_MRR), t.t(Label.FX),
        t.t(Label.END_MRR)), rows, false);
  }
}
