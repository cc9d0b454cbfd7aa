package io.revops.examples.healthcheck;

import io.revops.core.funnel.BowtieStage;
import io.revops.core.funnel.LifecycleStage;
import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import io.revops.examples.report.DrillDown;
import io.revops.examples.report.HtmlPage;
import io.revops.examples.report.HtmlPage.Cell;
import io.revops.examples.report.HtmlPage.Header;
import io.revops.examples.report.HtmlPage.Row;
import io.revops.examples.report.ReportLocale;
import io.revops.examples.report.SvgCharts;
import io.revops.metrics.revenue.MrrMovements;
import io.revops.sla.Obligation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * {@code report.html}: one self-contained XHTML page in English or Russian ({@link ReportLocale}) — inline
 * SVG charts, inline style and one small inline script ({@link DrillDown}), nothing fetched (a
 * Content-Security-Policy forbids it). Sections, in order: SLA compliance by obligation, the breached and
 * at-risk leads, compliance by rep and by source, SLA trends by week and month, speed to lead, the
 * rejected-lead review, the funnel and its conversions by month, the bowtie, acquisition and value, revenue
 * retention with MRR movements over the year and by month, the sales cycle, the top friction, data quality
 * and the rejected input rows.
 *
 * <p>Charts: {@code chart-breached-by-rep} (clickable), {@code chart-sla-weekly}, {@code chart-sla-monthly},
 * {@code chart-speed-to-lead}, {@code chart-bowtie}, {@code chart-mrr}, {@code chart-mrr-monthly}; a chart
 * without data says so. Figures carry {@code data-k} names (see {@link SlaHtml}) for checking.
 */
final class HealthHtml {
  /** The number of ISO weeks shown in the weekly compliance chart. */
  static final int WEEKS = SlaHtml.WEEKS;

  private HealthHtml() {}

  /** The key of the agreement's first-contact obligation, if it has one. */
  static Optional<String> firstContactKey(HealthReport r) {
    return r.sla().agreement().obligationsByKey().entrySet().stream()
        .filter(e -> e.getValue() instanceof Obligation.FirstContactWithin).map(Map.Entry::getKey).findFirst();
  }

  /** The page in English. */
  static String render(HealthReport r) {
    return render(r, ReportLocale.EN);
  }

  /** The page in {@code locale}, times in the SLA agreement's calendar zone. */
  static String render(HealthReport r, ReportLocale locale) {
    ReportText t = ReportText.of(locale, r.sla().agreement().zone());
    HtmlPage page = HtmlPage.titled(t.t(Label.TITLE), locale.tag());
    page.paragraph(t.t(Label.DATA_LINE, r.source(), t.time(r.asOf()), t.zone(), r.period(),
        t.formats().currency(r.currency())));
    page.note(t.t(Label.INPUT_LINE, t.count(r.rowsRead()), t.count(r.rowsRejected()), t.count(r.leads()),
        t.count(r.events()), t.count(r.historiesWithAnomalies())));
    if (!r.missingData().isEmpty()) { // said once, here; the sections it empties say "see Missing data"
      page.heading("Missing data", "missing-data");
      r.missingData().items().forEach(i -> page.paragraph(i.toString() + "."));
    }
    Map<String, String> contents = new LinkedHashMap<>();
    for (String[] s : new String[][] {{"sla", t.t(Label.SLA, r.sla().agreement().name())}, {"watch", t.t(Label.WATCH)},
        {"sla-by-rep", t.t(Label.SLA_BY_REP)}, {"sla-by-source", t.t(Label.SLA_BY_SOURCE)},
        {"sla-trends", t.t(Label.SLA_TRENDS)}, {"speed", t.t(Label.SPEED)}, {"rejections", t.t(Label.REJECTIONS)},
        {"funnel", t.t(Label.FUNNEL)}, {"funnel-by-month", t.t(Label.FUNNEL_BY_MONTH)}, {"bowtie", t.t(Label.BOWTIE)},
        {"acquisition", t.t(Label.ACQUISITION)}, {"revenue", t.t(Label.REVENUE)},
        {"mrr-by-month", t.t(Label.MRR_BY_MONTH)}, {"cycle", t.t(Label.CYCLE)}, {"friction", t.t(Label.FRICTION)},
        {"data-quality", t.t(Label.DATA_QUALITY)}}) {
      contents.put(s[0], s[1]);
    }
    page.contents(t.t(Label.CONTENTS), contents);
    page.drillPanel(t.t(Label.DRILL_CLOSE), t.t(Label.DRILL_TITLE, "{0}"), t.t(Label.DRILL_COUNT, "{0}", "{1}"),
        t.t(Label.DRILL_CAPPED));

    SlaHtml.render(page, r, t);
    funnel(page, r, t);
    TrendHtml.funnelByMonth(page, r, t);
    bowtie(page, r, t);
    acquisition(page, r, t);
    revenue(page, r, t);
    TrendHtml.mrrByMonth(page, r, t);

    page.heading(t.t(Label.CYCLE), "cycle");
    page.paragraph(t.t(Label.CYCLE_LINE, t.metric(r.cycle().median()), t.metric(r.cycle().p90()),
        t.count(r.cycle().won())) + (r.cycle().anomalousCount() == 0 ? "" : " " + t.t(Label.CYCLE_ANOMALIES)));

    page.heading(t.t(Label.FRICTION), "friction");
    r.lowestConversion().ifPresent(f -> page.paragraph(t.t(Label.LOWEST, f)));
    r.sensitivity().ifPresentOrElse(s -> page.paragraph("B" + HealthText.LEVER.substring(1) + s.top()),
        () -> page.paragraph(r.sensitivityNote().orElseThrow()));
    page.note(r.lever().inputsLine() + r.lever().unobservedLine().map(u -> "; " + u).orElse("") + ".");

    dataQuality(page, r, t);
    page.script(DrillDown.SCRIPT);
    return page.render();
  }

