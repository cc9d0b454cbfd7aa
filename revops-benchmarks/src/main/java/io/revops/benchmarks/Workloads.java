package io.revops.benchmarks;

import io.revops.core.history.EventKind;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.Lead;
import io.revops.core.money.Amounts;
import io.revops.core.money.ExchangeRates;
import io.revops.core.qualification.Criterion;
import io.revops.core.qualification.Evaluation;
import io.revops.metrics.revenue.MrrMovements;
import io.revops.metrics.ReportingCurrency;
import io.revops.metrics.revenue.RevenueAnalysis;
import io.revops.metrics.revenue.RevenueLedger;
import io.revops.sla.Attribution;
import io.revops.sla.IsoWeek;
import io.revops.sla.LeadVerdicts;
import io.revops.sla.Obligation;
import io.revops.sla.SlaAgreement;
import io.revops.sla.SlaEvaluator;
import io.revops.sla.SlaInput;
import io.revops.sla.SlaReport;
import io.revops.sla.VerdictStatus;
import io.revops.sla.calendar.BusinessCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The revops side of every workload: W1 first-response compliance, W2 the handbook SLA, W3 MRR movements
 * with NRR and GRR, W4 qualification, and the floor. Each method is what is timed; its result is what the
 * DuckDB side must reproduce.
 */
public final class Workloads {
  /** W1's allowance: 60 minutes of wall-clock time from the MQL instant to the first contact. */
  public static final Duration W1_ALLOWANCE = Duration.ofMinutes(60);
  /** W3's exchange rate: RUB per USD, constant over the period. */
  public static final BigDecimal RUB_PER_USD = new BigDecimal("90");

  private Workloads() {}

  // ---- W1 ----------------------------------------------------------------------------------------

  /** W1's agreement: one obligation, first contact within 60 minutes of elapsed time, Moscow weeks. */
  public static SlaAgreement w1Agreement() {
    return SlaAgreement.of("W1 first response", BusinessCalendar.always(BenchData.MOSCOW),
        Obligation.firstContactWithinElapsed(W1_ALLOWANCE));
  }

  /** W1's evaluator. */
  public static SlaEvaluator w1Evaluator() {
    return SlaEvaluator.of(w1Agreement());
  }

  /** A W1 group: a source, an ISO week of the MQL instant in Moscow, a verdict status. */
  record W1Key(String source, IsoWeek week) {}

  /**
   * W1 through the SLA evaluator: every lead's verdict with its reason and trace, grouped by source, ISO week
   * of the MQL instant and status. Keys {@code source|week|STATUS}.
   */
  public static SortedMap<String, Long> w1(SlaEvaluator evaluator, List<SlaInput> inputs, Instant asOf) {
    String key = evaluator.agreement().obligationsByKey().keySet().iterator().next();
    Map<W1Key, long[]> counts = new HashMap<>();
    for (SlaInput in : inputs) {
      LeadVerdicts v = evaluator.evaluate(in, asOf);
      Instant mql = v.mqlAt().orElse(null);
      if (mql != null) {
        IsoWeek week = IsoWeek.from(LocalDate.ofInstant(mql, BenchData.MOSCOW));
        counts.computeIfAbsent(new W1Key(v.source(), week), k -> new long[VerdictStatus.values().length])[
            v.verdicts().get(key).status().ordinal()]++;
      }
    }
    return w1Result(counts);
  }

  /** W1 through the SLA evaluator on every core: a parallel stream, each thread grouping its own leads. */
  public static SortedMap<String, Long> w1Parallel(SlaEvaluator evaluator, List<SlaInput> inputs, Instant asOf) {
    String key = evaluator.agreement().obligationsByKey().keySet().iterator().next();
    int statuses = VerdictStatus.values().length;
    Map<W1Key, long[]> counts = inputs.parallelStream().collect(HashMap::new, (m, in) -> {
      LeadVerdicts v = evaluator.evaluate(in, asOf);
      Instant mql = v.mqlAt().orElse(null);
      if (mql != null) {
        IsoWeek week = IsoWeek.from(LocalDate.ofInstant(mql, BenchData.MOSCOW));
        m.computeIfAbsent(new W1Key(v.source(), week), k -> new long[statuses])[
            v.verdicts().get(key).status().ordinal()]++;
      }
    }, (a, b) -> b.forEach((k, c) -> {
      long[] into = a.computeIfAbsent(k, x -> new long[statuses]);
      for (int i = 0; i < statuses; i++) {
        into[i] += c[i];
      }
    }));
    return w1Result(counts);
  }

