package io.revops.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.core.funnel.LifecycleStage;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.money.ExchangeRates;
import io.revops.examples.data.SampleCollector;
import io.revops.examples.data.SampleConfig;
import io.revops.examples.data.SampleDataGenerator;
import io.revops.examples.healthcheck.HealthOptions;
import io.revops.metrics.MonthRange;
import io.revops.metrics.acquisition.AcquisitionAccumulator;
import io.revops.metrics.acquisition.SpendTiming;
import io.revops.metrics.conversion.ConversionAccumulator;
import io.revops.metrics.conversion.FunnelCounts;
import io.revops.metrics.conversion.WinRateAccumulator;
import io.revops.metrics.cycle.SalesCycleAccumulator;
import io.revops.metrics.revenue.RevenueAnalysis;
import io.revops.metrics.revenue.RevenueLedger;
import io.revops.metrics.revenue.RevenueRecord;
import io.revops.sla.SlaAccumulator;
import io.revops.sla.SlaAgreement;
import io.revops.sla.SlaEvaluator;
import io.revops.sla.SlaInput;
import io.revops.sla.SlaReport;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.Test;
import scala.Tuple2;
import scala.Tuple5;

/**
 * The Spark aggregators give the single-JVM results on the same generated data, whatever the partitioning:
 * one partition, several, skewed (one partition with most of the events), and each lead's events spread over
 * partitions (shuffled before grouping).
 */
class SparkEqualsSingleJvmTest extends SparkSessions {
  /** One generated company and what a single JVM computes from it. */
  private static final class Company {
    final List<LeadEvent> events;
    final List<LeadEventHistory> histories;
    final List<RevenueRecord> mrr;
    final Instant asOf;
    final Instant windowStart;
    final MonthRange period;
    final SlaAgreement agreement = SlaAgreement.handbook(HealthOptions.moscowWorkingCalendar());
    final ExchangeRates rates = HealthOptions.SAMPLE_RATES;
    final Map<String, io.revops.metrics.acquisition.ChannelKind> channels;
    final RevOpsAggregators.Acquisition acquisition;

    Company(int leadsPerMonth) {
      SampleDataGenerator generator = SampleDataGenerator.of(SampleConfig.standard(leadsPerMonth));
      SampleCollector c = SampleCollector.collect(generator);
      events = c.events();
      histories = LeadEventHistory.groupByLead(events);
      mrr = c.mrr().stream().map(m -> RevenueRecord.of(m.customerId(), m.month(), m.mrr())).toList();
      asOf = generator.end();
      windowStart = asOf.minusSeconds(365L * 24 * 3600);
      YearMonth last = YearMonth.from(asOf.minusNanos(1).atZone(generator.config().zone()));
      period = MonthRange.of(last.minusMonths(11), last);
      List<String> sources = histories.stream().flatMap(h -> h.source().stream()).map(s -> s.code()).distinct()
          .toList();
      List<String> paid = c.spend().stream().filter(s -> s.paid()).flatMap(s -> s.channel().stream()).distinct()
          .toList();
      channels = RevOpsAggregators.Acquisition.channels(sources, paid);
      acquisition = RevOpsAggregators.Acquisition.of(io.revops.core.money.Amounts.currency("RUB"), rates,
          RoundingMode.HALF_EVEN, period, SpendTiming.SAME_PERIOD, generator.config().zone(), channels);
    }

    SlaReport sla() {
      SlaEvaluator evaluator = SlaEvaluator.of(agreement)
          .withEvaluationContext(io.revops.core.qualification.EvaluationContext.of(rates));
      return evaluator.evaluate(histories.stream().map(SlaInput::of), asOf, v -> { });
    }
  }

  private static final Company SMALL = new Company(10);
  private static final Company LARGER = new Company(60);

  private static Dataset<EventRow> events(Company c, int partitions) {
    List<EventRow> rows = c.events.stream().map(EventRows::toRow).toList();
    return spark.createDataset(rows, LeadHistories.eventEncoder()).repartition(partitions);
  }

  /** Most events in one partition, the rest spread thin over five, each lead's events scattered. */
  private static Dataset<EventRow> skewed(Company c) {
    List<EventRow> rows = new ArrayList<>(c.events.stream().map(EventRows::toRow).toList());
    Collections.shuffle(rows, new Random(7));
    int big = rows.size() * 9 / 10;
    Dataset<EventRow> heavy = spark.createDataset(rows.subList(0, big), LeadHistories.eventEncoder()).coalesce(1);
    Dataset<EventRow> light = spark.createDataset(rows.subList(big, rows.size()), LeadHistories.eventEncoder())
        .repartition(5);
    return heavy.union(light);
  }

  /** Each lead's events in different input partitions: shuffled, then dealt round-robin into 4. */
  private static Dataset<EventRow> scattered(Company c) {
    List<EventRow> rows = new ArrayList<>(c.events.stream().map(EventRows::toRow).toList());
    Collections.shuffle(rows, new Random(11));
    return spark.createDataset(rows, LeadHistories.eventEncoder()).repartition(4);
  }

