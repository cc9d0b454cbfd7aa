package io.revops.examples.healthcheck;

import static io.revops.examples.healthcheck.HealthText.fmt;
import static io.revops.examples.healthcheck.HealthText.value;

import io.revops.core.funnel.BowtieStage;
import io.revops.core.funnel.LifecycleStage;
import io.revops.examples.report.HtmlPage;
import io.revops.examples.report.SvgCharts;
import io.revops.metrics.revenue.MrrMovements;
import io.revops.sla.ConversionCounts;
import io.revops.sla.IsoWeek;
import io.revops.sla.Obligation;
import io.revops.sla.ResponseBucket;
import io.revops.sla.StatusCounts;
import io.revops.core.money.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * {@code report.html}: one self-contained XHTML page (no scripts, fonts or external resources) with the
 * summary's tables and four inline SVG charts: the bowtie ({@code chart-bowtie}), MRR movements
 * ({@code chart-mrr}), first-contact SLA compliance by ISO week ({@code chart-sla-weekly}) and speed to lead
 * ({@code chart-speed-to-lead}).
 */
final class HealthHtml {
  /** The number of ISO weeks shown in the weekly compliance chart. */
  static final int WEEKS = 26;

  private HealthHtml() {}

  /** The key of the agreement's first-contact obligation, if it has one. */
  static Optional<String> firstContactKey(HealthReport r) {
    return r.sla().agreement().obligationsByKey().entrySet().stream()
        .filter(e -> e.getValue() instanceof Obligation.FirstContactWithin).map(Map.Entry::getKey).findFirst();
  }

