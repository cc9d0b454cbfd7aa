package io.revops.examples.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.revops.core.funnel.BowtieStage;
import io.revops.core.funnel.LifecycleStage;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.examples.io.JsonlReader;
import io.revops.metrics.conversion.Proportion;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sections of the report agree with each other: one won deal is one customer everywhere (funnel, bowtie,
 * CAC's new customers, win rate, sales cycle), what a section leaves out is counted, the lever runs on the
 * data's own volumes and rates, and missing data is said once — on the bundled sample and on CRM exports.
 */
class SectionsAgreeTest {
  static final Path FIXTURES = Path.of("../revops-io/src/test/resources/io/revops/io/fixtures");

  record Case(String name, HealthInput input) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> inputs() throws IOException {
    return Stream.of(
        new Case("bundled sample", HealthInput.read(JsonlReader.bundledSample(), n -> { })),
        crm("amocrm", "amocrm-deals.csv"),
        crm("bitrix24", "bitrix24-deals.csv"),
        crm("hubspot", "hubspot-contacts.csv"),
        crm("hubspot", "hubspot-contacts.csv", "hubspot-deals.csv"),
        crm("bitrix24", "bitrix24-leads.csv", "bitrix24-deals-of-leads.csv"),
        crm("salesforce", "salesforce-Lead.csv", "salesforce-Task.csv", "salesforce-Opportunity.csv"))
        .map(Arguments::of);
  }

  static Case crm(String profile, String... files) throws IOException {
    List<Path> paths = Stream.of(files).map(FIXTURES::resolve).toList();
    paths.forEach(p -> assertThat(p).exists());
    return new Case(profile + " fixture",
        CrmInput.read(new HealthOptions.Crm(profile, paths, Optional.empty(), false)).input());
  }

  static HealthReport report(Case c) {
    return HealthReport.evaluate(c.input(), HealthOptions.defaults());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void everySectionCountsTheSameWonDeals(Case c) {
    HealthReport r = report(c);
    Instant asOf = r.asOf();
    List<LeadEventHistory> cut = c.input().histories().stream().map(h -> h.asOf(asOf)).filter(h -> h.size() > 0)
        .toList();
    long won = cut.stream().filter(h -> h.won().isPresent()).count();
    assertThat(won).as("the data has won deals").isPositive();

    // funnel, bowtie and the tally: every won deal
    assertThat(r.funnel().count(LifecycleStage.CUSTOMER).orElseThrow()).isEqualTo(won);
    assertThat(r.bowtie().volume(BowtieStage.DEAL)).isEqualTo(won);
    assertThat(r.deals().won()).isEqualTo(won);

    // the sales cycle: the won deals it measured plus those it left out, each with its reason, are every customer
    long noStart = r.cycle().excluded().stream().filter(e -> e.reason().startsWith("won at")).count();
    assertThat(r.cycle().won() + r.deals().wonUnsound() + noStart).isEqualTo(won);
    assertThat(HealthText.cycle(r)).doesNotContain("no won deals");
    if (r.cycle().won() < won) {
      assertThat(HealthText.cycle(r)).contains("of the " + won + " customers", (won - r.cycle().won()) + " left out");
    }

    // the period: CAC's new customers = win-rate wins + wins left out for anomalies
    Instant periodStart = r.period().start().atDay(1).atStartOfDay(HealthOptions.defaults().calendar().zone())
        .toInstant();
    List<LeadEventHistory> wonInPeriod = cut.stream().filter(h -> h.won().map(LeadEvent::at)
        .filter(at -> !at.isBefore(periodStart)).isPresent()).toList();
    assertThat(r.deals().wonInPeriod()).isEqualTo(wonInPeriod.size());
    Proportion winRate = r.conversions().get("Win rate").value();
    assertThat(winRate.successes() + r.deals().wonInPeriodUnsound()).isEqualTo(wonInPeriod.size());
    assertThat(wonInPeriod.stream().filter(h -> !h.isSound()).count()).isEqualTo(r.deals().wonInPeriodUnsound());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void missingDataIsSaidOnceAndTheSectionsPointToIt(Case c) throws IOException {
    HealthReport r = report(c);
    String text = r.summary();
    boolean crm = !c.name().equals("bundled sample");
    assertThat(r.missingData().isEmpty()).isEqualTo(!crm);
    if (crm) {
      assertThat(r.missingData().lacks(MissingData.Kind.SPEND)).isTrue();
      assertThat(r.missingData().lacks(MissingData.Kind.MRR)).isTrue();
      assertThat(text.split("Missing data \\(", -1)).hasSize(2);
      assertThat(text).contains("spend: no spend records in the input", "MRR: no MRR records in the input")
          .doesNotContain("n/a (no spend records").doesNotContain("n/a (no MRR records");
      // each section the spend or the MRR empties prints one pointer line instead of n/a lines
      assertThat(text.split("see Missing data: MRR", -1)).hasSize(3); // LTV and revenue
      JsonNode json = HealthCheckTest.MAPPER.readTree(HealthJson.write(r));
      assertThat(json.at("/missingData").size()).isEqualTo(r.missingData().items().size());
      assertThat(json.at("/missingData/0/what").asText()).isEqualTo("spend");
    } else {
      assertThat(text).doesNotContain("Missing data").doesNotContain("see Missing data");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void theLeverRunsOnTheDatasOwnVolumesAndRates(Case c) {
    HealthReport r = report(c);
    LeverAnalysis lever = r.lever();
    long leads = r.deals().leadsByMonth().values().stream().mapToLong(Long::longValue).sum();
    BigDecimal perMonth = BigDecimal.valueOf(leads).divide(BigDecimal.valueOf(lever.window().lengthInMonths()),
        MathContext.DECIMAL64);
    assertThat(lever.inputsLine()).startsWith("on your data (" + lever.window() + "): "
        + perMonth.setScale(1, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()
        + " leads/month");
    assertThat(lever.unobserved()).extracting(LeverAnalysis.Unobserved::input).doesNotContain("Lead→MQL");
    if (r.sensitivity().isEmpty()) {
      // a CRM export without MQL or SQL stages: the note says which rate is missing, no handbook figure is used
      assertThat(r.sensitivityNote().orElseThrow()).contains("not observed", "Lead→MQL");
      assertThat(r.missingData().lacks(MissingData.Kind.MQL_STAGE) || r.missingData().lacks(MissingData.Kind.SQL_STAGE))
          .isTrue();
      return;
    }
    // demand-limited: the year's new customers are a year's leads through the observed rates, and 10% of a rate adds 10%
    BigDecimal expected = perMonth.multiply(BigDecimal.valueOf(12));
    for (String name : HealthReport.CONVERSIONS.subList(0, 3)) {
      Proportion p = r.conversions().get(name).value();
      expected = expected.multiply(p.rate().toBigDecimal());
      assertThat(lever.inputsLine()).contains(name + " " + HealthText.pct(p.rate()));
    }
    var s = r.sensitivity().get();
    assertThat(s.baseline().expectedNewCustomers().doubleValue()).isCloseTo(expected.doubleValue(),
        org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, expected.doubleValue())));
    assertThat(s.top().effect().doubleValue()).isCloseTo(expected.doubleValue() / 10,
        org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, expected.doubleValue())));
    assertThat(lever.unobserved()).extracting(LeverAnalysis.Unobserved::input)
        .contains("sales capacity", "market size");
    assertThat(r.summary()).contains(HealthText.LEVER, lever.inputsLine(), "not in the data: ",
        "sales capacity (the data has no team size or rep capacity");
  }

  @org.junit.jupiter.api.Test
  void theLeverScalesWithTheCompanyNotTheHandbook() throws IOException {
    // twice the leads at the same rates: twice the new customers and twice the lever's effect
    HealthReport small = HealthReport.evaluate(HealthInput.generate(io.revops.examples.data.SampleConfig.standard(60)),
        HealthOptions.defaults());
    HealthReport large = HealthReport.evaluate(HealthInput.generate(io.revops.examples.data.SampleConfig.standard(240)),
        HealthOptions.defaults());
    BigDecimal a = small.sensitivity().orElseThrow().top().effect();
    BigDecimal b = large.sensitivity().orElseThrow().top().effect();
    assertThat(b).isGreaterThan(a.multiply(BigDecimal.valueOf(2)));
    assertThat(Files.exists(FIXTURES)).isTrue();
  }
}