  private static void funnel(HtmlPage page, HealthReport r, ReportText t) {
    page.heading(t.t(Label.FUNNEL), "funnel");
    List<Row> rows = new ArrayList<>();
    for (LifecycleStage s : r.funnel().stages()) {
      if (s == LifecycleStage.VISITOR) {
        continue;
      }
      String rate = r.funnel().conversions().stream().filter(c -> c.to() == s && c.from() != LifecycleStage.VISITOR)
          .map(c -> c.label() + " " + c.rate().map(t::pct).orElse(t.t(Label.NA))).findFirst().orElse("");
      rows.add(Row.of(List.of(Cell.of(s.label()), Cell.keyed(t.count(r.funnel().count(s).orElse(0)),
          "funnel/" + s.name().toLowerCase(Locale.ROOT)), Cell.of(rate))));
    }
    page.rows("funnel-table", List.of(t.t(Label.STAGE), t.t(Label.LEADS), t.t(Label.CONVERSION)), rows, false);
    List<Row> conv = new ArrayList<>();
    r.conversions().forEach((name, p) -> conv.add(Row.of(List.of(Cell.of(name),
        Cell.keyed(t.metric(p), "conversion/" + name)))));
    page.rows("conversions", List.of(t.t(Label.IN_PERIOD, r.period()), t.t(Label.RATE_CI)), conv, false);
  }

  private static void bowtie(HtmlPage page, HealthReport r, ReportText t) {
    page.heading(t.t(Label.BOWTIE), "bowtie");
    long max = 1;
    for (BowtieStage s : BowtieStage.values()) {
      max = Math.max(max, r.bowtie().volume(s));
    }
    List<SvgCharts.Stage> stages = new ArrayList<>();
    for (BowtieStage s : BowtieStage.values()) {
      long v = r.bowtie().volume(s);
      // square root so that a stage a hundred times smaller is still visible
      stages.add(new SvgCharts.Stage(t.t(Label.of(s)), t.count(v), Math.sqrt((double) v / max),
          bowtieRate(r, s, t)));
    }
    page.svg(SvgCharts.bowtie(t.t(Label.BOWTIE_CHART), stages, BowtieStage.DEAL.ordinal()));
  }

  /**
   * {@link HealthText#bowtieRate} in this locale, from the volumes: the stage's share of the stage it is a share
   * of ({@link HealthText#bowtieBase}); none for the first stage; the English "n/a (no …)" when that stage is
   * empty.
   */
  static Optional<String> bowtieRate(HealthReport r, BowtieStage to, ReportText t) {
    return HealthText.bowtieBase(to).map(b -> {
      long whole = r.bowtie().volume(b);
      if (whole == 0) {
        return HealthText.bowtieRate(r, to);
      }
      String name = t.t(Label.of(b));
      return t.t(Label.OF, t.pct(Rate.ofFraction(r.bowtie().volume(to), whole)),
          t.locale() == ReportLocale.EN ? name.toLowerCase(Locale.ROOT) : name);
    });
  }

