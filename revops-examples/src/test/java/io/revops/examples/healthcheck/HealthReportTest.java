package io.revops.examples.healthcheck;

import io.revops.core.funnel.BowtieStage;
import io.revops.core.money.Rate;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.history.LeadEvent;
import io.revops.examples.data.SampleConfig;
import io.revops.metrics.MonthRange;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class HealthReportTest {
  static final HealthInput INPUT = HealthInput.generate(SampleConfig.standard(15));

  @Test
  void anExplicitAsOfLeavesOutWhatHappenedLater() {
    Instant asOf = Instant.parse("2026-06-30T21:00:00Z"); // 1 July 2026, 00:00 in Moscow
    HealthReport report = HealthReport.evaluate(INPUT, HealthOptions.defaults().withAsOf(asOf));
    long known = INPUT.histories().stream()
        .filter(h -> h.events().stream().map(LeadEvent::at).anyMatch(at -> at.isBefore(asOf))).count();
    assertThat(report.asOf()).isEqualTo(asOf);
    assertThat(report.leads()).isEqualTo(known).isLessThan(INPUT.histories().size());
    assertThat(report.period()).isEqualTo(MonthRange.of(YearMonth.of(2025, 7), YearMonth.of(2026, 6)));
    assertThat(report.sla().asOf()).isEqualTo(asOf);
  }

  @Test
  void theDefaultAsOfIsTheEndOfTheData() {
    Instant latest = INPUT.histories().stream().flatMap(h -> h.events().stream()).map(LeadEvent::at)
        .max(Instant::compareTo).orElseThrow();
    HealthReport report = HealthReport.evaluate(INPUT, HealthOptions.defaults());
    assertThat(report.asOf()).isEqualTo(latest.plusSeconds(1));
    assertThat(report.leads()).isEqualTo(INPUT.histories().size());
    assertThat(report.toString()).isEqualTo(report.summary()).contains("as of " + report.asOf());
  }

  @Test
  void withoutSpendOrMrrTheMoneyMetricsSayWhy() {
    HealthInput leadsOnly = HealthInput.of("leads only", INPUT.leads().values().stream().toList(),
        INPUT.histories().stream().flatMap(h -> h.events().stream()).toList(), java.util.List.of(), java.util.List.of(),
        java.util.List.of(), 0);
    HealthReport report = HealthReport.evaluate(leadsOnly, HealthOptions.defaults());
    assertThat(report.nrr().isComputed()).isFalse();
    assertThat(report.nrr().reason()).hasValue("no MRR records in the input");
    assertThat(report.ltv().isComputed()).isFalse();
    assertThat(report.ltvCac().isComputed()).isFalse();
    assertThat(report.summary()).contains("MRR: no MRR records in the input", "not computed (see Missing data: MRR)")
        .doesNotContain("n/a (no MRR records in the input)");
    // no spend at all is "cannot compute CAC", not a CAC of 0,00
    assertThat(report.hasSpend()).isFalse();
    assertThat(report.ltvCac().reason()).hasValue("CAC not computable: no spend records in the input");
    assertThat(report.summary()).contains("spend: no spend records in the input",
        "  not computed (see Missing data: spend)").doesNotContain("blended");
    assertThat(HealthHtml.render(report)).contains("n/a (no spend records in the input)");
  }

  @Test
  void everyBowtieRateNamesItsBaseAndAdvocacyIsAShareOfTheDeals() {
    HealthReport report = HealthReport.evaluate(INPUT, HealthOptions.defaults());
    long deals = report.bowtie().volume(BowtieStage.DEAL);
    long advocacy = report.bowtie().volume(BowtieStage.ADVOCACY);
    String expected = Rate.ofFraction(advocacy, deals).toPercentString(HealthText.PERCENT_DECIMALS, java.math.RoundingMode.HALF_EVEN) + " of deal";
    assertThat(HealthText.bowtieRate(report, BowtieStage.ADVOCACY)).isEqualTo(expected);
    assertThat(HealthText.bowtieRate(report, BowtieStage.EXPANSION)).endsWith(" of retention");
    assertThat(HealthText.bowtieRate(report, BowtieStage.RETENTION)).endsWith(" of deal");
    assertThat(report.summary()).containsPattern("Advocacy +" + advocacy + " +" + java.util.regex.Pattern.quote(expected));
    // the page prints the same rates in its locale's format (HealthHtml.bowtieRate)
    ReportText en = ReportText.of(io.revops.examples.report.ReportLocale.EN, report.sla().agreement().zone());
    assertThat(HealthHtml.render(report))
        .contains(">" + HealthHtml.bowtieRate(report, BowtieStage.ADVOCACY, en).orElseThrow() + "</text>")
        .contains(">" + HealthHtml.bowtieRate(report, BowtieStage.CONVERSION, en).orElseThrow() + "</text>");
  }

  @Test
  void thePagesBowtieRatesComeFromTheVolumesNotFromTheTextsWords() {
    HealthReport report = HealthReport.evaluate(INPUT, HealthOptions.defaults());
    ReportText en = ReportText.of(io.revops.examples.report.ReportLocale.EN, report.sla().agreement().zone());
    ReportText ru = ReportText.of(io.revops.examples.report.ReportLocale.RU, report.sla().agreement().zone());
    // the first stage has no rate (none, not an empty one); every other stage's is a share of its base
    assertThat(HealthHtml.bowtieRate(report, BowtieStage.ATTRACTION, en)).isEqualTo(java.util.Optional.empty());
    assertThat(HealthHtml.bowtieRate(report, BowtieStage.ATTRACTION, ru)).isEqualTo(java.util.Optional.empty());
    java.util.Map<BowtieStage, BowtieStage> bases = java.util.Map.of(BowtieStage.CONVERSION, BowtieStage.ATTRACTION,
        BowtieStage.DEAL, BowtieStage.CONVERSION, BowtieStage.RETENTION, BowtieStage.DEAL,
        BowtieStage.EXPANSION, BowtieStage.RETENTION, BowtieStage.ADVOCACY, BowtieStage.DEAL);
    bases.forEach((s, base) -> assertThat(HealthHtml.bowtieRate(report, s, en)).as(s.name()).hasValue(
        report.bowtie().volume(base) == 0 ? HealthText.bowtieRate(report, s)
            : en.pct(Rate.ofFraction(report.bowtie().volume(s), report.bowtie().volume(base))) + " of "
                + base.name().toLowerCase(java.util.Locale.ROOT)));
    Rate advocacy = Rate.ofFraction(report.bowtie().volume(BowtieStage.ADVOCACY),
        report.bowtie().volume(BowtieStage.DEAL));
    assertThat(HealthHtml.bowtieRate(report, BowtieStage.ADVOCACY, ru))
        .hasValue(ru.pct(advocacy) + " от этапа «" + ru.t(Label.of(BowtieStage.DEAL)) + "»");
  }

  @Test
  void theRussianBarCaptionsAreFormattedFromTheAmount() {
    ReportText ru = ReportText.of(io.revops.examples.report.ReportLocale.RU, java.time.ZoneOffset.UTC);
    ReportText en = ReportText.of(io.revops.examples.report.ReportLocale.EN, java.time.ZoneOffset.UTC);
    assertThat(HealthHtml.compact(new java.math.BigDecimal("13769611.95"), ru)).isEqualTo("+13,77\u00a0млн");
    assertThat(HealthHtml.compact(new java.math.BigDecimal("-950400"), ru)).isEqualTo("−950\u00a0тыс.");
    assertThat(HealthHtml.compact(new java.math.BigDecimal("-12.5"), ru)).isEqualTo("−12");
    assertThat(HealthHtml.compact(new java.math.BigDecimal("13769611.95"), en)).isEqualTo("+13.77M");
  }

  @Test
  void theHtmlPrintsRatesRoundedAndOutflowsRightAligned() {
    HealthReport report = HealthReport.evaluate(INPUT, HealthOptions.defaults());
    String html = HealthHtml.render(report);
    assertThat(html).contains("<td>GRR</td><td class=\"num\" data-k=\"revenue/grr\">"
            + HealthText.pct2(report.grr().value()) + "</td>")
        .contains("<td>monthly logo churn</td><td class=\"num\" data-k=\"value/churn\">"
            + HealthText.pct2(report.monthlyChurn().value()) + "</td>")
        .containsPattern("<td>churn</td><td class=\"num\" data-k=\"mrr/churn\">(−[0-9]|0\\.00\u00a0RUB)");
  }

  @Test
  void aChannelCacOfZeroSaysThereWasNoSpend() {
    assertThat(HealthText.cac(io.revops.metrics.acquisition.Cac.of(io.revops.core.money.Amounts.of(0, "RUB"),
        io.revops.core.money.Amounts.of(0, "RUB"), 3))).isEqualTo("0,00 RUB (no spend on this channel)");
    assertThat(HealthText.cac(io.revops.metrics.acquisition.Cac.of(io.revops.core.money.Amounts.of(30, "RUB"),
        io.revops.core.money.Amounts.of(0, "RUB"), 3))).isEqualTo("10,00 RUB");
  }

  @Test
  void aZeroOutflowHasNoMinusSign() {
    assertThat(HealthText.minus(io.revops.core.money.Amounts.of(0, "RUB"))).isEqualTo("0,00 RUB");
    assertThat(HealthText.minus(io.revops.core.money.Amounts.of(5, "RUB"))).isEqualTo("−5,00 RUB");
  }

  @Test
  void chartCaptionsAreShortAndSigned() {
    assertThat(HealthHtml.compact(new java.math.BigDecimal("13769611.95"))).isEqualTo("+13.77M");
    assertThat(HealthHtml.compact(new java.math.BigDecimal("-1102686.54"))).isEqualTo("−1.1M");
    assertThat(HealthHtml.compact(new java.math.BigDecimal("950400"))).isEqualTo("+950K");
    assertThat(HealthHtml.compact(new java.math.BigDecimal("-12.5"))).isEqualTo("−12");
    assertThat(HealthHtml.compact(java.math.BigDecimal.ZERO)).isEqualTo("0");
  }
}
