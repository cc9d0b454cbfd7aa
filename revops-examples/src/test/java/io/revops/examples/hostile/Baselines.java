package io.revops.examples.hostile;

import com.google.common.base.Suppliers;
import io.revops.core.batch.Finding;
import io.revops.core.funnel.BowtieStage;
import io.revops.core.funnel.LifecycleStage;
import io.revops.core.history.EventKind;
import io.revops.core.money.Amounts;
import io.revops.core.money.ExchangeRates;
import io.revops.core.money.Rate;
import io.revops.examples.io.JsonlReader;
import io.revops.metrics.MetricResult;
import io.revops.metrics.ReportingCurrency;
import io.revops.metrics.clv.BgNbdModel;
import io.revops.metrics.clv.CustomerSummaries;
import io.revops.metrics.clv.CustomerSummary;
import io.revops.metrics.clv.GammaGammaModel;
import io.revops.metrics.clv.SurvivorCounts;
import io.revops.metrics.conversion.Proportion;
import io.revops.metrics.cycle.CycleTime;
import io.revops.metrics.review.Polarity;
import io.revops.metrics.revenue.RevenueAnalysis;
import io.revops.metrics.revenue.RevenueLedger;
import io.revops.metrics.revenue.RevenueRecord;
import io.revops.metrics.sales.StageProbabilities;
import io.revops.sla.calendar.XmlCalendar;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.money.Monetary;

/**
 * Valid arguments, given by hand, for the members whose baseline the sweep cannot find among combinations of its
 * samples (a cross-field rule such as a decreasing series, a model fit that needs real data, a resource to read),
 * keyed by the member as the sweep prints it. Each supplier makes fresh arguments; the expensive ones (fitted
 * models, the CDNOW summaries) are made once.
 */
final class Baselines {
  private Baselines() {}