  /**
   * W1 by hand over the histories (the same rule as the evaluator, with no verdict objects): the lower
   * bound of what revops' in-memory form allows.
   */
  public static SortedMap<String, Long> w1Direct(List<LeadEventHistory> histories, Instant asOf) {
    Map<W1Key, long[]> counts = new HashMap<>();
    long allowance = W1_ALLOWANCE.getSeconds();
    long atRisk = allowance * 3 / 4; // the default at-risk share, 75%
    for (LeadEventHistory h : histories) {
      Instant mql = null;
      String source = null;
      for (LeadEvent e : h.events()) {
        if (e.at().isAfter(asOf)) {
          break;
        }
        if (mql == null && e.kind() == EventKind.BECAME_MQL) {
          mql = e.at();
        } else if (source == null && e instanceof LeadEvent.Created c) {
          source = c.source().code();
        }
      }
      if (mql == null) {
        continue;
      }
      Instant first = null;
      for (LeadEvent e : h.events()) {
        if (e.at().isAfter(asOf)) {
          break;
        }
        EventKind k = e.kind();
        if ((k == EventKind.CONTACT_ATTEMPT || k == EventKind.CONNECTED || k == EventKind.DISCOVERY_CALL)
            && !e.at().isBefore(mql)) {
          first = e.at();
          break;
        }
      }
      VerdictStatus s;
      if (first != null) {
        s = first.getEpochSecond() - mql.getEpochSecond() <= allowance ? VerdictStatus.MET : VerdictStatus.BREACHED;
      } else {
        long used = asOf.getEpochSecond() - mql.getEpochSecond();
        s = used > allowance ? VerdictStatus.BREACHED : used >= atRisk ? VerdictStatus.AT_RISK : VerdictStatus.PENDING;
      }
      IsoWeek week = IsoWeek.from(LocalDate.ofInstant(mql, BenchData.MOSCOW));
      counts.computeIfAbsent(new W1Key(Attribution.source(Optional.ofNullable(source)).key(), week),
          x -> new long[VerdictStatus.values().length])[s.ordinal()]++;
    }
    return w1Result(counts);
  }

  private static SortedMap<String, Long> w1Result(Map<W1Key, long[]> counts) {
    SortedMap<String, Long> out = new TreeMap<>();
    counts.forEach((k, c) -> {
      for (VerdictStatus s : VerdictStatus.values()) {
        if (c[s.ordinal()] > 0) {
          out.put(w1Key(k.source(), k.week().year(), k.week().week(), s.name()), c[s.ordinal()]);
        }
      }
    });
    return out;
  }

  /** The result key of a W1 group. */
  static String w1Key(String source, int isoYear, int isoWeek, String status) {
    return source + "|" + IsoWeek.of(isoYear, isoWeek) + "|" + status;
  }

  // ---- W2 ----------------------------------------------------------------------------------------

  /**
   * W2's evaluator: the handbook agreement on the Russian office calendar ({@code SlaAgreement.handbookRussia()}:
   * Monday to Friday 9:00-18:00 Moscow on the Russian production calendar), whose MQL obligation evaluates the
   * handbook MQL preset on each lead's data as of its MQL instant.
   */
  public static SlaEvaluator w2Evaluator() {
    return SlaEvaluator.of(SlaAgreement.handbookRussia());
  }

  /** W2 on one thread: the report, every lead's verdicts handed to a sink and dropped. */
  public static SlaReport w2(SlaEvaluator evaluator, List<SlaInput> inputs, Instant asOf) {
    return evaluator.evaluate(inputs.iterator(), asOf, v -> { });
  }

  /** W2 on every core: the same report from a parallel stream. */
  public static SlaReport w2Parallel(SlaEvaluator evaluator, List<SlaInput> inputs, Instant asOf) {
    return evaluator.evaluate(inputs.parallelStream(), asOf, v -> { });
  }

  /**
   * W2 with every verdict's explanation read: {@link #w2}, and the sink reads each verdict's reason and trace
   * (which an evaluation builds on first read). Returns the report and adds the reasons' total length to
   * {@code read[0]}.
   */
  public static SlaReport w2Explained(SlaEvaluator evaluator, List<SlaInput> inputs, Instant asOf, long[] read) {
    return evaluator.evaluate(inputs.iterator(), asOf, v -> v.verdicts().values().forEach(verdict -> {
      read[0] += verdict.reason().length();
      read[0] += verdict.trace().notes().size();
    }));
  }

