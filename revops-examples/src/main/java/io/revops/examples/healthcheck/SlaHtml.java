package io.revops.examples.healthcheck;

import io.revops.examples.healthcheck.sections.WatchList;
import io.revops.examples.report.HtmlPage;
import io.revops.examples.report.HtmlPage.Cell;
import io.revops.examples.report.HtmlPage.Row;
import io.revops.examples.report.SvgCharts;
import io.revops.core.history.RejectionCode;
import io.revops.sla.ConversionCounts;
import io.revops.sla.IsoWeek;
import io.revops.sla.RejectedLead;
import io.revops.sla.RejectionReview;
import io.revops.sla.ResponseBucket;
import io.revops.sla.SlaReport;
import io.revops.sla.StatusCounts;
import io.revops.sla.VerdictStatus;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The SLA sections of {@code report.html}: compliance by obligation, the breached and at-risk leads (the
 * drill-down's rows), compliance by rep and by source, trends by week and month, speed to lead and the
 * rejected-lead review. Every figure is read from the report's {@link SlaReport} and {@link WatchList}; each
 * count cell names its figure ({@code data-k}) so that tests can check it against the library.
 */
final class SlaHtml {
  /** The ISO weeks shown in the weekly chart and table. */
  static final int WEEKS = 26;
  /** The ISO weeks of the weekly trend table. */
  static final int TABLE_WEEKS = 8;
  /** The rejections without an allowed reason listed. */
  static final int REJECTIONS_LISTED = 50;

  private final HtmlPage page;
  private final HealthReport r;
  private final SlaReport sla;
  private final ReportText t;
  private final List<String> keys;

  private SlaHtml(HtmlPage page, HealthReport r, ReportText t) {
    this.page = page;
    this.r = r;
    this.sla = r.sla();
    this.t = t;
    this.keys = List.copyOf(sla.compliance().keySet());
  }

  /** The drill-down value of a status in the rows' {@code data-status}. */
  static String status(VerdictStatus s) {
    return s == VerdictStatus.AT_RISK ? "at-risk" : "breached";
  }

  static void render(HtmlPage page, HealthReport r, ReportText t) {
    SlaHtml h = new SlaHtml(page, r, t);
    h.byObligation();
    h.watchList();
    h.byGroup("sla-by-rep", Label.SLA_BY_REP, Label.REP, "rep", sla -> k -> sla.complianceByRep(k));
    h.byGroup("sla-by-source", Label.SLA_BY_SOURCE, Label.SOURCE, "source", sla -> k -> sla.complianceBySource(k));
    h.trends();
    h.speedToLead();
    h.rejections();
  }

  private void byObligation() {
    page.heading(t.t(Label.SLA, sla.agreement().name()), "sla");
    page.note(t.t(Label.SLA_NOTE, t.count(sla.mqls()), t.time(sla.asOf()), t.zone()));
    List<Row> rows = new ArrayList<>();
    sla.compliance().forEach((key, c) -> rows.add(Row.of(List.of(Cell.of(key),
        Cell.keyed(t.compliance(c), "sla/" + key + "/compliance"),
        Cell.keyed(t.count(c.met()), "sla/" + key + "/met"),
        drill(Cell.keyed(t.count(c.breached()), "sla/" + key + "/breached"), c.breached(), "key", key, "status", "breached"),
        Cell.keyed(t.count(c.pending()), "sla/" + key + "/pending"),
        drill(Cell.keyed(t.count(c.atRisk()), "sla/" + key + "/at-risk"), c.atRisk(), "key", key, "status", "at-risk"),
        Cell.keyed(t.count(c.notApplicable()), "sla/" + key + "/not-applicable")))));
    page.rows("sla-by-obligation", List.of(t.t(Label.OBLIGATION), t.t(Label.COMPLIANCE), t.t(Label.MET),
        t.t(Label.BREACHED), t.t(Label.PENDING), t.t(Label.AT_RISK), t.t(Label.NOT_APPLICABLE)), rows, false);
  }

  /** A cell that drills down to the rows matching {@code filter}, when there are any. */
  private static Cell drill(Cell c, long n, String... filter) {
    return n == 0 ? c : c.drill(HtmlPage.filter(filter), n);
  }

  private void watchList() {
    WatchList w = r.sections().watchList();
    page.heading(t.t(Label.WATCH), "watch");
    page.note(t.t(Label.WATCH_NOTE, t.zone()));
    page.note(w.leftOut() == 0 ? t.t(Label.WATCH_ALL, t.count(w.total()))
        : t.t(Label.WATCH_CAPPED, t.count(w.entries().size()), t.count(w.total()), t.count(w.leftOut())));
    List<Row> rows = new ArrayList<>();
    for (WatchList.Entry e : w.entries()) {
      Map<String, String> data = new LinkedHashMap<>();
      data.put("key", e.key());
      data.put("status", status(e.status()));
      data.put("rep", e.rep());
      data.put("source", e.source());
      rows.add(new Row(data, List.of(Cell.of(e.leadId().toString()), Cell.of(e.key()),
          Cell.of(t.t(e.status() == VerdictStatus.AT_RISK ? Label.AT_RISK : Label.BREACHED)),
          Cell.of(e.due().map(t::time).orElse("—")), Cell.of(e.rep()), Cell.of(e.source()),
          Cell.of(t.quoted(e.reason())))));
    }
    page.rows("watch-list", List.of(t.t(Label.LEAD), t.t(Label.OBLIGATION), t.t(Label.STATUS),
        t.t(Label.DUE, t.zone()), t.t(Label.REP), t.t(Label.SOURCE), t.t(Label.REASON)), rows, true);
  }

  /** Compliance by rep or by source: one row per group, one compliance column per obligation, then totals. */
  private void byGroup(String id, Label heading, Label group, String attribute,
      Function<SlaReport, Function<String, SortedMap<String, StatusCounts>>> counts) {
    page.heading(t.t(heading), id);
    page.note(t.t(Label.GROUP_NOTE));
    Map<String, Map<String, StatusCounts>> byGroup = new TreeMap<>();
    for (String key : keys) {
      counts.apply(sla).apply(key).forEach((g, c) -> byGroup.computeIfAbsent(g, x -> new LinkedHashMap<>()).put(key, c));
    }
    List<Row> rows = new ArrayList<>();
    List<SvgCharts.Bar> bars = new ArrayList<>();
    byGroup.forEach((g, byKey) -> {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.of(g));
      long breached = 0;
      long atRisk = 0;
      for (String key : keys) {
        StatusCounts c = byKey.getOrDefault(key, StatusCounts.ZERO);
        cells.add(Cell.keyed(t.compliance(c), id + "/" + g + "/" + key + "/compliance").titled(t.counts(c)));
        breached += c.breached();
        atRisk += c.atRisk();
      }
      String base = id + "/" + g;
      cells.add(drill(Cell.keyed(t.count(breached), base + "/breached"), breached, attribute, g, "status", "breached"));
      cells.add(drill(Cell.keyed(t.count(atRisk), base + "/at-risk"), atRisk, attribute, g, "status", "at-risk"));
      rows.add(Row.of(cells));
      if (breached > 0) {
        bars.add(new SvgCharts.Bar(g, breached, t.count(breached),
            Optional.of(HtmlPage.filter(attribute, g, "status", "breached")), breached));
      }
    });
    if (attribute.equals("rep")) {
      page.svg(SvgCharts.bars(t.t(Label.BREACHED_BY_REP_CHART), "chart-breached-by-rep", bars, t.t(Label.NO_DATA)));
    }
    List<String> header = new ArrayList<>();
    header.add(t.t(group));
    header.addAll(keys);
    header.add(t.t(Label.BREACHED));
    header.add(t.t(Label.AT_RISK));
    page.rows(id + "-table", header, rows, false);
  }

  private void trends() {
    page.heading(t.t(Label.SLA_TRENDS), "sla-trends");
    HealthHtml.firstContactKey(r).ifPresent(key -> {
      NavigableMap<IsoWeek, StatusCounts> weeks = sla.complianceByWeek(key);
      List<SvgCharts.Bar> bars = new ArrayList<>();
      for (Map.Entry<IsoWeek, StatusCounts> e : weeks.descendingMap().entrySet()) {
        if (bars.size() == WEEKS) {
          break;
        }
        e.getValue().compliance().ifPresent(rate -> bars.add(0, new SvgCharts.Bar("W" + e.getKey().week(),
            rate.toPercent().doubleValue(), t.formats().percent(rate, 0))));
      }
      page.svg(SvgCharts.bars(t.t(Label.WEEKLY_CHART, key), "chart-sla-weekly", bars, t.t(Label.NO_DATA)));
      page.note(t.t(Label.WEEKLY_NOTE, key, bars.size()));
      List<SvgCharts.Bar> months = new ArrayList<>();
      sla.complianceByMonth(key).forEach((m, c) -> c.compliance().ifPresent(rate -> months.add(new SvgCharts.Bar(
          m.toString(), rate.toPercent().doubleValue(), t.formats().percent(rate, 0)))));
      page.svg(SvgCharts.bars(t.t(Label.MONTHLY_CHART, key), "chart-sla-monthly",
          months.subList(Math.max(0, months.size() - 12), months.size()), t.t(Label.NO_DATA)));
    });
    page.note(t.t(Label.TREND_NOTE, TABLE_WEEKS));
    TreeMap<YearMonth, List<Cell>> monthRows = new TreeMap<>();
    TreeMap<IsoWeek, List<Cell>> weekRows = new TreeMap<>();
    for (String key : keys) {
      sla.complianceByMonth(key).forEach((m, c) -> monthRows.computeIfAbsent(m, x -> new ArrayList<>())
          .add(Cell.keyed(t.compliance(c), "sla-month/" + m + "/" + key).titled(t.counts(c))));
      sla.complianceByWeek(key).forEach((w, c) -> weekRows.computeIfAbsent(w, x -> new ArrayList<>())
          .add(Cell.keyed(t.compliance(c), "sla-week/" + w + "/" + key).titled(t.counts(c))));
    }
    List<String> header = new ArrayList<>();
    header.add(t.t(Label.MONTH));
    header.addAll(keys);
    page.rows("sla-by-month", header, trendRows(monthRows.tailMap(r.period().start(), true)), false);
    header.set(0, t.t(Label.WEEK));
    NavigableMap<IsoWeek, List<Cell>> lastWeeks = weekRows.descendingMap();
    TreeMap<IsoWeek, List<Cell>> shown = new TreeMap<>();
    lastWeeks.entrySet().stream().limit(TABLE_WEEKS).forEach(e -> shown.put(e.getKey(), e.getValue()));
    page.rows("sla-by-week", header, trendRows(shown), false);
  }

  private static <K> List<Row> trendRows(Map<K, List<Cell>> m) {
    List<Row> rows = new ArrayList<>();
    m.forEach((k, cells) -> {
      List<Cell> row = new ArrayList<>();
      row.add(Cell.of(k.toString()));
      row.addAll(cells);
      rows.add(Row.of(row));
    });
    return rows;
  }

  private void speedToLead() {
    page.heading(t.t(Label.SPEED), "speed");
    List<SvgCharts.Bar> speed = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<ResponseBucket, ConversionCounts> e : sla.speedToLead().buckets().entrySet()) {
      ConversionCounts c = e.getValue();
      c.conversion().ifPresent(rate -> speed.add(new SvgCharts.Bar(e.getKey().label(),
          rate.toPercent().doubleValue(), t.pct(rate))));
      String k = "speed/" + e.getKey().name().toLowerCase(java.util.Locale.ROOT);
      rows.add(Row.of(List.of(Cell.of(e.getKey().label()), Cell.keyed(t.count(c.mqls()), k + "/mqls"),
          Cell.keyed(t.count(c.sqls()), k + "/sqls"), Cell.keyed(t.count(c.rejected()), k + "/rejected"),
          Cell.keyed(c.conversion().map(t::pct).orElse(t.t(Label.NA)), k + "/conversion"))));
    }
    page.svg(SvgCharts.bars(t.t(Label.SPEED_CHART), "chart-speed-to-lead", speed, t.t(Label.NO_DATA)));
    page.rows("speed-to-lead", List.of(t.t(Label.FIRST_RESPONSE), t.t(Label.MQLS), t.t(Label.SQLS),
        t.t(Label.REJECTED), t.t(Label.CONVERSION)), rows, false);
    page.note(t.t(Label.SPEED_LIFT, sla.speedToLead().laterThanAnHour()));
  }

  private void rejections() {
    page.heading(t.t(Label.REJECTIONS), "rejections");
    RejectionReview review = sla.rejectionReview();
    if (review.total() == 0 && review.withoutAllowedReason().isEmpty()) {
      page.paragraph(t.t(Label.NO_REJECTIONS));
      return;
    }
    page.note(t.t(Label.REJECTIONS_NOTE, t.count(review.total()), t.count(review.withoutAllowedReason().size())));
    List<RejectionCode> codes = new ArrayList<>(review.byReason().keySet());
    List<Row> rows = new ArrayList<>();
    review.bySource().forEach((source, byCode) -> {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.of(source));
      codes.forEach(c -> cells.add(Cell.keyed(t.count(byCode.getOrDefault(c, 0L)), "rejections/" + source + "/" + c)));
      cells.add(Cell.keyed(t.count(byCode.values().stream().mapToLong(Long::longValue).sum()),
          "rejections/" + source + "/total"));
      rows.add(Row.of(cells));
    });
    List<Cell> total = new ArrayList<>();
    total.add(Cell.of(t.t(Label.REASON_TOTAL)));
    codes.forEach(c -> total.add(Cell.keyed(t.count(review.byReason().get(c)), "rejections/total/" + c)));
    total.add(Cell.keyed(t.count(review.total()), "rejections/total/total"));
    rows.add(Row.of(total));
    List<String> header = new ArrayList<>();
    header.add(t.t(Label.SOURCE));
    codes.forEach(c -> header.add(c.toString()));
    header.add(t.t(Label.REASON_TOTAL));
    page.rows("rejections-by-source", header, rows, false);
    List<RejectedLead> without = review.withoutAllowedReason();
    if (!without.isEmpty()) {
      page.paragraph(t.t(Label.WITHOUT_REASON));
      if (without.size() > REJECTIONS_LISTED) {
        page.note(t.t(Label.LIST_CAPPED, REJECTIONS_LISTED, t.count(without.size()),
            t.count(without.size() - REJECTIONS_LISTED)));
      }
      List<Row> list = new ArrayList<>();
      without.stream().limit(REJECTIONS_LISTED).forEach(x -> list.add(Row.of(List.of(Cell.of(x.leadId().toString()),
          Cell.of(t.time(x.at())), Cell.of(x.source()), Cell.of(x.rep()), Cell.of(x.reason().toString())))));
      page.rows("rejections-without-reason", List.of(t.t(Label.LEAD), t.t(Label.REJECTED_AT, t.zone()),
          t.t(Label.SOURCE), t.t(Label.REP), t.t(Label.REASON)), list, false);
    }
  }

}
