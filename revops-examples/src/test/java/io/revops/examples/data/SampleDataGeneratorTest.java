package io.revops.examples.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.core.history.HistoryAnomaly;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.Lead;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SampleDataGeneratorTest {

  static SampleCollector run(SampleConfig config) {
    return SampleCollector.collect(SampleDataGenerator.of(config));
  }

  @Test
  void sameConfigurationGeneratesTheSameData() {
    SampleCollector a = run(SampleConfig.standard(50));
    SampleCollector b = run(SampleConfig.standard(50));
    assertThat(a.leads()).isEqualTo(b.leads());
    assertThat(a.eventsByLead()).isEqualTo(b.eventsByLead());
    assertThat(a.spend()).isEqualTo(b.spend());
    assertThat(a.mrr()).isEqualTo(b.mrr());
  }

  @Test
  void anotherSeedGeneratesOtherData() {
    assertThat(run(SampleConfig.standard(50)).eventsByLead()).isNotEqualTo(run(SampleConfig.standard(50).withSeed(7)).eventsByLead());
  }

  @Test
  void generatesEveryLeadOnceWithEventsInsideThePeriod() {
    SampleConfig config = SampleConfig.standard(40);
    SampleCollector c = run(config);
    SampleDataGenerator g = SampleDataGenerator.of(config);
    assertThat(c.leads()).hasSize(24 * 40);
    assertThat(c.leads().stream().map(Lead::id).distinct()).hasSize(24 * 40);
    assertThat(c.eventsByLead()).allSatisfy(list -> assertThat(list).allSatisfy(e -> assertThat(e.at()).isBefore(g.end())));
    assertThat(c.spend()).allSatisfy(s -> assertThat(s.month()).isBetween(YearMonth.of(2025, 1), YearMonth.of(2026, 12)));
    assertThat(c.mrr()).allSatisfy(m -> assertThat(m.month()).isBetween(YearMonth.of(2025, 1), YearMonth.of(2026, 12)));
  }

  @Test
  void partitionedGenerationEqualsTheWhole() {
    SampleConfig config = SampleConfig.standard(30);
    SampleCollector whole = run(config);
    SampleCollector parts = new SampleCollector();
    SampleDataGenerator g = SampleDataGenerator.of(config);
    long total = config.totalLeads();
    g.generateLeads(0, total / 3, parts);
    g.generateLeads(total / 3, total, parts);
    assertThat(parts.leads()).isEqualTo(whole.leads());
    assertThat(parts.eventsByLead()).isEqualTo(whole.eventsByLead());
  }

  @Test
  void dataIsRealistic() {
    SampleCollector c = run(SampleConfig.standard(200));
    List<LeadEventHistory> histories = new ArrayList<>();
    for (List<LeadEvent> e : c.eventsByLead()) {
      histories.add(LeadEventHistory.of(e.get(0).leadId(), e));
    }
    double perLead = (double) c.events().size() / c.leads().size();
    assertThat(perLead).isBetween(SampleDataGenerator.EVENTS_PER_LEAD * 0.7, SampleDataGenerator.EVENTS_PER_LEAD * 1.3);
    Set<String> sources = new HashSet<>();
    histories.forEach(h -> h.source().ifPresent(s -> sources.add(s.code())));
    assertThat(sources).contains("paid_search", "webinar", "referral", "events", "cold_outbound", "free_checklist");
    long won = histories.stream().filter(h -> h.won().isPresent()).count();
    long rejected = histories.stream().filter(h -> !h.events(LeadEvent.Rejected.class).isEmpty()).count();
    long noReason = histories.stream().flatMap(h -> h.events(LeadEvent.Rejected.class).stream())
        .filter(r -> !r.reason().isGiven()).count();
    assertThat(won).isGreaterThan(20);
    assertThat(rejected).isGreaterThan(50);
    assertThat(noReason).isPositive();
    assertThat(c.mrr().stream().map(m -> m.mrr().getCurrency().getCurrencyCode()).distinct()).contains("RUB", "USD");
    assertThat(histories.stream().flatMap(h -> h.anomalies().stream()).map(HistoryAnomaly::kind).distinct().count())
        .isGreaterThanOrEqualTo(2);
    // the free checklist brings many leads that rarely buy
    long checklistLeads = histories.stream().filter(h -> h.source().map(s -> s.code().equals("free_checklist")).orElse(false)).count();
    long checklistWon = histories.stream().filter(h -> h.won().isPresent()
        && h.source().map(s -> s.code().equals("free_checklist")).orElse(false)).count();
    assertThat(checklistLeads).isGreaterThan(c.leads().size() / 4);
    assertThat((double) checklistWon / checklistLeads).isLessThan((double) won / c.leads().size());
  }

  @Test
  void rejectsBadConfiguration() {
    assertThatThrownBy(() -> new SampleConfig(1, YearMonth.of(2025, 1), 0, 10, 0, java.time.ZoneOffset.UTC))
        .hasMessage("months must be at least 1: 0");
    assertThatThrownBy(() -> new SampleConfig(1, YearMonth.of(2025, 1), 1, 10, 1.5, java.time.ZoneOffset.UTC))
        .hasMessage("anomalyShare must be in [0, 1]: 1.5");
  }
}
