package io.revops.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The figures for one of the handbook's control meetings, cut from an {@link SlaReport}.
 *
 * <ul>
 *   <li>{@link Cadence#WEEKLY} stand-up (30 min, heads of marketing and sales): the week's MQL cohort —
 *       compliance per obligation, conversion by source — the month's quota so far, and the obligations
 *       at risk now (the problems to act on).
 *   <li>{@link Cadence#MONTHLY} review (2 h): SLA fulfilment per obligation, conversion by source, the
 *       quota, the rejected-leads review and speed to lead, for the month.
 *   <li>{@link Cadence#QUARTERLY} strategy session (half a day, C-level): the same over the quarter, with the
 *       month-by-month compliance trend and each month's quota.
 * </ul>
 *
 * <p>Cohorts are the MQLs of the period; rejections are those dated in it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReviewPack {
  /** The meetings. */
  public enum Cadence {
    /** The weekly stand-up. */
    WEEKLY,
    /** The monthly review. */
    MONTHLY,
    /** The quarterly strategy session. */
    QUARTERLY
  }

  private final Cadence cadence;
  private final String period;
  private final LocalDate from;
  private final LocalDate to;
  private final String agreement;
  private final Map<String, StatusCounts> compliance;
  private final Map<YearMonth, Map<String, StatusCounts>> trend;
  private final ConversionBySource conversion;
  private final List<QuotaVerdict> quota;
  private final RejectionReview rejections;
  private final SpeedToLead speedToLead;
  private final List<AtRiskLead> atRisk;
  private final int anomalies;

  private ReviewPack(Cadence cadence, String period, LocalDate from, LocalDate to, SlaReport r,
      Map<String, StatusCounts> compliance, Map<YearMonth, Map<String, StatusCounts>> trend,
      ConversionBySource conversion, List<QuotaVerdict> quota, RejectionReview rejections, SpeedToLead speedToLead,
      List<AtRiskLead> atRisk) {
    this(cadence, period, from, to, r.agreement().name(), compliance, trend, conversion, quota, rejections,
        speedToLead, atRisk, r.anomalies().size());
  }

  private ReviewPack(Cadence cadence, String period, LocalDate from, LocalDate to, String agreement,
      Map<String, StatusCounts> compliance, Map<YearMonth, Map<String, StatusCounts>> trend,
      ConversionBySource conversion, List<QuotaVerdict> quota, RejectionReview rejections, SpeedToLead speedToLead,
      List<AtRiskLead> atRisk, int anomalies) {
    this.cadence = cadence;
    this.period = period;
    this.from = from;
    this.to = to;
    this.agreement = agreement;
    this.compliance = Collections.unmodifiableMap(new LinkedHashMap<>(compliance));
    Map<YearMonth, Map<String, StatusCounts>> t = new TreeMap<>();
    trend.forEach((m, c) -> t.put(m, Collections.unmodifiableMap(new LinkedHashMap<>(c))));
    this.trend = Collections.unmodifiableMap(t);
    this.conversion = conversion;
    this.quota = List.copyOf(quota);
    this.rejections = rejections;
    this.speedToLead = speedToLead;
    this.atRisk = List.copyOf(atRisk);
    this.anomalies = anomalies;
  }

  /**
   * A pack from its parts, for readers of a stored pack (revops-json reads the review-pack document with it);
   * packs are otherwise cut from a report ({@link SlaReport#weeklyPack}, {@link SlaReport#monthlyPack},
   * {@link SlaReport#quarterlyPack}). A weekly pack has no rejections and no speed to lead, monthly and quarterly
   * packs have both and no obligations at risk; only a quarterly pack has a trend.
   *
   * <p>Cost: copies its parts, O(parts).
   */
  public static ReviewPack of(Cadence cadence, String period, LocalDate from, LocalDate to, String agreement,
      Map<String, StatusCounts> compliance, Map<YearMonth, Map<String, StatusCounts>> trend,
      ConversionBySource conversion, List<QuotaVerdict> quota, Optional<RejectionReview> rejections,
      Optional<SpeedToLead> speedToLead, List<AtRiskLead> atRisk, int anomalies) {
    requireNonNull(cadence, "cadence");
    Args.text("period", period);
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(!to.isBefore(from), "to must not be before from=%s: %s", from, to);
    Args.text("agreement", agreement);
    Args.noNulls("compliance", compliance);
    Args.noNulls("trend", trend).values().forEach(m -> Args.noNulls("trend", m));
    requireNonNull(conversion, "conversion");
    Args.noNulls("quota", quota);
    requireNonNull(rejections, "rejections");
    requireNonNull(speedToLead, "speedToLead");
    Args.noNulls("atRisk", atRisk);
    Args.count("anomalies", anomalies);
    boolean weekly = cadence == Cadence.WEEKLY;
    checkArgument(weekly != rejections.isPresent(), "rejections must be %s for a %s pack",
        weekly ? "empty" : "present", cadence);
    checkArgument(weekly != speedToLead.isPresent(), "speedToLead must be %s for a %s pack",
        weekly ? "empty" : "present", cadence);
    checkArgument(weekly || atRisk.isEmpty(), "atRisk must be empty for a %s pack: %s entries", cadence,
        atRisk.size());
    checkArgument(cadence == Cadence.QUARTERLY || trend.isEmpty(), "trend must be empty for a %s pack: %s months",
        cadence, trend.size());
    return new ReviewPack(cadence, period, from, to, agreement, compliance, trend, conversion, quota,
        rejections.orElse(null), speedToLead.orElse(null), atRisk, anomalies);
  }

  /** The name of the agreement the pack's report evaluated. */
  public String agreement() {
    return agreement;
  }

  static ReviewPack weekly(SlaReport r, IsoWeek week) {
    requireNonNull(week, "week");
    YearMonth month = YearMonth.from(week.lastDay());
    List<QuotaVerdict> q = r.quota().stream().filter(v -> v.month().equals(month)).toList();
    return new ReviewPack(Cadence.WEEKLY, week.toString(), week.firstDay(), week.lastDay(), r,
        r.complianceOf(week), Map.of(), r.conversion(week), q, null, null, r.atRisk());
  }

  static ReviewPack monthly(SlaReport r, YearMonth month) {
    requireNonNull(month, "month");
    List<QuotaVerdict> q = r.quota().stream().filter(v -> v.month().equals(month)).toList();
    return new ReviewPack(Cadence.MONTHLY, month.toString(), month.atDay(1), month.atEndOfMonth(), r,
        r.complianceOf(month, month), Map.of(), r.conversion(month, month), q, r.rejectionReview(month, month),
        r.speedToLead(month, month), List.of());
  }

  static ReviewPack quarterly(SlaReport r, int year, int quarter) {
    checkArgument(quarter >= 1 && quarter <= 4, "quarter must be in [1, 4]: %s", quarter);
    YearMonth first = YearMonth.of(year, quarter * 3 - 2);
    YearMonth last = first.plusMonths(2);
    Map<YearMonth, Map<String, StatusCounts>> trend = new TreeMap<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      trend.put(m, r.complianceOf(m, m));
    }
    List<QuotaVerdict> q = r.quota().stream().filter(v -> !v.month().isBefore(first) && !v.month().isAfter(last))
        .toList();
    return new ReviewPack(Cadence.QUARTERLY, year + "-Q" + quarter, first.atDay(1), last.atEndOfMonth(), r,
        r.complianceOf(first, last), trend, r.conversion(first, last), q, r.rejectionReview(first, last),
        r.speedToLead(first, last), List.of());
  }

  /** Which meeting. */
  public Cadence cadence() {
    return cadence;
  }

  /** The period label: {@code 2026-W48}, {@code 2026-11}, {@code 2026-Q4}. */
  public String period() {
    return period;
  }

  /** The first date of the period. */
  public LocalDate from() {
    return from;
  }

  /** The last date of the period. */
  public LocalDate to() {
    return to;
  }

  /** Compliance per obligation over the period's MQL cohort. */
  public Map<String, StatusCounts> compliance() {
    return compliance;
  }

  /** Month-by-month compliance (quarterly packs only; empty otherwise). */
  public Map<YearMonth, Map<String, StatusCounts>> trend() {
    return trend;
  }

  /** Conversion by source of the period's MQL cohort. */
  public ConversionBySource conversion() {
    return conversion;
  }

  /** The quota verdicts of the period's months (for a week, its month so far). */
  public List<QuotaVerdict> quota() {
    return quota;
  }

  /** The rejected-leads review (monthly and quarterly packs). */
  public Optional<RejectionReview> rejections() {
    return Optional.ofNullable(rejections);
  }

  /** Speed to lead (monthly and quarterly packs). */
  public Optional<SpeedToLead> speedToLead() {
    return Optional.ofNullable(speedToLead);
  }

  /** The obligations at risk now (weekly packs; empty otherwise). */
  public List<AtRiskLead> atRisk() {
    return atRisk;
  }

  /** The number of data anomalies in the underlying report. */
  public int anomalies() {
    return anomalies;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReviewPack p && cadence == p.cadence && period.equals(p.period) && agreement.equals(p.agreement)
        && compliance.equals(p.compliance) && trend.equals(p.trend) && conversion.equals(p.conversion)
        && quota.equals(p.quota) && java.util.Objects.equals(rejections, p.rejections)
        && java.util.Objects.equals(speedToLead, p.speedToLead) && atRisk.equals(p.atRisk)
        && anomalies == p.anomalies;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(cadence, period, compliance, conversion, quota);
  }

  @Override
  public String toString() {
    String title = switch (cadence) {
      case WEEKLY -> "Weekly stand-up (30 min, heads of marketing and sales)";
      case MONTHLY -> "Monthly SLA review (2 h)";
      case QUARTERLY -> "Quarterly strategy session (half a day, C-level)";
    };
    StringBuilder sb = new StringBuilder(title).append(", ").append(period).append(" (").append(from).append(" to ")
        .append(to).append("), agreement \"").append(agreement).append("\"\n");
    sb.append("SLA fulfilment, MQLs of the period\n");
    StringBuilder table = new StringBuilder();
    compliance.forEach((k, c) -> table.append(String.format(java.util.Locale.ROOT, "  %-18s %s%n", k, c)));
    sb.append(table);
    trend.forEach((m, c) -> {
      sb.append("  ").append(m).append(':');
      c.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v.complianceText()));
      sb.append('\n');
    });
    sb.append(conversion).append('\n');
    quota.forEach(q -> sb.append(q).append('\n'));
    if (rejections != null) {
      sb.append(rejections).append('\n');
    }
    if (speedToLead != null) {
      sb.append(speedToLead).append('\n');
    }
    if (cadence == Cadence.WEEKLY) {
      sb.append("At risk now: ").append(atRisk.size()).append('\n');
      atRisk.forEach(a -> sb.append("  ").append(a).append('\n'));
    }
    sb.append("Data anomalies: ").append(anomalies);
    return sb.toString();
  }
}