  private static void acquisition(HtmlPage page, HealthReport r, ReportText t) {
    page.heading(t.t(Label.ACQUISITION), "acquisition");
    List<List<String>> cacRows = new ArrayList<>();
    if (r.hasSpend()) {
      cacRows.add(List.of(t.t(Label.BLENDED), t.metric(r.acquisition().cac())));
      r.acquisition().cacByChannel().forEach((ch, m) -> cacRows.add(List.of(ch.toString(),
          m.isComputed() && m.value().isZero() ? t.t(Label.NO_SPEND_ON_CHANNEL, t.metric(m)) : t.metric(m))));
    } else {
      cacRows.add(List.of(t.t(Label.BLENDED), t.t(Label.NO_SPEND)));
    }
    page.table(List.of(t.t(Label.CAC_BY_CHANNEL), r.period().toString()), cacRows);
    page.rows("value", Header.of(t.t(Label.VALUE)).unheaded(), List.of(
        Row.of(List.of(Cell.of(t.t(Label.ARPA)), Cell.keyed(t.metric(r.arpa()), "value/arpa"))),
        Row.of(List.of(Cell.of(t.t(Label.CHURN)), Cell.keyed(r.monthlyChurn().isComputed()
            ? t.pct2(r.monthlyChurn().value()) : t.metric(r.monthlyChurn()), "value/churn"))),
        Row.of(List.of(Cell.of(t.t(Label.LTV)), Cell.keyed(t.metric(r.ltv()), "value/ltv"))),
        Row.of(List.of(Cell.of(t.t(Label.LTV_CAC)), Cell.keyed(t.metric(r.ltvCac()), "value/ltv-cac")))), false);
  }

  private static void revenue(HtmlPage page, HealthReport r, ReportText t) {
    page.heading(t.t(Label.REVENUE), "revenue");
    page.rows("retention", Header.of(t.t(Label.LAST_12)).unheaded(), List.of(
        Row.of(List.of(Cell.of(t.t(Label.NRR)), Cell.keyed(t.metric(r.nrr()), "revenue/nrr"))),
        Row.of(List.of(Cell.of(t.t(Label.GRR)), Cell.keyed(r.grr().isComputed() ? t.pct2(r.grr().value())
            : t.metric(r.grr()), "revenue/grr")))), false);
    if (!r.movements().isComputed()) {
      page.paragraph(t.t(Label.MRR_MOVEMENTS_NA, t.metric(r.movements())));
      page.svg(SvgCharts.bars(t.t(Label.MRR_CHART, "", "", ""), "chart-mrr", List.of(), t.t(Label.NO_DATA)));
      return;
    }
    MrrMovements m = r.movements().value();
    String cur = t.formats().currency(m.currency());
    List<SvgCharts.Bar> bars = List.of(
        bar(t.t(Label.NEW), m.newMrr(), 1, t), bar(t.t(Label.EXPANSION), m.expansion(), 1, t),
        bar(t.t(Label.REACTIVATION), m.reactivation(), 1, t), bar(t.t(Label.CONTRACTION), m.contraction(), -1, t),
        bar(t.t(Label.CHURN_MRR), m.churn(), -1, t), bar(t.t(Label.FX), m.fxImpact(), 1, t));
    page.svg(SvgCharts.bars(t.t(Label.MRR_CHART, m.start(), m.end(), cur), "chart-mrr", bars, t.t(Label.NO_DATA)));
    page.rows("mrr", List.of(t.t(Label.MRR_FROM_TO, m.start(), m.end()), cur), List.of(
        Row.of(List.of(Cell.of(t.t(Label.MRR_IN, m.start())), Cell.keyed(t.money(m.startMrr()), "mrr/start"))),
        Row.of(List.of(Cell.of(t.t(Label.NEW)), Cell.keyed(t.formats().signedMoney(m.newMrr()), "mrr/new"))),
        Row.of(List.of(Cell.of(t.t(Label.EXPANSION)), Cell.keyed(t.formats().signedMoney(m.expansion()), "mrr/expansion"))),
        Row.of(List.of(Cell.of(t.t(Label.REACTIVATION)), Cell.keyed(t.formats().signedMoney(m.reactivation()),
            "mrr/reactivation"))),
        Row.of(List.of(Cell.of(t.t(Label.CONTRACTION)), Cell.keyed(t.formats().outflow(m.contraction()), "mrr/contraction"))),
        Row.of(List.of(Cell.of(t.t(Label.CHURN_MRR)), Cell.keyed(t.formats().outflow(m.churn()), "mrr/churn"))),
        Row.of(List.of(Cell.of(t.t(Label.FX)), Cell.keyed(t.formats().signedMoney(m.fxImpact()), "mrr/fx"))),
        Row.of(List.of(Cell.of(t.t(Label.MRR_IN, m.end())), Cell.keyed(t.money(m.endMrr()), "mrr/end")))), false);
  }

