package io.revops.metrics.segment;

import static io.revops.core.qualification.Criteria.allOf;
import static io.revops.core.qualification.Criteria.employeesAtLeast;
import static io.revops.core.qualification.Criteria.industryIn;
import static io.revops.core.qualification.Criteria.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.Company;
import io.revops.core.lead.Industry;
import io.revops.core.lead.Lead;
import io.revops.core.lead.LeadSource;
import io.revops.core.money.Amounts;
import io.revops.core.money.Rate;
import io.revops.core.qualification.Evaluation;
import io.revops.core.qualification.EvaluationContext;
import io.revops.core.qualification.Outcome;
import io.revops.metrics.acquisition.SpendTiming;
import io.revops.metrics.conversion.Histories;
import io.revops.metrics.conversion.Proportion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentTest {
  private static final Instant AS_OF = Histories.day(120);
  private static final Segment MID_IT = Segment.of("mid-market IT",
      allOf(industryIn(Industry.IT), employeesAtLeast(50), not(employeesAtLeast(250))))
      .withSources(List.of(LeadSource.of("webinar"), LeadSource.of("referral")));
  private static final Segment LARGE = Segment.of("large", employeesAtLeast(250));

  private static Lead lead(String id, String industry, Integer employees, String source) {
    Company.Builder c = Company.builder("Co " + id).industry(industry);
    if (employees != null) c.employees(employees);
    Lead.Builder b = Lead.builder(id).company(c.build());
    if (source != null) b.source(source);
    return b.build();
  }

  @Test
  void membershipIsExplainedLikeQualification() {
    Evaluation in = MID_IT.evaluate(lead("a", "it", 120, "webinar"), AS_OF, EvaluationContext.defaults());
    assertThat(in.outcome()).isEqualTo(Outcome.PASSED);
    Evaluation small = MID_IT.evaluate(lead("b", "it", 20, "webinar"), AS_OF, EvaluationContext.defaults());
    assertThat(small.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(small.failedReasons()).containsExactly("20 employees; at least 50 required");
    Evaluation ads = MID_IT.evaluate(lead("c", "it", 120, "ads"), AS_OF, EvaluationContext.defaults());
    assertThat(ads.failedReasons()).containsExactly("source ads; one of [referral, webinar] required");
    Evaluation unknown = MID_IT.evaluate(lead("d", "it", null, "webinar"), AS_OF, EvaluationContext.defaults());
    assertThat(unknown.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(unknown.unknownReasons()).contains("employee count unknown");
    assertThat(MID_IT.test(lead("d", "it", null, "webinar"), AS_OF, EvaluationContext.defaults())).isEqualTo(Outcome.UNKNOWN);
    assertThat(LARGE.evaluate(lead("e", "retail", 900, null), AS_OF, EvaluationContext.defaults()).isPassed()).isTrue();
  }

  @Test
  void eachSegmentGetsItsOwnFunnelWinRateAndEconomics() {
    List<LeadRecord> records = new ArrayList<>();
    // 10 mid-market IT leads: 6 reach SQL, 4 of those close: 3 won, 1 lost
    for (int i = 0; i < 10; i++) {
      LeadEventHistory.Builder h = LeadEventHistory.builder("m" + i).created(Histories.day(1 + i), "webinar");
      if (i < 6) h.becameMql(Histories.day(12)).acceptedAsSql(Histories.day(14), "rep");
      if (i < 3) h.won(Histories.day(40), "rep", Amounts.of(1000, "RUB"));
      if (i == 3) h.lost(Histories.day(40), "rep", "no budget");
      records.add(new LeadRecord(lead("m" + i, "it", 100, "webinar"), h.build()));
    }
    // 4 large companies, one won; 3 leads with no employee count; 2 small retail
    for (int i = 0; i < 4; i++) {
      LeadEventHistory.Builder h = LeadEventHistory.builder("l" + i).created(Histories.day(2), "ads");
      if (i == 0) h.becameMql(Histories.day(3)).acceptedAsSql(Histories.day(4), "rep").won(Histories.day(30), "rep", Amounts.of(1, "RUB"));
      records.add(new LeadRecord(lead("l" + i, "retail", 1000, "ads"), h.build()));
    }
    for (int i = 0; i < 3; i++) {
      records.add(new LeadRecord(lead("u" + i, "it", null, "webinar"),
          LeadEventHistory.builder("u" + i).created(Histories.day(2), "webinar").build()));
    }
    for (int i = 0; i < 2; i++) {
      records.add(new LeadRecord(lead("s" + i, "retail", 5, "ads"),
          LeadEventHistory.builder("s" + i).created(Histories.day(2), "ads").build()));
    }
    SegmentAccumulator one = SegmentAccumulator.of(List.of(MID_IT, LARGE), Histories.day(0), Histories.day(90), AS_OF,
        EvaluationContext.defaults());
    SegmentAccumulator a = SegmentAccumulator.of(List.of(MID_IT, LARGE), Histories.day(0), Histories.day(90), AS_OF,
        EvaluationContext.defaults());
    SegmentAccumulator b = SegmentAccumulator.of(List.of(MID_IT, LARGE), Histories.day(0), Histories.day(90), AS_OF,
        EvaluationContext.defaults());
    one.addAll(records);
    a.addAll(records.subList(0, 7));
    b.addAll(records.subList(7, records.size()));
    SegmentReport report = one.result();
    assertThat(a.merge(b).result().toString()).isEqualTo(report.toString());

    SegmentMetrics mid = report.segment("mid-market IT").orElseThrow();
    assertThat(mid.funnel().leads()).isEqualTo(10);
    assertThat(mid.winRate().value()).isEqualTo(Proportion.of(3, 4));
    assertThat(mid.newCustomers()).isEqualTo(3);
    assertThat(mid.conversions()).filteredOn(c -> c.metric().contains("MQL → SQL") || c.metric().contains("MQL→SQL"))
        .singleElement().satisfies(c -> assertThat(c.value()).isEqualTo(Proportion.of(6, 6)));
    assertThat(report.segment("large").orElseThrow().winRate().value()).isEqualTo(Proportion.of(1, 1));
    SegmentMetrics none = report.segment(SegmentReport.UNSEGMENTED).orElseThrow();
    assertThat(none.funnel().leads()).isEqualTo(5);
    assertThat(none.winRate().isComputed()).isFalse();
    assertThat(report.unknownLeads()).isEqualTo(3);

    SegmentReport priced = report.withEconomics("mid-market IT", new SegmentEconomics(Amounts.of(300_000, "RUB"),
        SpendTiming.SAME_PERIOD, Amounts.of(50_000, "RUB"), Rate.ofPercent(40), Rate.ofPercent(5)));
    SegmentMetrics m = priced.segment("mid-market IT").orElseThrow();
    assertThat(m.cac().orElseThrow().value()).isEqualTo(Amounts.of(100_000, "RUB"));
    assertThat(m.ltv().orElseThrow().value()).isEqualTo(Amounts.of(400_000, "RUB"));
    assertThat(m.ltvCac().orElseThrow().value().ratio().toBigDecimal()).isEqualByComparingTo("4");
    assertThat(priced.segment("large").orElseThrow().cac()).isEmpty();
    assertThat(priced.toString()).contains("Segment mid-market IT", "CAC = 100 000,00 RUB", "Win rate");
  }

  @Test
  void badInputNamesTheParameter() {
    assertThatThrownBy(() -> Segment.of(" ", employeesAtLeast(1))).hasMessageContaining("name must not be blank");
    assertThatThrownBy(() -> SegmentAccumulator.of(List.of(LARGE, LARGE), Histories.day(0), Histories.day(9), AS_OF,
        EvaluationContext.defaults())).hasMessageContaining("distinct names").hasMessageContaining("large");
    assertThatThrownBy(() -> new LeadRecord(lead("x", "it", 1, null), LeadEventHistory.builder("y").build()))
        .hasMessageContaining("history must be of the same lead");
  }
}