  static String render(HealthReport r) {
    HtmlPage page = HtmlPage.titled("RevOps health check");
    page.paragraph("Data: " + r.source() + ". As of " + r.asOf() + "; period " + r.period() + "; amounts in "
        + r.currency().getCurrencyCode() + ".");
    page.note(r.rowsRead() + " rows read, " + r.rowsRejected() + " rejected; " + r.leads() + " leads, " + r.events()
        + " events, " + HealthText.anomalies(r) + ".");
    if (!r.missingData().isEmpty()) { // said once, here; the sections it empties say "see Missing data"
      page.heading("Missing data");
      r.missingData().items().forEach(i -> page.paragraph(i.toString() + "."));
    }

    page.heading("Bowtie");
    long max = 1;
    for (BowtieStage s : BowtieStage.values()) {
      max = Math.max(max, r.bowtie().volume(s));
    }
    List<SvgCharts.Stage> stages = new ArrayList<>();
    BowtieStage[] all = BowtieStage.values();
    for (int i = 0; i < all.length; i++) {
      long v = r.bowtie().volume(all[i]);
      String rate = HealthText.bowtieRate(r, all[i]);
      // square root so that a stage a hundred times smaller is still visible
      stages.add(new SvgCharts.Stage(HealthText.label(all[i]), Long.toString(v), Math.sqrt((double) v / max), rate));
    }
    page.svg(SvgCharts.bowtie("Bowtie volumes and rates", stages, BowtieStage.DEAL.ordinal()));

    page.heading("Funnel");
    List<List<String>> funnelRows = new ArrayList<>();
    for (LifecycleStage s : r.funnel().stages()) {
      if (s == LifecycleStage.VISITOR) {
        continue;
      }
      String rate = r.funnel().conversions().stream().filter(c -> c.to() == s && c.from() != LifecycleStage.VISITOR)
          .map(c -> c.label() + " " + c.shortPercent().orElse("n/a")).findFirst().orElse("");
      funnelRows.add(List.of(s.label(), Long.toString(r.funnel().count(s).orElse(0)), rate));
    }
    page.table(List.of("stage", "leads", "conversion"), funnelRows);
    List<List<String>> convRows = new ArrayList<>();
    r.conversions().forEach((name, p) -> convRows.add(List.of(name, value(p))));
    page.table(List.of("in " + r.period(), "rate (95% Wilson interval)"), convRows);

    page.heading("Acquisition and value");
    List<List<String>> cacRows = new ArrayList<>();
    if (r.hasSpend()) {
      cacRows.add(List.of("blended", value(r.acquisition().cac())));
      r.acquisition().cacByChannel().forEach((ch, m) -> cacRows.add(List.of(ch.toString(), HealthText.cac(m))));
    } else {
      cacRows.add(List.of("blended", "n/a (no spend records in the input)"));
    }
    page.table(List.of("CAC by channel", r.period().toString()), cacRows);
    page.table(List.of("value", ""), List.of(
        List.of("ARPA", value(r.arpa())),
        List.of("monthly logo churn", r.monthlyChurn().isComputed() ? HealthText.pct2(r.monthlyChurn().value())
            : value(r.monthlyChurn())),
        List.of("LTV", value(r.ltv())),
        List.of("LTV:CAC", r.ltvCac().isComputed() ? r.ltvCac().value().ratio().toString(2, RoundingMode.HALF_EVEN)
            + " — " + r.ltvCac().value().health() : value(r.ltvCac()))));

    page.heading("Revenue retention and MRR movements");
    page.table(List.of("last 12 months", ""), List.of(List.of("NRR", value(r.nrr())), List.of("GRR", r.grr().isComputed() ? HealthText.pct2(r.grr().value()) : value(r.grr()))));
    if (r.movements().isComputed()) {
      MrrMovements m = r.movements().value();
      List<SvgCharts.Bar> bars = List.of(
          bar("new", m.newMrr(), 1), bar("expansion", m.expansion(), 1), bar("reactivation", m.reactivation(), 1),
          bar("contraction", m.contraction(), -1), bar("churn", m.churn(), -1), bar("FX", m.fxImpact(), 1));
      page.svg(SvgCharts.bars("MRR movements " + m.start() + " to " + m.end() + " (" + m.currency().getCurrencyCode()
          + ")", "chart-mrr", bars));
      page.table(List.of("MRR " + m.start() + " to " + m.end(), m.currency().getCurrencyCode()), List.of(
          List.of("MRR in " + m.start(), fmt(m.startMrr())), List.of("new", plus(m.newMrr())),
          List.of("expansion", plus(m.expansion())), List.of("reactivation", plus(m.reactivation())),
          List.of("contraction", HealthText.minus(m.contraction())), List.of("churn", HealthText.minus(m.churn())),
          List.of("FX", fmt(m.fxImpact())), List.of("MRR in " + m.end(), fmt(m.endMrr()))));
    } else {
      page.paragraph("MRR movements: " + value(r.movements()));
    }

    page.heading("Sales cycle");
    page.paragraph(HealthText.cycle(r) + ".");

    page.heading("SLA compliance — " + r.sla().agreement().name());
    page.note(r.sla().mqls() + " MQLs: every MQL in the data, not only the period's, as of " + r.sla().asOf() + ".");
    List<List<String>> slaRows = new ArrayList<>();
    r.sla().compliance().forEach((key, c) -> slaRows.add(List.of(key, c.complianceText(), Long.toString(c.met()),
        Long.toString(c.breached()), Long.toString(c.pending()), Long.toString(c.atRisk()))));
    page.table(List.of("obligation", "compliance", "met", "breached", "pending", "at risk"), slaRows);
    firstContactKey(r).ifPresent(key -> {
      NavigableMap<IsoWeek, StatusCounts> weeks = r.sla().complianceByWeek(key);
      List<SvgCharts.Bar> bars = new ArrayList<>();
      for (Map.Entry<IsoWeek, StatusCounts> e : weeks.descendingMap().entrySet()) {
        if (bars.size() == WEEKS) {
          break;
        }
        e.getValue().compliance().ifPresent(rate -> bars.add(0, new SvgCharts.Bar("W" + e.getKey().week(),
            rate.toPercent().doubleValue(), rate.toPercentString(0, RoundingMode.HALF_EVEN))));
      }
      page.svg(SvgCharts.bars("Compliance with " + key + " by ISO week", "chart-sla-weekly", bars));
      page.note("Share of decided " + key + " verdicts that were met, by the ISO week of the MQL; last " + bars.size()
          + " weeks with decided verdicts.");
    });

    page.heading("Speed to lead");
    List<SvgCharts.Bar> speed = new ArrayList<>();
    for (Map.Entry<ResponseBucket, ConversionCounts> e : r.sla().speedToLead().buckets().entrySet()) {
      e.getValue().conversion().ifPresent(rate -> speed.add(new SvgCharts.Bar(e.getKey().label(),
          rate.toPercent().doubleValue(), rate.toPercentString(1, RoundingMode.HALF_EVEN))));
    }
    page.svg(SvgCharts.bars("MQL to SQL conversion by first response time", "chart-speed-to-lead", speed));
    page.note("Conversion within 5 min vs after the first hour (the handbook says 9×): "
        + r.sla().speedToLead().laterThanAnHour() + ".");

    page.heading("Top friction");
    r.lowestConversion().ifPresent(f -> page.paragraph("Lowest conversion: " + f));
    r.sensitivity().ifPresentOrElse(s -> page.paragraph("B" + HealthText.LEVER.substring(1) + s.top()),
        () -> page.paragraph(r.sensitivityNote()));
    page.note(r.lever().inputsLine() + (r.lever().unobservedLine().isEmpty() ? "" : "; " + r.lever().unobservedLine())
        + ".");

    page.heading("Data quality");
    r.dataQuality().ifPresentOrElse(q -> {
      page.paragraph(q.leadsCountedTwice() + " leads counted twice, " + q.distinctPeople()
          + " distinct people; " + q.duplicatePeople().size() + " clusters of duplicate leads, "
          + q.duplicateCompanies().size() + " of duplicate companies; freshness " + q.freshness() + ".");
      List<List<String>> completenessRows = new ArrayList<>();
      q.completeness().forEach(c -> completenessRows.add(List.of(c.field(), c.toString())));
      page.table(List.of("field", "usable of all leads"), completenessRows);
    }, () -> page.paragraph(r.dataQualityMissing()));

    if (r.rowsRejected() > 0) {
      page.heading("Rejected rows");
      List<List<String>> rows = new ArrayList<>();
      r.errors().forEach(e -> rows.add(List.of(e.source(), Long.toString(e.line()), e.field(), e.value(), e.rule())));
      page.table(List.of("file", "line", "column", "value", "rule"), rows);
    }
    return page.render();
  }

  private static SvgCharts.Bar bar(String label, MonetaryAmount amount, int sign) {
    BigDecimal exact = Amounts.toBigDecimal(amount).multiply(BigDecimal.valueOf(sign));
    // the bar's height and its short caption are for the eye; the exact amounts are in the table below
    return new SvgCharts.Bar(label, exact.doubleValue(), compact(exact));
  }

  /** {@code +13.77M}, {@code −1.1M}, {@code +950K}, {@code 0}. */
  static String compact(BigDecimal v) {
    if (v.signum() == 0) {
      return "0";
    }
    String sign = v.signum() > 0 ? "+" : "−";
    BigDecimal abs = v.abs();
    String text = abs.compareTo(BigDecimal.valueOf(1_000_000)) >= 0
        ? abs.movePointLeft(6).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "M"
        : abs.compareTo(BigDecimal.valueOf(1_000)) >= 0
            ? abs.movePointLeft(3).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + "K"
            : abs.setScale(0, RoundingMode.HALF_EVEN).toPlainString();
    return sign + text;
  }

  private static String plus(javax.money.MonetaryAmount m) {
    return m.isZero() ? fmt(m) : "+" + fmt(m);
  }
}
