package io.revops.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Quote;
import io.revops.core.check.Args;
import io.revops.core.history.ContactChannel;
import io.revops.core.history.EventKind;
import io.revops.core.history.LeadField;
import io.revops.core.history.RejectionCode;
import io.revops.core.qualification.Criterion;
import io.revops.core.qualification.HandbookCriteria;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One obligation of a marketing–sales agreement: a closed set of value types, each with its parameters.
 *
 * <p>Per-lead obligations ({@link Scope#PER_LEAD}) get one verdict per lead; the quota
 * ({@link Scope#PER_MONTH}) gets one verdict per month; feedback obligations ({@link Scope#FEEDBACK}) are
 * fulfilled by the reports this library produces and get no verdicts.
 *
 * <p>Marketing's per-lead obligations are judged at the instant the lead became an MQL, so they are
 * never PENDING or AT_RISK: the data was complete at hand-over or it was not.
 *
 * <p>The implementations are immutable and thread-safe. They stand in this one file on purpose: the
 * closed family is the agreement's vocabulary, each member a short validating record, and the judging of
 * each lives in its own judge class.
 */
public sealed interface Obligation {

  /** Where an obligation's verdicts attach. */
  enum Scope {
    /** One verdict per lead. */
    PER_LEAD,
    /** One verdict per calendar month in the agreement's zone. */
    PER_MONTH,
    /** No verdicts: fulfilled by producing a report. */
    FEEDBACK
  }

  /**
   * The kinds of obligation, one per implementation, with who owes each and where its verdicts attach. Code
   * that treats each kind in its own way switches over {@link #type()} in a {@code switch} expression that
   * names every constant and has no {@code default}, so the compiler lists the kinds a switch misses: the
   * evaluator picks each per-lead obligation's judge so, and revops-json writes and reads obligations so. A
   * new kind does not compile until each of those switches handles it.
   *
   * <p>Cost: {@link #kind()}, {@link #party()} and {@link #scope()} read a field.
   */
  enum Type {
    /** {@link FirstContactWithin}: {@code first-contact}, owed by sales, verdicts per lead. */
    FIRST_CONTACT("first-contact", Party.SALES, Scope.PER_LEAD),
    /** {@link AttemptsWithin}: {@code attempts}, owed by sales, verdicts per lead. */
    ATTEMPTS("attempts", Party.SALES, Scope.PER_LEAD),
    /** {@link RejectionHasReason}: {@code rejection-reason}, owed by sales, verdicts per lead. */
    REJECTION_REASON("rejection-reason", Party.SALES, Scope.PER_LEAD),
    /** {@link StepsInOrder}: {@code steps-in-order}, owed by sales, verdicts per lead. */
    STEPS_IN_ORDER("steps-in-order", Party.SALES, Scope.PER_LEAD),
    /** {@link MqlMeetsCriteria}: {@code mql-criteria}, owed by marketing, verdicts per lead. */
    MQL_CRITERIA("mql-criteria", Party.MARKETING, Scope.PER_LEAD),
    /** {@link RequiredFieldsComplete}: {@code required-fields}, owed by marketing, verdicts per lead. */
    REQUIRED_FIELDS("required-fields", Party.MARKETING, Scope.PER_LEAD),
    /** {@link DataFresh}: {@code data-fresh}, owed by marketing, verdicts per lead. */
    DATA_FRESH("data-fresh", Party.MARKETING, Scope.PER_LEAD),
    /** {@link ContextPresent}: {@code context}, owed by marketing, verdicts per lead. */
    CONTEXT("context", Party.MARKETING, Scope.PER_LEAD),
    /** {@link MonthlyMqlQuota}: {@code monthly-quota}, owed by marketing, verdicts per month. */
    MONTHLY_QUOTA("monthly-quota", Party.MARKETING, Scope.PER_MONTH),
    /** {@link WeeklyConversionReport}: {@code weekly-conversion-report}, owed by joint, verdicts none (a report). */
    WEEKLY_CONVERSION_REPORT("weekly-conversion-report", Party.JOINT, Scope.FEEDBACK),
    /** {@link MonthlyRejectionReview}: {@code monthly-rejection-review}, owed by joint, verdicts none (a report). */
    MONTHLY_REJECTION_REVIEW("monthly-rejection-review", Party.JOINT, Scope.FEEDBACK);

    private final String kind;
    private final Party party;
    private final Scope scope;

    Type(String kind, Party party, Scope scope) {
      this.kind = kind;
      this.party = party;
      this.scope = scope;
    }

    /** The short stable name, e.g. {@code "first-contact"}. */
    public String kind() {
      return kind;
    }

    /** Who owes obligations of this kind. */
    public Party party() {
      return party;
    }

    /** Where their verdicts attach. */
    public Scope scope() {
      return scope;
    }
  }

  /** This obligation's kind. */
  Type type();

  /** Who owes it. */
  default Party party() {
    return type().party();
  }

  /** Where its verdicts attach. */
  default Scope scope() {
    return type().scope();
  }

  /**
   * A short stable name of the obligation's kind, e.g. {@code "first-contact"}; an agreement keys its
   * obligations by kind (and a suffix when a kind repeats), and what-if comparisons match on the key.
   */
  default String kind() {
    return type().kind();
  }

  /** A one-line human description, e.g. {@code "first contact within 1h of working time"}. */
  String describe();

  /** The handbook's required MQL fields: name, company, job title, phone, email, source. */
  Set<LeadField> HANDBOOK_FIELDS = Collections.unmodifiableSet(EnumSet.of(LeadField.NAME, LeadField.COMPANY,
      LeadField.JOB_TITLE, LeadField.PHONE, LeadField.EMAIL, LeadField.SOURCE));

  /** The handbook's allowed rejection reasons. */
  Set<RejectionCode> HANDBOOK_REJECTION_CODES = Collections.unmodifiableSet(EnumSet.of(RejectionCode.NO_BUDGET,
      RejectionCode.NO_NEED, RejectionCode.NOT_DECISION_MAKER, RejectionCode.WRONG_COMPANY_SIZE,
      RejectionCode.WITH_COMPETITOR));

  /** The handbook's channels: phone, email, LinkedIn. */
  Set<ContactChannel> HANDBOOK_CHANNELS = Collections.unmodifiableSet(EnumSet.of(ContactChannel.PHONE,
      ContactChannel.EMAIL, ContactChannel.LINKEDIN));

  // ---- factories -------------------------------------------------------------------------------

  /** First contact within {@code allowance} of working time (the handbook: 1 hour). */
  static FirstContactWithin firstContactWithinWorkingTime(Duration allowance) {
    return new FirstContactWithin(allowance, TimeBasis.WORKING_TIME);
  }

  /** First contact within {@code allowance} of elapsed time (the first chapter: 24 hours). */
  static FirstContactWithin firstContactWithinElapsed(Duration allowance) {
    return new FirstContactWithin(allowance, TimeBasis.ELAPSED);
  }

  /** At least {@code attempts} attempts within {@code days} calendar days over {@code channels}. */
  static AttemptsWithin attemptsWithin(int attempts, int days, Set<ContactChannel> channels) {
    return new AttemptsWithin(attempts, days, DayBasis.CALENDAR, channels);
  }

  /** Every rejection carries a reason from {@code allowed}. */
  static RejectionHasReason rejectionHasReason(Set<RejectionCode> allowed) {
    return new RejectionHasReason(allowed);
  }

  /** The steps happen, in this order, before the lead is accepted or rejected. */
  static StepsInOrder stepsInOrder(EventKind... steps) {
    return new StepsInOrder(Args.listOf("steps", steps));
  }

  /** The lead met the handbook's MQL definition ({@link HandbookCriteria#mql()}) as of the instant it became an MQL. */
  static MqlMeetsCriteria mqlMeetsCriteria() {
    return new MqlMeetsCriteria();
  }

  /** The lead met {@code criterion} as of the instant it became an MQL. */
  static MqlMeetsCriteria mqlMeetsCriteria(Criterion criterion) {
    return new MqlMeetsCriteria(criterion);
  }

  /** The fields were complete when the lead became an MQL. */
  static RequiredFieldsComplete requiredFieldsComplete(Set<LeadField> fields) {
    return new RequiredFieldsComplete(fields);
  }

  /** The data was verified at most {@code maxAge} before the lead became an MQL. */
  static DataFresh dataFresh(Duration maxAge) {
    return new DataFresh(maxAge);
  }

  /** At least {@code minItems} items of context (content, pages, events) before the lead became an MQL. */
  static ContextPresent contextPresent(int minItems) {
    return new ContextPresent(minItems);
  }

  /** At least {@code quota} MQLs a month. */
  static MonthlyMqlQuota monthlyMqlQuota(int quota) {
    return new MonthlyMqlQuota(quota);
  }

  /** The weekly MQL→SQL conversion report by source. */
  static WeeklyConversionReport weeklyConversionReport() {
    return new WeeklyConversionReport();
  }

  /** The monthly review of rejected leads. */
  static MonthlyRejectionReview monthlyRejectionReview() {
    return new MonthlyRejectionReview();
  }

  // ---- the obligations -------------------------------------------------------------------------

  /**
   * Sales makes the first contact (an attempt on any channel, a connection or a discovery call) within an
   * allowance counted from the instant the lead became an MQL.
   *
   * @param allowance the allowance, positive
   * @param basis working time or elapsed time
   */
  record FirstContactWithin(Duration allowance, TimeBasis basis) implements Obligation {
    /** Validates the parameters. */
    public FirstContactWithin {
      requireNonNull(allowance, "allowance");
      requireNonNull(basis, "basis");
      checkArgument(!allowance.isNegative() && !allowance.isZero(), "allowance must be positive: %s", allowance);
    }

    @Override
    public Type type() {
      return Type.FIRST_CONTACT;
    }

    @Override
    public String describe() {
      return "first contact within " + Durations.format(allowance)
          + (basis == TimeBasis.WORKING_TIME ? " of working time" : " (elapsed)");
    }

    @Override
    public String toString() {
      return describe();
    }
  }

  /**
   * Sales makes at least {@code attempts} contact attempts over {@code channels} within {@code days} days of
   * the MQL instant (the window is {@code [MQL instant, MQL instant + days]}, both ends included, calendar
   * days read in the agreement's zone, or whole working days of its calendar after the MQL date). Reaching the
   * lead (a connection, a discovery call, an acceptance, or an attempt with outcome REACHED) within the window
   * fulfils it early: the attempts exist to reach the lead. So a lead accepted as an SQL after 2 attempts
   * meets it.
   *
   * <p>The first decision (acceptance or rejection) in the window ends the chase: attempts after it do not
   * count. A lead rejected before the required attempts were made and without ever being reached is BREACHED
   * at the rejection (the chase was abandoned), not left PENDING until the window ends.
   *
   * @param attempts the minimum number of attempts, positive
   * @param days the window in days, positive
   * @param dayBasis calendar or working days
   * @param channels the channels whose attempts count, not empty
   */
  record AttemptsWithin(int attempts, int days, DayBasis dayBasis, Set<ContactChannel> channels)
      implements Obligation {
    /** Validates and copies the parameters. */
    public AttemptsWithin {
      checkArgument(attempts > 0, "attempts must be positive: %s", attempts);
      checkArgument(days > 0, "days must be positive: %s", days);
      requireNonNull(dayBasis, "dayBasis");
      requireNonNull(channels, "channels");
      checkArgument(!channels.isEmpty(), "channels must not be empty: %s", channels);
      channels = Collections.unmodifiableSet(EnumSet.copyOf(Args.noNulls("channels", channels)));
    }

    @Override
    public Type type() {
      return Type.ATTEMPTS;
    }

    @Override
    public String describe() {
      return "at least " + attempts + " attempts within " + days + (dayBasis == DayBasis.WORKING ? " working" : "")
          + " days over " + channels.stream().map(c -> c.name().toLowerCase(java.util.Locale.ROOT))
              .collect(Collectors.joining("/"));
    }

    @Override
    public String toString() {
      return describe();
    }
  }

  /**
   * Every rejected MQL carries a reason from the allowed set.
   *
   * @param allowed the allowed codes, not empty, without NONE_GIVEN
   */
  record RejectionHasReason(Set<RejectionCode> allowed) implements Obligation {
    /** Validates and copies the parameters. */
    public RejectionHasReason {
      requireNonNull(allowed, "allowed");
      checkArgument(!allowed.isEmpty(), "allowed rejection codes must not be empty: %s", allowed);
      checkArgument(!allowed.contains(RejectionCode.NONE_GIVEN), "allowed rejection codes must not contain "
          + "NONE_GIVEN: %s", allowed);
      allowed = Collections.unmodifiableSet(EnumSet.copyOf(Args.noNulls("allowed", allowed)));
    }

    @Override
    public Type type() {
      return Type.REJECTION_REASON;
    }

    @Override
    public String describe() {
      return "every rejection carries a reason from " + allowed;
    }

    @Override
    public String toString() {
      return describe();
    }
  }

  /**
   * The qualification steps happen in order before the decision: each step's first occurrence is at or
   * before the first acceptance or rejection, and the steps' first occurrences are in the listed order.
   *
   * @param steps the steps, not empty, distinct, each one of ASSIGNED, CONTACT_ATTEMPT, CONNECTED,
   *     DISCOVERY_CALL
   */
  record StepsInOrder(List<EventKind> steps) implements Obligation {
    private static final Set<EventKind> ALLOWED = EnumSet.of(EventKind.ASSIGNED, EventKind.CONTACT_ATTEMPT,
        EventKind.CONNECTED, EventKind.DISCOVERY_CALL);

    /** Validates and copies the parameters. */
    public StepsInOrder {
      Args.noNulls("steps", requireNonNull(steps, "steps"));
      checkArgument(!steps.isEmpty(), "steps must not be empty: %s", steps);
      checkArgument(Set.copyOf(steps).size() == steps.size(), "steps must be distinct: %s",
          Quote.bounded(String.valueOf(steps)));
      for (EventKind k : steps) {
        checkArgument(ALLOWED.contains(k), "steps must be among %s: %s", ALLOWED, k);
      }
      steps = List.copyOf(steps);
    }

    @Override
    public Type type() {
      return Type.STEPS_IN_ORDER;
    }

    @Override
    public String describe() {
      return steps.stream().map(k -> k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
          .collect(Collectors.joining(" then ")) + " before acceptance or rejection";
    }

    @Override
    public String toString() {
      return describe();
    }
  }

  /**
   * The lead met the qualification {@code criterion} as of the instant it became an MQL: the evaluator runs
   * {@code criterion.evaluate(lead, mqlAt, context)} with its {@link io.revops.core.qualification.EvaluationContext}
   * (see {@link SlaEvaluator#withEvaluationContext}).
   *
   * <ul>
   *   <li>PASSED: MET;
   *   <li>FAILED: BREACHED, the reason quoting the failed criteria, e.g. {@code not MQL at 2026-03-06T14:30:00Z:
   *       2 site visits in the 30 days before 2026-03-06T14:30Z; at least 3 required};
   *   <li>UNKNOWN (data missing): BREACHED, "could not be confirmed", the reason quoting what is missing.
   *       Marketing owes a qualified lead at hand-over; a lead it could not show to be qualified is not one.
   *       An MQL so breached does not count towards the {@link MonthlyMqlQuota}.
   * </ul>
   *
   * <p>Without lead data the verdict is NOT_APPLICABLE. A {@link MqlCriteriaCheck} given to
   * {@link SlaEvaluator#withCriteriaCheck} replaces the criterion (for checks that are not criteria, e.g. an
   * external scoring service).
   *
   * @param criterion the MQL definition, {@link HandbookCriteria#mql()} by default
   */
  record MqlMeetsCriteria(Criterion criterion) implements Obligation {
    /** Validates the parameters. */
    public MqlMeetsCriteria {
      requireNonNull(criterion, "criterion");
    }

    /** The obligation over the handbook's MQL definition, {@link HandbookCriteria#mql()}. */
    public MqlMeetsCriteria() {
      this(HandbookCriteria.mql());
    }

    @Override
    public Type type() {
      return Type.MQL_CRITERIA;
    }

    @Override
    public String describe() {
      return "meets the criteria \"" + criterion.name() + "\" when it became an MQL";
    }

    @Override
    public String toString() {
      return describe();
    }
  }

  /**
   * The fields were complete when the lead became an MQL.
   *
   * @param fields the required fields, not empty, without OTHER
   */
  record RequiredFieldsComplete(Set<LeadField> fields) implements Obligation {
    /** Validates and copies the parameters. */
    public RequiredFieldsComplete {
      requireNonNull(fields, "fields");
      checkArgument(!fields.isEmpty(), "required fields must not be empty: %s", fields);
      checkArgument(!fields.contains(LeadField.OTHER), "required fields must not contain OTHER: %s", fields);
      fields = Collections.unmodifiableSet(EnumSet.copyOf(Args.noNulls("fields", fields)));
    }

    @Override
    public Type type() {
      return Type.REQUIRED_FIELDS;
    }

    @Override
    public String describe() {
      return "fields " + fields + " complete when it became an MQL";
    }

    @Override
    public String toString() {
      return describe();
    }
  }

  /**
   * The lead's data was verified at most {@code maxAge} before it became an MQL. Evidence of verification:
   * {@code Lead.dataVerifiedAt()} (if not after the MQL instant) and the history's DataChanged events.
   *
   * @param maxAge the maximum age, positive
   */
  record DataFresh(Duration maxAge) implements Obligation {
    /** Validates the parameters. */
    public DataFresh {
      requireNonNull(maxAge, "maxAge");
      checkArgument(!maxAge.isNegative() && !maxAge.isZero(), "maxAge must be positive: %s", maxAge);
    }

    @Override
    public Type type() {
      return Type.DATA_FRESH;
    }

    @Override
    public String describe() {
      return "data verified at most " + Durations.format(maxAge) + " before it became an MQL";
    }

    @Override
    public String toString() {
      return describe();
    }
  }

  /**
   * The lead came with context: at least {@code minItems} site visits, content downloads or attended events
   * at or before the MQL instant (email opens do not count).
   *
   * @param minItems the minimum number of items, positive
   */
  record ContextPresent(int minItems) implements Obligation {
    /** Validates the parameters. */
    public ContextPresent {
      checkArgument(minItems > 0, "minItems must be positive: %s", minItems);
    }

    @Override
    public Type type() {
      return Type.CONTEXT;
    }

    @Override
    public String describe() {
      return "at least " + minItems + " context item(s) (content, pages, events) when it became an MQL";
    }

    @Override
    public String toString() {
      return describe();
    }
  }

  /**
   * Marketing delivers at least {@code quota} MQLs in each calendar month of the agreement's zone. MQLs whose
   * {@link MqlMeetsCriteria} verdict is BREACHED do not count.
   *
   * <p>The number comes from the reverse funnel: the handbook's 10 new customers a month at SQL→customer 20%
   * and MQL→SQL 40% need 10 / 0.2 = 50 SQLs and 50 / 0.4 = 125 MQLs. The revops-metrics module computes it;
   * this module does not depend on it, so the quota is just a number here:
   *
   * <pre>{@code
   * // io.revops.metrics.planning.ReverseFunnel; rates: SQL→customer 20%, MQL→SQL 40%
   * long mqls = ReverseFunnel.forTarget(10, rates).required(LifecycleStage.MQL);     // 125
   * Obligation quota = Obligation.MonthlyMqlQuota.of(Math.toIntExact(mqls));
   * }</pre>
   *
   * @param quota MQLs per month, positive
   */
  record MonthlyMqlQuota(int quota) implements Obligation {
    /** Validates the parameters. */
    public MonthlyMqlQuota {
      checkArgument(quota > 0, "quota must be positive: %s", quota);
    }

    /** At least {@code quota} MQLs a month, e.g. the reverse funnel's figure. */
    public static MonthlyMqlQuota of(int quota) {
      return new MonthlyMqlQuota(quota);
    }

    @Override
    public Type type() {
      return Type.MONTHLY_QUOTA;
    }

    @Override
    public String describe() {
      return "at least " + quota + " MQLs a month";
    }

    @Override
    public String toString() {
      return describe();
    }
  }

  /** The weekly MQL→SQL conversion report by source; {@link SlaReport#weeklyConversion()} produces it. */
  record WeeklyConversionReport() implements Obligation {
    @Override
    public Type type() {
      return Type.WEEKLY_CONVERSION_REPORT;
    }

    @Override
    public String describe() {
      return "weekly MQL→SQL conversion report by source";
    }

    @Override
    public String toString() {
      return describe();
    }
  }

  /** The monthly review of rejected leads; {@link SlaReport#rejectionReview()} produces it. */
  record MonthlyRejectionReview() implements Obligation {
    @Override
    public Type type() {
      return Type.MONTHLY_REJECTION_REVIEW;
    }

    @Override
    public String describe() {
      return "monthly review of rejected leads";
    }

    @Override
    public String toString() {
      return describe();
    }
  }
}