  private static void dataQuality(HtmlPage page, HealthReport r, ReportText t) {
    page.heading(t.t(Label.DATA_QUALITY), "data-quality");
    r.dataQuality().ifPresentOrElse(q -> {
      page.paragraph(t.t(Label.DATA_QUALITY_LINE, t.count(q.leadsCountedTwice()), t.count(q.distinctPeople()),
          t.count(q.duplicatePeople().size()), t.count(q.duplicateCompanies().size()), q.freshness()));
      List<List<String>> completenessRows = new ArrayList<>();
      q.completeness().forEach(c -> completenessRows.add(List.of(c.field(), c.toString())));
      page.table(List.of(t.t(Label.FIELD), t.t(Label.USABLE)), completenessRows);
    }, () -> page.paragraph(r.dataQualityMissing().orElseThrow()));
    if (!r.duplicateMrrRecords().isEmpty()) {
      page.heading(t.t(Label.DUPLICATE_MRR), "duplicate-mrr");
      page.paragraph(t.t(Label.DUPLICATE_MRR_NOTE, t.count(r.duplicateMrrRecords().size())));
      List<List<String>> rows = new ArrayList<>();
      r.duplicateMrrRecords().forEach(d -> rows.add(List.of(d.customerId().value(), d.month().toString(),
          t.money(d.mrr()), t.count(d.copies()))));
      page.table(List.of(t.t(Label.CUSTOMER), t.t(Label.MONTH), "MRR", t.t(Label.COPIES)), rows);
    }
    if (r.rowsRejected() > 0) {
      page.heading(t.t(Label.REJECTED_ROWS), "rejected-rows");
      page.paragraph(t.t(Label.REJECTED_ROWS_NOTE, t.count(r.errors().size()), t.count(r.rowsRejected()),
          RejectedRows.FILE));
      List<List<String>> rows = new ArrayList<>();
      r.errors().forEach(e -> rows.add(List.of(e.source(), Long.toString(e.line()), e.field().orElse(""),
          e.value().orElse(""), e.rule()))); // an empty cell for no column, no value
      page.table(List.of(t.t(Label.FILE), t.t(Label.LINE), t.t(Label.COLUMN), t.t(Label.VALUE), t.t(Label.RULE)), rows);
    }
  }

  private static SvgCharts.Bar bar(String label, MonetaryAmount amount, int sign, ReportText t) {
    BigDecimal exact = Amounts.toBigDecimal(amount).multiply(BigDecimal.valueOf(sign));
    // the bar's height and its short caption are for the eye; the exact amounts are in the table below
    return new SvgCharts.Bar(label, exact.doubleValue(), compact(exact, t));
  }

  /** {@link #compact(BigDecimal)} in the report's locale: {@code +13,77 млн} in Russian. */
  static String compact(BigDecimal v, ReportText t) {
    return compact(v, t.locale() == ReportLocale.EN ? '.' : ',', t.t(Label.MILLIONS), t.t(Label.THOUSANDS));
  }

  /** {@code +13.77M}, {@code −1.1M}, {@code +950K}, {@code 0}. */
  static String compact(BigDecimal v) {
    return compact(v, '.', "M", "K");
  }

  /** The amount in millions (two decimals at most) or thousands (none) or units, signed, for a bar's caption. */
  private static String compact(BigDecimal v, char decimalSeparator, String millions, String thousands) {
    if (v.signum() == 0) {
      return "0";
    }
    String sign = v.signum() > 0 ? "+" : "−";
    BigDecimal abs = v.abs();
    String text = abs.compareTo(BigDecimal.valueOf(1_000_000)) >= 0
        ? abs.movePointLeft(6).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()
            .replace('.', decimalSeparator) + millions
        : abs.compareTo(BigDecimal.valueOf(1_000)) >= 0
            ? abs.movePointLeft(3).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + thousands
            : abs.setScale(0, RoundingMode.HALF_EVEN).toPlainString();
    return sign + text;
  }
}