  // ---- W3 ----------------------------------------------------------------------------------------

  /** W3's reporting currency: RUB, with USD at a constant {@link #RUB_PER_USD}. */
  public static ReportingCurrency rub() {
    return ReportingCurrency.of("RUB", ExchangeRates.builder()
        .rate(LocalDate.of(2000, 1, 1), "USD", "RUB", RUB_PER_USD.toPlainString()).build(), RoundingMode.HALF_EVEN);
  }

  /**
   * One month of W3: the MRR movements from the previous month, and NRR and GRR over the same step.
   *
   * @param month the end month
   * @param startMrr MRR of the previous month
   * @param newMrr new
   * @param expansion expansion
   * @param reactivation reactivation
   * @param contraction contraction
   * @param churn churn
   * @param endMrr MRR of the month
   * @param customersAtStart customers paying in the previous month
   * @param customersAtEnd customers paying in the month
   * @param nrr NRR, null if not computable
   * @param grr GRR, null if not computable
   */
  public record W3Row(YearMonth month, BigDecimal startMrr, BigDecimal newMrr, BigDecimal expansion,
      BigDecimal reactivation, BigDecimal contraction, BigDecimal churn, BigDecimal endMrr, long customersAtStart,
      long customersAtEnd, BigDecimal nrr, BigDecimal grr) {

    /** True if the amounts and counts are equal and the ratios agree to 12 significant digits. */
    boolean matches(W3Row o) {
      return month.equals(o.month) && eq(startMrr, o.startMrr) && eq(newMrr, o.newMrr)
          && eq(expansion, o.expansion) && eq(reactivation, o.reactivation) && eq(contraction, o.contraction)
          && eq(churn, o.churn) && eq(endMrr, o.endMrr) && customersAtStart == o.customersAtStart
          && customersAtEnd == o.customersAtEnd && close(nrr, o.nrr) && close(grr, o.grr);
    }

    private static boolean eq(BigDecimal a, BigDecimal b) {
      return a.compareTo(b) == 0;
    }

    private static boolean close(BigDecimal a, BigDecimal b) {
      if (a == null || b == null) {
        return a == b;
      }
      return a.subtract(b).abs().compareTo(new BigDecimal("1e-12").multiply(a.abs().max(BigDecimal.ONE))) <= 0;
    }
  }

  /** W3's analysis of the data set's ledger, in RUB. */
  public static RevenueAnalysis w3Analysis(BenchData data) {
    return RevenueAnalysis.of(data.ledger(), rub());
  }

  /** W3 with revops: every month's movements, NRR and GRR from the month before, over the whole ledger. */
  public static List<W3Row> w3(RevenueAnalysis analysis) {
    RevenueLedger ledger = analysis.ledger();
    YearMonth first = ledger.firstMonth().orElseThrow();
    YearMonth last = ledger.lastMonth().orElseThrow();
    List<W3Row> rows = new ArrayList<>();
    for (YearMonth end = first.plusMonths(1); !end.isAfter(last); end = end.plusMonths(1)) {
      YearMonth start = end.minusMonths(1);
      MrrMovements m = analysis.movements(start, end).value();
      var nrr = analysis.nrr(start, end);
      var grr = analysis.grr(start, end);
      rows.add(new W3Row(end, Amounts.toBigDecimal(m.startMrr()), Amounts.toBigDecimal(m.newMrr()),
          Amounts.toBigDecimal(m.expansion()), Amounts.toBigDecimal(m.reactivation()),
          Amounts.toBigDecimal(m.contraction()), Amounts.toBigDecimal(m.churn()), Amounts.toBigDecimal(m.endMrr()),
          m.counts().atStart(), m.counts().atEnd(),
          nrr.isComputed() ? nrr.value().ratio().toBigDecimal() : null,
          grr.isComputed() ? grr.value().toBigDecimal() : null));
    }
    return rows;
  }

  // ---- W4 ----------------------------------------------------------------------------------------

