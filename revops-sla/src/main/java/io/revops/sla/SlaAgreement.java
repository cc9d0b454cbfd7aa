package io.revops.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.revops.core.check.Args;
import io.revops.core.history.EventKind;
import io.revops.core.money.Rate;
import io.revops.sla.calendar.BusinessCalendar;
import io.revops.sla.calendar.BusinessCalendars;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A marketing–sales service level agreement: a name, the business calendar working time is counted on (its
 * zone is the zone of every week and month in the reports), the obligations, and the at-risk share: the
 * share of an allowance after which an unfulfilled obligation is AT_RISK rather than PENDING (the monthly
 * quota is AT_RISK when behind an even pace instead, see {@link QuotaVerdict}).
 *
 * <p>Each obligation has a key: its {@link Obligation#kind() kind}, with {@code #2}, {@code #3}… when a kind
 * repeats (e.g. first contact within 1 working hour <em>and</em> within 24 hours). Verdicts and aggregates
 * are keyed by it, and what-if comparisons match obligations of two agreements by it.
 *
 * <pre>{@code
 * SlaAgreement sla = SlaAgreement.handbookRussia().withAtRiskShare(Rate.ofPercent(50));
 * SlaAgreement nonStop = SlaAgreement.handbook(BusinessCalendar.always(ZoneId.of("Europe/Moscow")));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SlaAgreement {
  /** The default at-risk share: 75% of an allowance. */
  public static final Rate DEFAULT_AT_RISK_SHARE = Rate.ofPercent(75);

  private final String name;
  private final BusinessCalendar calendar;
  private final Map<String, Obligation> obligations;
  private final Rate atRiskShare;

  private SlaAgreement(String name, BusinessCalendar calendar, List<Obligation> obligations, Rate atRiskShare) {
    requireNonNull(name, "name");
    Args.text("name", name);
    this.name = name.trim();
    this.calendar = requireNonNull(calendar, "calendar");
    requireNonNull(obligations, "obligations");
    this.atRiskShare = requireNonNull(atRiskShare, "atRiskShare");
    checkArgument(!atRiskShare.isZero(), "atRiskShare must be above 0%%: %s", atRiskShare);
    Map<String, Obligation> keyed = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Obligation o : obligations) {
      requireNonNull(o, "obligation");
      checkArgument(!keyed.containsValue(o), "obligations must not repeat: %s", o);
      int n = seen.merge(o.kind(), 1, Integer::sum);
      keyed.put(n == 1 ? o.kind() : o.kind() + "#" + n, o);
    }
    this.obligations = Collections.unmodifiableMap(keyed);
  }

  /** An agreement named {@code name} on {@code calendar} with {@code obligations} and the default at-risk share. */
  public static SlaAgreement of(String name, BusinessCalendar calendar, List<? extends Obligation> obligations) {
    return new SlaAgreement(name, calendar, List.copyOf(Args.noNulls("obligations", obligations)), DEFAULT_AT_RISK_SHARE);
  }

  /** An agreement named {@code name} on {@code calendar} with {@code obligations} and the default at-risk share. */
  public static SlaAgreement of(String name, BusinessCalendar calendar, Obligation... obligations) {
    return of(name, calendar, Args.listOf("obligations", obligations));
  }

  /**
   * The handbook's agreement on {@code calendar}. Marketing: 125 MQLs a month (the reverse funnel's figure,
   * see {@link Obligation.MonthlyMqlQuota}), each meeting the handbook's MQL criteria
   * ({@link io.revops.core.qualification.HandbookCriteria#mql()}), with name, company, job title, phone, email and source, data verified within
   * 30 days, and at least one item of context. Sales: first contact within 1 hour of working time, at least
   * 6 attempts within 14 calendar days over phone, email and LinkedIn, every rejection with one of the five
   * allowed reasons, a discovery call before acceptance or rejection. Both: the weekly conversion report and
   * the monthly rejection review. At-risk share 75%.
   *
   * <p>The 30-day data age is this library's choice: the handbook asks for "current, verified data" without
   * a figure. The first chapter's "within 24 hours" is {@link #handbookFirstChapter(BusinessCalendar)}.
   */
  public static SlaAgreement handbook(BusinessCalendar calendar) {
    return of("handbook", calendar,
        Obligation.monthlyMqlQuota(125),
        Obligation.mqlMeetsCriteria(),
        Obligation.requiredFieldsComplete(Obligation.HANDBOOK_FIELDS),
        Obligation.dataFresh(Duration.ofDays(30)),
        Obligation.contextPresent(1),
        Obligation.firstContactWithinWorkingTime(Duration.ofHours(1)),
        Obligation.attemptsWithin(6, 14, Obligation.HANDBOOK_CHANNELS),
        Obligation.rejectionHasReason(Obligation.HANDBOOK_REJECTION_CODES),
        Obligation.stepsInOrder(EventKind.DISCOVERY_CALL),
        Obligation.weeklyConversionReport(),
        Obligation.monthlyRejectionReview());
  }

  /**
   * The handbook's agreement ({@link #handbook(BusinessCalendar)}) on the Russian office calendar,
   * {@link BusinessCalendars#russia()}: Monday to Friday 09:00-18:00 Europe/Moscow with the Russian
   * production calendar, so "1 hour of working time" skips nights, weekends, public holidays and transferred
   * days off.
   */
  public static SlaAgreement handbookRussia() {
    return handbook(BusinessCalendars.russia());
  }

  /**
   * The handbook's first chapter's variant: 1,000 MQLs a month and first contact within 24 hours (elapsed),
   * the rest as {@link #handbook(BusinessCalendar)}.
   */
  public static SlaAgreement handbookFirstChapter(BusinessCalendar calendar) {
    SlaAgreement h = handbook(calendar);
    List<Obligation> list = new ArrayList<>();
    for (Obligation o : h.obligations()) {
      if (o instanceof Obligation.MonthlyMqlQuota) {
        list.add(Obligation.monthlyMqlQuota(1000));
      } else if (o instanceof Obligation.FirstContactWithin) {
        list.add(Obligation.firstContactWithinElapsed(Duration.ofHours(24)));
      } else {
        list.add(o);
      }
    }
    return new SlaAgreement("handbook, first chapter", calendar, list, h.atRiskShare);
  }

  /** The name. */
  public String name() {
    return name;
  }

  /** The business calendar. */
  public BusinessCalendar calendar() {
    return calendar;
  }

  /** The calendar's zone: weeks and months are read in it. */
  public ZoneId zone() {
    return calendar.zone();
  }

  /** The obligations, in the order given. */
  public List<Obligation> obligations() {
    return List.copyOf(obligations.values());
  }

  /** The obligations by key, in the order given. */
  public Map<String, Obligation> obligationsByKey() {
    return obligations;
  }

  /** The obligation with {@code key}, if any. */
  public Optional<Obligation> obligation(String key) {
    return Optional.ofNullable(obligations.get(requireNonNull(key, "key")));
  }

  /** The first obligation of type {@code type}, if any. */
  public <T extends Obligation> Optional<T> first(Class<T> type) {
    requireNonNull(type, "type");
    return obligations.values().stream().filter(type::isInstance).map(type::cast).findFirst();
  }

  /** The share of an allowance after which an unfulfilled obligation is AT_RISK. */
  public Rate atRiskShare() {
    return atRiskShare;
  }

  /** This agreement renamed. */
  public SlaAgreement withName(String name) {
    return new SlaAgreement(name, calendar, obligations(), atRiskShare);
  }

  /** This agreement on another calendar. */
  public SlaAgreement withCalendar(BusinessCalendar calendar) {
    return new SlaAgreement(name, calendar, obligations(), atRiskShare);
  }

  /** This agreement with another at-risk share (above 0%). */
  public SlaAgreement withAtRiskShare(Rate atRiskShare) {
    return new SlaAgreement(name, calendar, obligations(), atRiskShare);
  }

  /** This agreement with other obligations. */
  public SlaAgreement withObligations(List<? extends Obligation> obligations) {
    return new SlaAgreement(name, calendar, List.copyOf(Args.noNulls("obligations", obligations)), atRiskShare);
  }

  /**
   * This agreement with every obligation of {@code replacement}'s type replaced by {@code replacement}
   * (or {@code replacement} appended if there is none): the usual what-if edit.
   */
  public SlaAgreement replacing(Obligation replacement) {
    requireNonNull(replacement, "replacement");
    List<Obligation> list = new ArrayList<>();
    boolean replaced = false;
    for (Obligation o : obligations.values()) {
      if (o.getClass() == replacement.getClass()) {
        if (!replaced) {
          list.add(replacement);
          replaced = true;
        }
      } else {
        list.add(o);
      }
    }
    if (!replaced) {
      list.add(replacement);
    }
    return new SlaAgreement(name, calendar, list, atRiskShare);
  }

  /** This agreement without the obligation of {@code key}. */
  public SlaAgreement without(String key) {
    checkArgument(obligations.containsKey(key), "no obligation with key %s in %s", key, obligations.keySet());
    List<Obligation> list = new ArrayList<>(obligations.values());
    list.remove(obligations.get(key));
    return new SlaAgreement(name, calendar, list, atRiskShare);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SlaAgreement a && name.equals(a.name) && calendar.equals(a.calendar)
        && obligations.equals(a.obligations) && atRiskShare.equals(a.atRiskShare);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(name, calendar, obligations, atRiskShare);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("SlaAgreement \"").append(name).append("\" on ").append(calendar.describe())
        .append(", at risk from ").append(atRiskShare).append(" of an allowance");
    obligations.forEach((k, o) -> sb.append("\n  ").append(String.format(java.util.Locale.ROOT, "%-9s %-26s %s",
        o.party(), k, o.describe())));
    return sb.toString();
  }
}
