package io.revops.examples.healthcheck;

import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Finding;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * {@code report.json} as a value: every figure of a {@link HealthReport} as the document states it (rates and
 * ratios as the rounded JSON numbers, money exact, texts as written). {@link #of(HealthReport)} takes it from a
 * report, {@link #toJson()} writes it ({@code report.json}, schema {@code health-report.schema.json}) and
 * {@link #read(String)} reads it back: a document read from the text it wrote is equal to it, and writes the
 * same text. A {@link HealthReport} itself is not rebuilt: it holds the full SLA report, the acquisition report
 * and the planning model behind the figures, which {@code report.json} summarises.
 *
 * <p>Cost: {@link #of} is linear in the report's listed rows (at most 50 errors) and maps; {@link #read} is one
 * streaming pass over the text. This class is immutable and thread-safe.
 *
 * @param source the data's name
 * @param asOf the instant the report is as of
 * @param period the months reported ({@code "2025-12..2026-11"})
 * @param currency the reporting currency's code
 * @param input what was read and rejected
 * @param missingData the data the report could not find, and what that leaves out
 * @param funnel leads by the furthest stage reached, by stage name ({@code "lead"}, {@code "mql"}, ...)
 * @param funnelConversions stage conversions by label ({@code "MQL→SQL"}): a rate, or why not
 * @param bowtie volumes by bowtie stage name
 * @param conversions the conversions of {@link HealthReport#CONVERSIONS} with their Wilson intervals
 * @param cac the blended CAC
 * @param cacByChannel CAC by lead source code
 * @param arpa average revenue per account
 * @param monthlyChurn monthly customer churn, a fraction
 * @param ltv lifetime value
 * @param ltvCac LTV:CAC with its band
 * @param nrr net revenue retention with its band
 * @param grr gross revenue retention, a fraction
 * @param mrrMovements the period's MRR movements
 * @param salesCycle the sales cycle
 * @param sla SLA compliance
 * @param friction the top friction and lever
 * @param dataQuality the data-quality figures, or why they were not computed
 */
public record HealthDocument(String source, Instant asOf, String period, String currency, Input input,
    List<Missing> missingData, Map<String, Long> funnel, Map<String, Figure<BigDecimal>> funnelConversions,
    Map<String, Long> bowtie, Map<String, Figure<Proportion>> conversions, Figure<MonetaryAmount> cac,
    Map<String, Figure<MonetaryAmount>> cacByChannel, Figure<MonetaryAmount> arpa, Figure<BigDecimal> monthlyChurn,
    Figure<MonetaryAmount> ltv, Figure<Banded> ltvCac, Figure<Banded> nrr, Figure<BigDecimal> grr,
    Figure<Movements> mrrMovements, Cycle salesCycle, Sla sla, Friction friction, Quality dataQuality) {

  /** Validates the document: no null part; maps and lists are copied (their order kept). */
  public HealthDocument {
    requireNonNull(source, "source");
    requireNonNull(asOf, "asOf");
    requireNonNull(period, "period");
    requireNonNull(currency, "currency");
    requireNonNull(input, "input");
    missingData = List.copyOf(missingData);
    funnel = ordered(funnel);
    funnelConversions = ordered(funnelConversions);
    bowtie = ordered(bowtie);
    conversions = ordered(conversions);
    requireNonNull(cac, "cac");
    cacByChannel = ordered(cacByChannel);
    requireNonNull(arpa, "arpa");
    requireNonNull(monthlyChurn, "monthlyChurn");
    requireNonNull(ltv, "ltv");
    requireNonNull(ltvCac, "ltvCac");
    requireNonNull(nrr, "nrr");
    requireNonNull(grr, "grr");
    requireNonNull(mrrMovements, "mrrMovements");
    requireNonNull(salesCycle, "salesCycle");
    requireNonNull(sla, "sla");
    requireNonNull(friction, "friction");
    requireNonNull(dataQuality, "dataQuality");
  }

  /** An unmodifiable copy of {@code m} that keeps its order (the document's order). */
  static <K, V> Map<K, V> ordered(Map<K, V> m) {
    return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(requireNonNull(m, "map")));
  }

  /**
   * A metric as the document states it: its value and explanation, a value alone (a stage rate), or the reason
   * it could not be computed. Made by {@link #explained}, {@link #of} and {@link #notComputable}.
   *
   * <p>Cost: constant; immutable, and thread-safe if the value is.
   *
   * @param value the value, empty when not computable
   * @param text the explanation of the value, or the reason there is none; empty only for a value stated alone
   */
  public record Figure<T>(Optional<T> value, Optional<String> text) {
    /** Validates the figure: one without a value states why. */
    public Figure {
      requireNonNull(value, "value");
      requireNonNull(text, "text");
      if (value.isEmpty() && text.isEmpty()) {
        throw new IllegalArgumentException("text: a figure without a value states the reason it is not computable");
      }
    }

    /** {@code value} with its {@code explanation}. */
    public static <T> Figure<T> explained(T value, String explanation) {
      return new Figure<>(Optional.of(value), Optional.of(explanation));
    }

    /** {@code value} stated alone, without an explanation (as {@code report.json} states a stage rate). */
    public static <T> Figure<T> of(T value) {
      return new Figure<>(Optional.of(value), Optional.empty());
    }

    /** No value, for {@code reason}. */
    public static <T> Figure<T> notComputable(String reason) {
      return new Figure<>(Optional.empty(), Optional.of(reason));
    }
  }

  /**
   * What was read.
   *
   * @param rowsRead rows read
   * @param rowsRejected rows rejected
   * @param leads leads read
   * @param events events read
   * @param historiesWithAnomalies lead histories with anomalies
   * @param rejectionsByRule rejected rows by rule
   * @param errors the first rejected rows ({@code "errorsListed"} is their number)
   * @param duplicateMrrRecords the MRR records given more than once, each counted once
   */
  public record Input(long rowsRead, long rowsRejected, long leads, long events, long historiesWithAnomalies,
      Map<String, Long> rejectionsByRule, List<Finding> errors, List<DuplicateMrr> duplicateMrrRecords) {
    /** Validates the input section. */
    public Input {
      rejectionsByRule = ordered(rejectionsByRule);
      errors = List.copyOf(errors);
      duplicateMrrRecords = List.copyOf(duplicateMrrRecords);
    }
  }

  /**
   * An MRR record given more than once ({@code "countedAs"} is always 1).
   *
   * @param customer the customer id
   * @param month the month
   * @param mrr the MRR of the record
   * @param copies how many times it was given
   */
  public record DuplicateMrr(String customer, YearMonth month, MonetaryAmount mrr, long copies) {
    /** Validates the record. */
    public DuplicateMrr {
      requireNonNull(customer, "customer");
      requireNonNull(month, "month");
      requireNonNull(mrr, "mrr");
    }
  }

  /**
   * Data the report could not find.
   *
   * @param what what is missing
   * @param why why it matters
   * @param leavesOut the figures it leaves out
   */
  public record Missing(String what, String why, String leavesOut) {
    /** Validates the item. */
    public Missing {
      requireNonNull(what, "what");
      requireNonNull(why, "why");
      requireNonNull(leavesOut, "leavesOut");
    }
  }

  /**
   * A conversion with its 95% Wilson interval, the rates as written.
   *
   * @param successes the successes
   * @param trials the trials
   * @param rate the observed rate
   * @param lower the interval's lower bound
   * @param upper the interval's upper bound
   */
  public record Proportion(long successes, long trials, BigDecimal rate, BigDecimal lower, BigDecimal upper) {
    /** Validates the proportion. */
    public Proportion {
      requireNonNull(rate, "rate");
      requireNonNull(lower, "lower");
      requireNonNull(upper, "upper");
    }
  }

  /**
   * A ratio and its band ({@code "healthy"}, {@code "strong"}, ... in lower case).
   *
   * @param ratio the ratio as written
   * @param band the band
   */
  public record Banded(BigDecimal ratio, String band) {
    /** Validates the ratio. */
    public Banded {
      requireNonNull(ratio, "ratio");
      requireNonNull(band, "band");
    }
  }

  /**
   * The period's MRR movements.
   *
   * @param start the first month
   * @param end the last month
   * @param amounts the amounts by name ({@code "startMrr"}, {@code "newMrr"}, ... {@code "endMrr"}), in order
   */
  public record Movements(YearMonth start, YearMonth end, Map<String, MonetaryAmount> amounts) {
    /** The amounts' names, in the document's order. */
    public static final List<String> AMOUNTS = List.of("startMrr", "newMrr", "expansion", "reactivation",
        "contraction", "churn", "fxImpact", "endMrr");

    /** Validates the movements: every amount of {@link #AMOUNTS}, in that order. */
    public Movements {
      requireNonNull(start, "start");
      requireNonNull(end, "end");
      amounts = ordered(amounts);
      if (!List.copyOf(amounts.keySet()).equals(AMOUNTS)) {
        throw new IllegalArgumentException("amounts must be " + AMOUNTS + " in that order: " + amounts.keySet());
      }
    }
  }

  /**
   * The sales cycle.
   *
   * @param start where the cycle starts (the policy's label)
   * @param wonDeals won deals with a cycle
   * @param customers customers won
   * @param leftOutWithAnomalies won deals left out for anomalies
   * @param leftOutWithNoStart won deals left out for want of a start
   * @param medianDays the median, in days
   * @param p90Days the 90th percentile, in days
   */
  public record Cycle(String start, long wonDeals, long customers, long leftOutWithAnomalies,
      long leftOutWithNoStart, Figure<BigDecimal> medianDays, Figure<BigDecimal> p90Days) {
    /** Validates the section. */
    public Cycle {
      requireNonNull(start, "start");
      requireNonNull(medianDays, "medianDays");
      requireNonNull(p90Days, "p90Days");
    }
  }

  /**
   * Verdict counts of an obligation.
   *
   * @param met met
   * @param breached breached
   * @param pending pending
   * @param atRisk at risk
   * @param notApplicable not applicable
   * @param compliance the compliance as written, if defined
   */
  public record Counts(long met, long breached, long pending, long atRisk, long notApplicable,
      Optional<BigDecimal> compliance) {
    /** Validates the counts. */
    public Counts {
      requireNonNull(compliance, "compliance");
    }
  }

  /**
   * One speed-to-lead bucket.
   *
   * @param mqls MQLs
   * @param sqls SQLs
   * @param rejected rejected
   * @param open open
   * @param conversion the conversion as written, if defined
   */
  public record Bucket(long mqls, long sqls, long rejected, long open, Optional<BigDecimal> conversion) {
    /** Validates the bucket. */
    public Bucket {
      requireNonNull(conversion, "conversion");
    }
  }

  /**
   * SLA compliance.
   *
   * @param agreement the agreement's name
   * @param mqls MQLs evaluated
   * @param obligations counts by obligation key, the agreement's ({@code "first-contact"}; {@code report.json}
   *     spells it in the dialect's snake case, {@code "first_contact"})
   * @param complianceByWeek the first-contact obligation's counts by ISO week, by obligation key
   * @param speedToLead speed to lead by bucket name
   */
  public record Sla(String agreement, long mqls, Map<String, Counts> obligations,
      Map<String, Map<String, Counts>> complianceByWeek, Map<String, Bucket> speedToLead) {
    /** Validates the section. */
    public Sla {
      requireNonNull(agreement, "agreement");
      obligations = ordered(obligations);
      Map<String, Map<String, Counts>> weeks = new java.util.LinkedHashMap<>();
      requireNonNull(complianceByWeek, "complianceByWeek").forEach((k, v) -> weeks.put(k, ordered(v)));
      complianceByWeek = java.util.Collections.unmodifiableMap(weeks);
      speedToLead = ordered(speedToLead);
    }
  }

  /**
   * The lever that moves new customers most.
   *
   * @param name the lever
   * @param change the change tried
   * @param effect the effect, as text
   * @param newCustomers the extra new customers, two decimal places
   */
  public record Lever(String name, String change, String effect, BigDecimal newCustomers) {
    /** Validates the lever. */
    public Lever {
      requireNonNull(name, "name");
      requireNonNull(change, "change");
      requireNonNull(effect, "effect");
      requireNonNull(newCustomers, "newCustomers");
    }
  }

  /**
   * An input of the planning model the data does not hold.
   *
   * @param input the input
   * @param why why it is not in the data
   * @param assumed what was assumed
   */
  public record Unobserved(String input, String why, String assumed) {
    /** Validates the input. */
    public Unobserved {
      requireNonNull(input, "input");
      requireNonNull(why, "why");
      requireNonNull(assumed, "assumed");
    }
  }

  /**
   * The top friction.
   *
   * @param lowestConversion the lowest stage conversion, if any
   * @param topLever the top lever, or empty with {@code note} saying why
   * @param note why there is no top lever (empty when there is one)
   * @param window the months the lever inputs come from
   * @param observed the inputs observed in the data
   * @param notInTheData the inputs assumed
   */
  public record Friction(Optional<String> lowestConversion, Optional<Lever> topLever, Optional<String> note,
      String window, List<String> observed, List<Unobserved> notInTheData) {
    /** Validates the section: exactly one of a top lever and a note. */
    public Friction {
      requireNonNull(lowestConversion, "lowestConversion");
      requireNonNull(topLever, "topLever");
      requireNonNull(note, "note");
      if (topLever.isPresent() == note.isPresent()) {
        throw new IllegalArgumentException("friction needs exactly one of a top lever and a note: "
            + (topLever.isPresent() ? "both" : "neither") + " given");
      }
      requireNonNull(window, "window");
      observed = List.copyOf(observed);
      notInTheData = List.copyOf(notInTheData);
    }
  }

  /**
   * The data-quality figures.
   *
   * @param leads leads checked
   * @param leadsCountedTwice leads counted twice
   * @param distinctPeople distinct people
   * @param duplicatePeopleClusters clusters of duplicated people
   * @param duplicateCompanyClusters clusters of duplicated companies
   * @param unreadableValues unreadable values
   * @param usableValues usable values by field
   */
  public record QualityFigures(long leads, long leadsCountedTwice, long distinctPeople, long duplicatePeopleClusters,
      long duplicateCompanyClusters, long unreadableValues, Map<String, Long> usableValues) {
    /** Validates the figures. */
    public QualityFigures {
      usableValues = ordered(usableValues);
    }
  }

  /**
   * The data-quality section: its figures, or why they were not computed.
   *
   * @param figures the figures, empty when not computed
   * @param notComputed why not (empty when computed)
   */
  public record Quality(Optional<QualityFigures> figures, Optional<String> notComputed) {
    /** Validates the section: exactly one of the figures and the reason. */
    public Quality {
      requireNonNull(figures, "figures");
      requireNonNull(notComputed, "notComputed");
      if (figures.isPresent() == notComputed.isPresent()) {
        throw new IllegalArgumentException("data quality needs exactly one of its figures and a reason: "
            + (figures.isPresent() ? "both" : "neither") + " given");
      }
    }
  }

  /** The document of {@code report}. */
  public static HealthDocument of(HealthReport report) {
    return HealthJson.document(requireNonNull(report, "report"));
  }

  /** {@code report.json}'s text: two-space indented, with a final newline. */
  public String toJson() {
    return HealthJson.write(this);
  }

  /**
   * Reads {@code report.json}'s text back.
   *
   * @throws io.revops.json.JsonPathException naming the JSON path, the value and the rule, for any text that is
   *     not such a document (an unknown field, a missing one, a value of the wrong shape)
   */
  public static HealthDocument read(String json) throws java.io.IOException {
    return HealthDocumentReader.read(requireNonNull(json, "json"));
  }
}