  /**
   * W4: every lead qualified against the handbook MQL preset as of its creation instant, with the explained
   * verdict tree (built when read, and not read here); returns the number of leads passed, failed and unknown.
   */
  public static long[] w4(Criterion criterion, List<Lead> leads, List<LeadEventHistory> histories) {
    return java.util.Arrays.copyOf(qualify(criterion, leads, histories, e -> 0), 3);
  }

  /**
   * W4 with the explanation read, as a CRM would: {@link #w4}, and for every lead its reason and its failed
   * and unknown leaf reasons, which builds the explanation of every sub-criterion that did not pass (the
   * evaluation builds it on first read). Returns the counts as {@link #w4} does, and the total length of
   * the reasons read.
   */
  public static long[] w4Explained(Criterion criterion, List<Lead> leads, List<LeadEventHistory> histories) {
    return qualify(criterion, leads, histories, e -> {
      long read = e.reason().length();
      for (String r : e.failedReasons()) read += r.length();
      for (String r : e.unknownReasons()) read += r.length();
      return read;
    });
  }

  /**
   * W4 with the whole explanation tree read for every lead ({@code toString()}: every criterion's
   * evaluation and reason, passed or not). Returns the counts as {@link #w4} does, and the total length
   * of the trees.
   */
  public static long[] w4Tree(Criterion criterion, List<Lead> leads, List<LeadEventHistory> histories) {
    return qualify(criterion, leads, histories, e -> e.toString().length());
  }

  /** Every lead evaluated as of its creation: counts by outcome, then the sum of {@code read} over the evaluations. */
  private static long[] qualify(Criterion criterion, List<Lead> leads, List<LeadEventHistory> histories,
      java.util.function.ToLongFunction<Evaluation> read) {
    long[] out = new long[4];
    for (int i = 0; i < leads.size(); i++) {
      LeadEventHistory h = histories.get(i);
      Instant at = h.created().map(LeadEvent::at).orElseGet(() -> h.events().get(0).at());
      Evaluation e = criterion.evaluate(leads.get(i), at);
      out[e.outcome().ordinal()]++;
      out[3] += read.applyAsLong(e);
    }
    return out;
  }

  // ---- floor -------------------------------------------------------------------------------------

  /**
   * W2's data floor: one pass that reads, without computing anything, what the handbook SLA reads — every
   * event's instant and kind, and for the leads that became MQLs the lead data (source, company fields,
   * contact fields, every behavioural event's instant, the BANT answers, the verification instant). It is
   * the cost of touching W2's data in memory once.
   */
  public static long floorW2(List<SlaInput> inputs) {
    long sum = 0;
    for (SlaInput in : inputs) {
      boolean mql = false;
      List<LeadEvent> events = in.history().events();
      for (int i = 0, n = events.size(); i < n; i++) {
        LeadEvent e = events.get(i);
        sum += e.at().getEpochSecond() + e.kind().ordinal();
        mql |= e.kind() == EventKind.BECAME_MQL;
      }
      Lead lead = mql ? in.lead().orElse(null) : null;
      if (lead == null) {
        continue;
      }
      sum += lead.source().map(s -> s.code().length()).orElse(0);
      if (lead.company().isPresent()) {
        io.revops.core.lead.Company c = lead.company().get();
        sum += c.employees().orElse(0) + c.industry().map(x -> x.name().length()).orElse(0)
            + c.city().map(x -> x.name().length()).orElse(0) + (c.annualRevenue().isPresent() ? 1 : 0);
      }
      sum += lead.contact().name().map(String::length).orElse(0) + lead.contact().email().map(String::length).orElse(0);
      List<io.revops.core.lead.BehaviouralEvent> behaviour = lead.behaviour();
      for (int i = 0, n = behaviour.size(); i < n; i++) {
        sum += behaviour.get(i).at().getEpochSecond();
      }
      sum += lead.bant().budget().ordinal() + lead.bant().need().ordinal() + lead.bant().authority().ordinal()
          + (lead.bant().timeline().isUnknown() ? 1 : 0) + lead.dataVerifiedAt().map(Instant::getEpochSecond).orElse(0L);
    }
    return sum;
  }

  /** The floor: one pass reading every event's timestamp, nothing else. */
  public static long floor(List<LeadEventHistory> histories) {
    long sum = 0;
    for (LeadEventHistory h : histories) {
      List<LeadEvent> events = h.events();
      for (int i = 0, n = events.size(); i < n; i++) {
        sum += events.get(i).at().getEpochSecond();
      }
    }
    return sum;
  }
}