  private static void assertSameAsSingleJvm(Company c, Dataset<EventRow> events, int leadPartitions) {
    Dataset<LeadRow> leads = LeadHistories.group(events);
    leads = leadPartitions > 0 ? leads.repartition(leadPartitions) : leads;
    Tuple5<Partial<SlaAccumulator>, Partial<FunnelCounts>, Partial<ConversionAccumulator>,
        Partial<WinRateAccumulator>, Partial<SalesCycleAccumulator>> out = leads.select(
            RevOpsAggregators.sla(c.agreement, c.rates, c.asOf).toColumn(),
            RevOpsAggregators.funnelCounts(0, c.windowStart, c.asOf, c.asOf).toColumn(),
            RevOpsAggregators.conversion(LifecycleStage.MQL, LifecycleStage.SQL, c.windowStart, c.asOf, c.asOf)
                .toColumn(),
            RevOpsAggregators.winRate(c.windowStart, c.asOf).toColumn(),
            RevOpsAggregators.salesCycle(c.asOf).toColumn()).first();

    assertThat(out._1().accumulator().result()).isEqualTo(c.sla());
    assertThat(out._2().accumulator().result())
        .isEqualTo(single(c, FunnelCounts.of(0, c.windowStart, c.asOf, c.asOf), FunnelCounts::add).result());
    assertThat(out._3().accumulator().result()).isEqualTo(single(c, ConversionAccumulator.of(LifecycleStage.MQL,
        LifecycleStage.SQL, c.windowStart, c.asOf, c.asOf), ConversionAccumulator::add).result());
    assertThat(out._4().accumulator().result())
        .isEqualTo(single(c, WinRateAccumulator.of(c.windowStart, c.asOf), WinRateAccumulator::add).result());
    assertThat(out._5().accumulator().result())
        .isEqualTo(single(c, SalesCycleAccumulator.of(c.asOf), SalesCycleAccumulator::add).result());

    Partial<AcquisitionAccumulator> acquisition = leads.select(
        RevOpsAggregators.acquisitionOfLeads(c.acquisition).toColumn()).first();
    AcquisitionAccumulator expected = c.acquisition.accumulator();
    c.histories.forEach(h -> c.acquisition.addLead(expected, h));
    assertThat(acquisition.accumulator().result()).isEqualTo(expected.result());
  }

  private static <A> A single(Company c, A acc, java.util.function.BiFunction<A, LeadEventHistory, A> add) {
    c.histories.forEach(h -> add.apply(acc, h));
    return acc;
  }

  @Test
  void onePartition() {
    assertSameAsSingleJvm(SMALL, events(SMALL, 1), 1);
  }

  @Test
  void sevenPartitions() {
    assertSameAsSingleJvm(LARGER, events(LARGER, 7), 7);
  }

  @Test
  void skewedPartitions() {
    Dataset<EventRow> skewed = skewed(LARGER);
    List<Integer> sizes = sizes(skewed);
    assertThat(sizes).hasSize(6);
    assertThat(sizes.get(0)).isGreaterThan(8 * sizes.stream().skip(1).mapToInt(i -> i).max().orElseThrow());
    assertSameAsSingleJvm(LARGER, skewed, 0);
  }

  @Test
  void leadsSplitAcrossPartitions() {
    Dataset<EventRow> scattered = scattered(SMALL);
    // the events of many leads (of most of those with more than one event) are in more than one partition
    long split = scattered.mapPartitions((MapPartitionsFunction<EventRow, Tuple2<String, Integer>>) it -> {
      int p = org.apache.spark.TaskContext.getPartitionId();
      List<Tuple2<String, Integer>> out = new ArrayList<>();
      it.forEachRemaining(e -> out.add(new Tuple2<>(e.getLeadId(), p)));
      return out.iterator();
    }, Encoders.tuple(Encoders.STRING(), Encoders.INT())).distinct().groupBy("_1").count()
        .filter("count > 1").count();
    long several = SMALL.histories.stream().filter(h -> h.size() > 1).count();
    assertThat(split).isGreaterThan(several / 2);
    assertSameAsSingleJvm(SMALL, scattered, 2);
  }

  @Test
  void revenueRetentionOverAnyPartitioning() {
    for (int partitions : new int[] {1, 3, 8}) {
      List<MrrRow> rows = new ArrayList<>(LARGER.mrr.stream().map(MrrRow::of).toList());
      Collections.shuffle(rows, new Random(partitions));
      Partial<RevenueLedger.Builder> ledger = spark.createDataset(rows, Encoders.bean(MrrRow.class))
          .repartition(partitions).select(RevOpsAggregators.revenueLedger().toColumn()).first();
      RevenueLedger expected = RevenueLedger.of(LARGER.mrr);
      assertThat(ledger.accumulator().result()).isEqualTo(expected);
      io.revops.metrics.ReportingCurrency rub = io.revops.metrics.ReportingCurrency.of("RUB", LARGER.rates,
          RoundingMode.HALF_EVEN);
      RevenueAnalysis onSpark = RevenueAnalysis.of(ledger.accumulator().result(), rub);
      RevenueAnalysis jvm = RevenueAnalysis.of(expected, rub);
      YearMonth end = LARGER.period.end();
      assertThat(onSpark.nrr(end.minusMonths(12), end)).isEqualTo(jvm.nrr(end.minusMonths(12), end));
      assertThat(onSpark.grr(end.minusMonths(12), end)).isEqualTo(jvm.grr(end.minusMonths(12), end));
      assertThat(onSpark.movements(end.minusMonths(12), end)).isEqualTo(jvm.movements(end.minusMonths(12), end));
      assertThat(onSpark.nrr(end.minusMonths(12), end).isComputed()).isTrue();
    }
  }

  private static List<Integer> sizes(Dataset<EventRow> ds) {
    return ds.mapPartitions((MapPartitionsFunction<EventRow, Integer>) it -> {
      int n = 0;
      while (it.hasNext()) {
        it.next();
        n++;
      }
      return List.of(n).iterator();
    }, Encoders.INT()).collectAsList();
  }
}