  private static final Supplier<List<CustomerSummary>> CDNOW = Suppliers.memoize(() -> {
    try (InputStream raw = JsonlReader.class.getResourceAsStream(
        "/io/revops/examples/cdnow/cdnow_customers_summary_with_transactions.csv");
        BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
      return List.copyOf(CustomerSummaries.parseCsv(in, "cdnow", Monetary.getCurrency("USD"), f -> { }));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  });
  private static final Supplier<BgNbdModel> BG_NBD = Suppliers.memoize(() -> BgNbdModel.fit(CDNOW.get()));
  private static final Supplier<GammaGammaModel> GAMMA_GAMMA = Suppliers.memoize(
      () -> GammaGammaModel.fit(CDNOW.get()));
  private static final String CALENDAR = "/io/revops/sla/calendar/xmlcalendar-ru/2025.xml";
  private static final Supplier<Path> CALENDAR_FILE = Suppliers.memoize(() -> {
    try (InputStream in = XmlCalendar.class.getResourceAsStream(CALENDAR)) {
      Path file = Files.createTempFile("bad-input-sweep-", ".xml");
      file.toFile().deleteOnExit();
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  });
  private static final Consumer<Finding> IGNORE = f -> { };

  private static RevenueLedger ledger() {
    return RevenueLedger.of(RevenueRecord.of("C1", YearMonth.of(2026, 1), Amounts.of(100, "EUR")),
        RevenueRecord.of("C1", YearMonth.of(2026, 2), Amounts.of(100, "EUR")),
        RevenueRecord.of("C2", YearMonth.of(2026, 1), Amounts.of(50, "EUR")));
  }

  private static MetricResult<Proportion> proportion(long successes, long trials) {
    return MetricResult.of("win rate", Proportion.of(successes, trials), successes + " of " + trials, List.of());
  }

  /** The hand-given baselines, by member. */
  static final Map<String, Supplier<Object[]>> GIVEN = Map.ofEntries(
      Map.entry("Args.noNulls(String, Collection)", () -> new Object[] {"values", List.of("a")}),
      Map.entry("Args.noNulls(String, Map)", () -> new Object[] {"map", Map.of("a", "b")}),
      Map.entry("BgNbdModel.fit(List)", () -> new Object[] {CDNOW.get().subList(0, 200)}),
      Map.entry("GammaGammaModel.fit(List)", () -> new Object[] {CDNOW.get().subList(0, 200)}),
      Map.entry("CustomerValue.of(BgNbdModel, GammaGammaModel, CustomerSummary, int, double, Rate, Rate, RoundingMode)",
          () -> new Object[] {BG_NBD.get(), GAMMA_GAMMA.get(), CDNOW.get().get(0), 12, 4.33, Rate.ofPercent(1),
              Rate.ofPercent(30), RoundingMode.HALF_EVEN}),
      Map.entry("CustomerSummaries.parseCsv(BufferedReader, String, CurrencyUnit, Consumer)",
          () -> new Object[] {new BufferedReader(new StringReader("ID,x,t_x,T\n1,2,30.43,38.86\n")), "summaries.csv",
              Monetary.getCurrency("USD"), IGNORE}),
      Map.entry("SbgModel.fit(SurvivorCounts)",
          () -> new Object[] {SurvivorCounts.of(1000, 631, 468, 382, 326, 289, 262, 241)}),
      Map.entry("SbgModel.fitPooled(List)", () -> new Object[] {List.of(SurvivorCounts.of(1000, 631, 468, 382),
          SurvivorCounts.of(500, 330, 240))}),
      Map.entry("SurvivorCounts.of(int[])", () -> new Object[] {new int[] {10, 8, 5}}),
      Map.entry("SurvivorCounts.fromLogoCohorts(CohortTable, Consumer)",
          () -> new Object[] {RevenueAnalysis.of(ledger()).logoCohorts(YearMonth.of(2026, 3)).value(), IGNORE}),
      Map.entry("RevenueAnalysis.of(RevenueLedger)", () -> new Object[] {ledger()}),
      Map.entry("RevenueRecord.of(String, String, String, String)",
          () -> new Object[] {"C1", "2026-01", "100.00", "EUR"}),
      Map.entry("ModelFit.Estimate.new(String, double, OptionalDouble)",
          () -> new Object[] {"r", 0.243, OptionalDouble.of(0.013)}),
      Map.entry("KaplanMeierBand.Point.new(CycleTime, double, OptionalDouble, OptionalDouble, OptionalDouble)",
          () -> new Object[] {CycleTime.ofDays(30), 0.5, OptionalDouble.of(0.1), OptionalDouble.of(0.4),
              OptionalDouble.of(0.6)}),
      Map.entry("StageConversion.of(LifecycleStage, LifecycleStage, OptionalLong, OptionalLong)",
          () -> new Object[] {LifecycleStage.LEAD, LifecycleStage.MQL, OptionalLong.of(10), OptionalLong.of(4)}),
      Map.entry("ConversionAccumulator.of(LifecycleStage, LifecycleStage, Instant, Instant, Instant)",
          () -> new Object[] {LifecycleStage.LEAD, LifecycleStage.MQL, Instant.parse("2026-01-01T00:00:00Z"),
              Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z")}),
      Map.entry("BowtieSnapshot.of(Map)", () -> {
        Map<BowtieStage, Long> volumes = new EnumMap<>(BowtieStage.class);
        for (BowtieStage s : BowtieStage.values()) {
          volumes.put(s, 10L);
        }
        return new Object[] {volumes};
      }),
      Map.entry("FunnelSnapshot.of(Map)", () -> {
        Map<LifecycleStage, Long> counts = new EnumMap<>(LifecycleStage.class);
        long n = 1000;
        for (LifecycleStage s : LifecycleStage.values()) {
          counts.put(s, n);
          n /= 2;
        }
        return new Object[] {counts};
      }),
      Map.entry("Comparisons.proportions(String, MetricResult, MetricResult, Polarity)",
          () -> new Object[] {"win rate", proportion(3, 10), proportion(5, 10), Polarity.HIGHER_IS_BETTER}),
      Map.entry("Contact.of(String, String, String, String)",
          () -> new Object[] {"Anna Petrova", "CEO", "+7 910 123-45-67", "anna@example.com"}),
      Map.entry("Inn.parse(String)", () -> new Object[] {"7707083893"}),
      Map.entry("LtvCacBands.of(String, String, String)", () -> new Object[] {"1", "3", "5"}),
      Map.entry("Bootstrap.of(int, long)", () -> new Object[] {200, 42L}),
      Map.entry("ExchangeRates.Builder.rate(LocalDate, String, String, String)",
          () -> new Object[] {LocalDate.of(2026, 1, 5), "EUR", "USD", "1.1"}),
      Map.entry("PipelineAccumulator.of(StageProbabilities, ReportingCurrency)",
          () -> new Object[] {StageProbabilities.of(Map.of("proposal", Rate.ofPercent(50))),
              ReportingCurrency.of("EUR", ExchangeRates.none(), RoundingMode.HALF_EVEN).atRatesOf(LocalDate.of(2026, 1, 31))}),
      Map.entry("Obligation.StepsInOrder.new(List)",
          () -> new Object[] {List.of(EventKind.CONTACT_ATTEMPT, EventKind.CONNECTED)}),
      Map.entry("Obligation.stepsInOrder(EventKind[])",
          () -> new Object[] {new EventKind[] {EventKind.CONTACT_ATTEMPT, EventKind.CONNECTED}}),
      Map.entry("SlaReport.Builder.compliance(String, StatusCounts, long, Map, Map, Map, Map)",
          () -> new Object[] {"first-contact", io.revops.sla.StatusCounts.of(1, 0, 0, 0, 0), 0L, Map.of(), Map.of(),
              Map.of(), Map.of()}),
      Map.entry("JollydayHolidays.of(String, String[])", () -> new Object[] {"DE", new String[0]}),
      Map.entry("XmlCalendar.read(InputStream, String, Consumer)",
          () -> new Object[] {XmlCalendar.class.getResourceAsStream(CALENDAR), "2025.xml", IGNORE}),
      Map.entry("XmlCalendar.read(Path, Consumer)", () -> new Object[] {CALENDAR_FILE.get(), IGNORE}));

  /**
   * The members that cannot have a baseline, each with why (reviewed like {@link BadInputSweepTest#ACCEPTED}).
   */
  static final Map<String, String> NONE_POSSIBLE = Map.of(
      "ObligationVerdict.of(LeadId, String, Obligation, VerdictStatus, String, Trace)",
      "a Trace has no public factory (its builder is the evaluator's own): a caller can only pass a trace read "
          + "from a verdict the evaluator made, and every such verdict was made by this factory's package-private "
          + "twin, which the evaluator's tests cover");
}
