package io.revops.examples.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.money.Amounts;
import io.revops.examples.healthcheck.sections.WatchList;
import io.revops.examples.report.Formats;
import io.revops.examples.report.ReportLocale;
import io.revops.metrics.MetricResult;
import io.revops.metrics.conversion.Proportion;
import io.revops.metrics.revenue.MrrMovements;
import io.revops.sla.SlaReport;
import io.revops.sla.StatusCounts;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every named figure of {@code report.html} ({@code data-k}) is the library's value, in both locales, and
 * the sections agree with each other.
 */
class ReportFiguresTest {
  static final HealthReport REPORT = HealthReport.evaluate(HealthReportTest.INPUT, HealthOptions.defaults());

  /** The page parsed as XML: figure name → text. */
  static Map<String, String> figures(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    NodeList cells = doc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "td");
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < cells.getLength(); i++) {
      Element td = (Element) cells.item(i);
      if (td.hasAttribute("data-k")) {
        assertThat(out.put(td.getAttribute("data-k"), td.getTextContent())).as(td.getAttribute("data-k")).isNull();
      }
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(ReportLocale.class)
  void slaFiguresAreTheLibrarys(ReportLocale locale) throws Exception {
    Map<String, String> k = figures(HealthHtml.render(REPORT, locale));
    Formats f = Formats.of(locale);
    SlaReport sla = REPORT.sla();
    assertThat(sla.compliance()).isNotEmpty();
    sla.compliance().forEach((key, c) -> {
      assertThat(f.parse(k.get("sla/" + key + "/met")).longValueExact()).isEqualTo(c.met());
      assertThat(f.parse(k.get("sla/" + key + "/breached")).longValueExact()).isEqualTo(c.breached());
      assertThat(f.parse(k.get("sla/" + key + "/pending")).longValueExact()).isEqualTo(c.pending());
      assertThat(f.parse(k.get("sla/" + key + "/at-risk")).longValueExact()).isEqualTo(c.atRisk());
      c.compliance().ifPresent(rate -> assertThat(f.parse(k.get("sla/" + key + "/compliance")))
          .isEqualByComparingTo(rate.toPercent().setScale(1, RoundingMode.HALF_EVEN)));
      // by rep and by source: each group's compliance is the library's
      sla.complianceByRep(key).forEach((rep, rc) -> rc.compliance().ifPresent(rate ->
          assertThat(f.parse(k.get("sla-by-rep/" + rep + "/" + key + "/compliance")))
              .isEqualByComparingTo(rate.toPercent().setScale(1, RoundingMode.HALF_EVEN))));
    });
    sla.speedToLead().buckets().forEach((b, c) -> assertThat(f.parse(k.get("speed/"
        + b.name().toLowerCase(java.util.Locale.ROOT) + "/mqls")).longValueExact()).isEqualTo(c.mqls()));
  }

  @Test
  void theGroupsAddUpToTheObligations() throws Exception {
    Map<String, String> k = figures(HealthHtml.render(REPORT));
    Formats f = Formats.of(ReportLocale.EN);
    long breached = REPORT.sla().compliance().values().stream().mapToLong(StatusCounts::breached).sum();
    long atRisk = REPORT.sla().compliance().values().stream().mapToLong(StatusCounts::atRisk).sum();
    assertThat(breached).isPositive();
    for (String group : new String[] {"sla-by-rep", "sla-by-source"}) {
      long b = 0;
      long a = 0;
      for (Map.Entry<String, String> e : k.entrySet()) {
        if (e.getKey().startsWith(group + "/") && e.getKey().endsWith("/breached")) {
          b += f.parse(e.getValue()).longValueExact();
        }
        if (e.getKey().startsWith(group + "/") && e.getKey().endsWith("/at-risk")) {
          a += f.parse(e.getValue()).longValueExact();
        }
      }
      assertThat(b).as(group + " breached").isEqualTo(breached);
      assertThat(a).as(group + " at risk").isEqualTo(atRisk);
    }
    // the watch list: every at-risk verdict the SLA report lists, the most urgent first, and the total
    WatchList w = REPORT.sections().watchList();
    assertThat(w.total()).isEqualTo(breached + atRisk);
    assertThat(w.entries()).hasSize((int) Math.min(WatchList.CAPACITY, w.total()));
    assertThat(w.entries().stream().filter(e -> e.status() == io.revops.sla.VerdictStatus.AT_RISK).count())
        .isEqualTo(Math.min(atRisk, WatchList.CAPACITY));
    assertThat(w.entries()).isSortedAccordingTo(WatchList.URGENCY);
    // speed to lead covers every MQL
    assertThat(REPORT.sla().speedToLead().total().mqls()).isEqualTo(REPORT.sla().mqls());
  }

  @Test
  void theMonthsAddUpToThePeriod() throws Exception {
    Map<String, String> k = figures(HealthHtml.render(REPORT));
    Formats f = Formats.of(ReportLocale.EN);
    Map<YearMonth, Map<String, MetricResult<Proportion>>> months = REPORT.sections().funnel().byMonth();
    assertThat(months).hasSize(12);
    for (String name : HealthReport.CONVERSIONS) {
      long successes = 0;
      long trials = 0;
      for (Map.Entry<YearMonth, Map<String, MetricResult<Proportion>>> m : months.entrySet()) {
        MetricResult<Proportion> p = m.getValue().get(name);
        if (p.isComputed()) {
          successes += p.value().successes();
          trials += p.value().trials();
          assertThat(f.parse(k.get("funnel-month/" + m.getKey() + "/" + name)))
              .isEqualByComparingTo(p.value().rate().toPercent().setScale(1, RoundingMode.HALF_EVEN));
        }
      }
      Proportion overall = REPORT.conversions().get(name).value();
      assertThat(successes).as(name).isEqualTo(overall.successes());
      assertThat(trials).as(name).isEqualTo(overall.trials());
    }
    // MRR: each month ends where the next starts; the year's end MRR is the last month's
    MrrMovements previous = null;
    for (Map.Entry<YearMonth, MetricResult<MrrMovements>> e : REPORT.sections().revenue().byMonth().entrySet()) {
      MrrMovements m = e.getValue().value();
      assertThat(f.parse(k.get("mrr-month/" + e.getKey() + "/end")))
          .isEqualByComparingTo(Amounts.toBigDecimal(m.endMrr()).setScale(2, RoundingMode.HALF_EVEN));
      if (previous != null) {
        assertThat(Amounts.isEqual(previous.endMrr(), m.startMrr())).isTrue();
      }
      previous = m;
    }
    assertThat(Amounts.isEqual(previous.endMrr(), REPORT.movements().value().endMrr())).isTrue();
    assertThat(f.parse(k.get("mrr/end"))).isEqualByComparingTo(
        Amounts.toBigDecimal(REPORT.movements().value().endMrr()).setScale(2, RoundingMode.HALF_EVEN));
  }

  @Test
  void russianFormatsUseNoBreakSpacesAndADecimalComma() {
    Formats ru = Formats.of(ReportLocale.RU);
    assertThat(ru.money(Amounts.of(new BigDecimal("1200000"), Amounts.currency("RUB")))).isEqualTo("1\u00a0200\u00a0000,00\u00a0₽");
    assertThat(ru.percent(io.revops.core.money.Rate.of("0.284"), 1)).isEqualTo("28,4\u00a0%");
    assertThat(ru.parse("1\u00a0200\u00a0000,00\u00a0₽")).isEqualByComparingTo("1200000");
    Formats en = Formats.of(ReportLocale.EN);
    assertThat(en.money(Amounts.of(new BigDecimal("1200000"), Amounts.currency("RUB")))).isEqualTo("1,200,000.00\u00a0RUB");
    assertThat(en.percent(io.revops.core.money.Rate.of("0.284"), 1)).isEqualTo("28.4%");
    assertThat(HealthHtml.render(REPORT, ReportLocale.RU)).contains("lang=\"ru\"", "Соблюдение SLA по менеджерам")
        .doesNotContain("SLA compliance by rep");
  }
}
