package io.revops.examples.data;

import static java.util.Objects.requireNonNull;

import io.revops.core.history.Actor;
import io.revops.core.history.AttemptOutcome;
import io.revops.core.history.ContactChannel;
import io.revops.core.history.EventId;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadField;
import io.revops.core.history.RejectionCode;
import io.revops.core.history.RejectionReason;
import io.revops.core.lead.Bant;
import io.revops.core.lead.BantAnswer;
import io.revops.core.lead.BehaviouralEvent;
import io.revops.core.lead.City;
import io.revops.core.lead.Company;
import io.revops.core.lead.Contact;
import io.revops.core.lead.Lead;
import io.revops.core.lead.LeadId;
import io.revops.core.lead.LeadSource;
import io.revops.core.lead.PageKind;
import io.revops.core.lead.Timeline;
import io.revops.core.money.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Generates a realistic B2B company's leads, lead event histories, spend and subscriptions, deterministically
 * from a {@link SampleConfig}.
 *
 * <p>The model, in short (all figures are assumptions of the sample, not of revops):
 * <ul>
 *   <li>Six sources with their own share of leads, cost per lead, MQL rate, SQL rate and win rate — among them
 *       {@code free_checklist}, which brings a third of all leads at a low cost per lead but rarely buys, as in
 *       the handbook's story.</li>
 *   <li>Eight reps whose first response time is drawn from a mixture (≤ 5 min, ≤ 1 h, ≤ 24 h, later, never);
 *       a faster response raises the chance that the MQL becomes an SQL, so speed to lead shows in the data.</li>
 *   <li>1–8 contact attempts over phone, email and LinkedIn; a discovery call before acceptance or rejection in
 *       most (not all) cases; rejections mostly with one of the five allowed reasons, some with another reason
 *       in text, some with none.</li>
 *   <li>Deals close after a log-normal cycle (median about 75 days); a won deal becomes a subscription whose
 *       MRR is a twelfth of the annual deal, billed in RUB or (for 15% of customers) USD, and which expands,
 *       contracts, churns (each customer at her own rate) and reactivates month by month; customers also place
 *       one-off orders at their own Poisson rates until they stop ordering ({@link CustomerSimulation}: the
 *       processes of the sBG, BG/NBD and Gamma-Gamma models).</li>
 *   <li>A configurable share of leads gets an injected anomaly: an exact duplicate event, a conflicting
 *       duplicate id, an event before creation, or both won and lost.</li>
 * </ul>
 *
 * <p>Every lead is generated from its own random stream derived from the seed and its index, so the data is
 * the same whatever the order or partitioning of generation. Output is streamed to a {@link SampleSink}; the
 * generator keeps no per-lead state, so memory does not grow with the size of the data set.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SampleDataGenerator {
  /** The average number of lead events generated per lead (used to size a sample by events). */
  public static final double EVENTS_PER_LEAD = 3.8;

  static final CurrencyUnit RUB = Amounts.currency("RUB");
  static final CurrencyUnit USD = Amounts.currency("USD");
  /** RUB per USD used to bill USD customers. */
  static final BigDecimal RUB_PER_USD = new BigDecimal("90");

  /** A source's behaviour. Probabilities are plain doubles: they drive the simulation, not money. */
  record Channel(String code, double share, long costPerLeadRub, boolean paid, double mqlRate, double sqlRate,
      double winRate, double dealFactor) {}

  static final List<Channel> CHANNELS = List.of(
      new Channel("paid_search", 0.20, 4_000, true, 0.35, 0.40, 0.25, 1.0),
      new Channel("webinar", 0.14, 2_500, true, 0.45, 0.45, 0.28, 1.1),
      new Channel("referral", 0.08, 0, false, 0.60, 0.60, 0.40, 1.3),
      new Channel("events", 0.10, 9_000, true, 0.40, 0.45, 0.30, 1.4),
      new Channel("cold_outbound", 0.10, 0, false, 0.25, 0.30, 0.20, 1.2),
      new Channel("free_checklist", 0.38, 600, true, 0.10, 0.15, 0.05, 0.6));

  static final int REPS = 8;
  /** The share of MQLs whose data meets the handbook's MQL definition. */
  static final double FIT_SHARE_OF_MQLS = 0.8;
  private static final long REP_SALARY_RUB = 250_000;
  private static final long OUTBOUND_TOOLS_RUB = 300_000;
  private static final String[] INDUSTRIES = {"manufacturing", "distribution", "it", "retail", "construction", "finance"};
  private static final String[][] CITIES = {
      {"Moscow", "13100000"}, {"Saint Petersburg", "5600000"}, {"Novosibirsk", "1630000"},
      {"Yekaterinburg", "1540000"}, {"Kazan", "1310000"}, {"Tver", "416000"}, {"Tula", "465000"},
      {"Kaluga", "333000"}};
  private static final String[] TITLES = {"CEO", "CFO", "Head of Sales", "Procurement Manager", "IT Director",
      "Marketing Manager", "Operations Director"};
  private static final String[] FIRST = {"Anna", "Ivan", "Olga", "Dmitry", "Elena", "Sergey", "Maria", "Pavel"};
  private static final String[] LAST = {"Petrova", "Ivanov", "Smirnova", "Kuznetsov", "Popova", "Sokolov",
      "Volkova", "Morozov"};
  private static final RejectionCode[] REASONS = {RejectionCode.NO_BUDGET, RejectionCode.NO_NEED,
      RejectionCode.NOT_DECISION_MAKER, RejectionCode.WRONG_COMPANY_SIZE, RejectionCode.WITH_COMPETITOR};
  private static final ContactChannel[] CHANNEL_MIX = {ContactChannel.PHONE, ContactChannel.PHONE,
      ContactChannel.EMAIL, ContactChannel.EMAIL, ContactChannel.LINKEDIN, ContactChannel.OTHER};

  private final SampleConfig config;
  private final Instant end;

  private SampleDataGenerator(SampleConfig config) {
    this.config = requireNonNull(config, "config");
    this.end = config.endExclusive().atDay(1).atStartOfDay(config.zone()).toInstant();
  }

  /** A generator for {@code config}. */
  public static SampleDataGenerator of(SampleConfig config) {
    return new SampleDataGenerator(config);
  }

  /** The configuration. */
  public SampleConfig config() {
    return config;
  }

  /** The first instant after the generated period: no event is generated at or after it. */
  public Instant end() {
    return end;
  }

  /** Generates everything into {@code sink}: month by month, the spend, then each lead. */
  public void generate(SampleSink sink) {
    requireNonNull(sink, "sink");
    for (int m = 0; m < config.months(); m++) {
      YearMonth month = config.start().plusMonths(m);
      spend(month, sink);
      for (int i = 0; i < config.leadsPerMonth(); i++) {
        lead((long) m * config.leadsPerMonth() + i, month, sink);
      }
    }
  }

  /** Generates only leads {@code fromIndex} (inclusive) to {@code toIndex} (exclusive), e.g. for one partition. */
  public void generateLeads(long fromIndex, long toIndex, SampleSink sink) {
    requireNonNull(sink, "sink");
    for (long i = Math.max(0, fromIndex); i < Math.min(toIndex, config.totalLeads()); i++) {
      lead(i, config.start().plusMonths(i / config.leadsPerMonth()), sink);
    }
  }

  private void spend(YearMonth month, SampleSink sink) {
    SplittableRandom r = new SplittableRandom(config.seed() * 31 + month.hashCode());
    for (Channel c : CHANNELS) {
      if (c.costPerLeadRub() > 0) {
        double expected = config.leadsPerMonth() * c.share() * c.costPerLeadRub() * (0.9 + 0.2 * r.nextDouble());
        sink.spend(new SpendRecord(month, c.code(), "marketing", c.paid(), rub(Math.round(expected))));
      }
    }
    double scale = Math.max(1.0, config.leadsPerMonth() / 200.0);
    sink.spend(new SpendRecord(month, "cold_outbound", "sales", false, rub(Math.round(OUTBOUND_TOOLS_RUB * scale))));
    sink.spend(new SpendRecord(month, "sales_team", "sales", false, rub(Math.round(REPS * REP_SALARY_RUB * scale))));
  }

  private static MonetaryAmount rub(long rubles) {
    return Amounts.of(rubles, RUB);
  }

  private void lead(long index, YearMonth month, SampleSink sink) {
    SplittableRandom r = new SplittableRandom(config.seed() ^ (index * 0x9E3779B97F4A7C15L));
    Channel channel = pickChannel(r);
    String id = "L" + index;
    LeadId leadId = LeadId.of(id);
    Actor rep = Actor.of("rep-" + (1 + r.nextInt(REPS)));
    List<LeadEvent> events = new ArrayList<>(12);
    Counter seq = new Counter(id);

    Instant created = randomInstantIn(month, r);
    events.add(new LeadEvent.Created(seq.next(), leadId, created, Optional.empty(), LeadSource.of(channel.code())));
    boolean becomesMql = r.nextDouble() < channel.mqlRate();
    // marketing mostly hands over leads that meet the MQL definition, but not always
    boolean fits = becomesMql && r.nextDouble() < FIT_SHARE_OF_MQLS;
    Lead lead = leadData(leadId, channel, created, fits, r);
    if (r.nextDouble() < 0.1) {
      events.add(new LeadEvent.DataChanged(seq.next(), leadId, created.plus(Duration.ofHours(1 + r.nextInt(48))),
          Optional.empty(), EnumSet.of(LeadField.PHONE)));
    }

    if (becomesMql) {
      Instant mql = r.nextDouble() < 0.6 ? created : created.plus(Duration.ofHours(1 + r.nextInt(240)));
      if (mql.isBefore(end)) {
        events.add(new LeadEvent.BecameMql(seq.next(), leadId, mql, Optional.empty()));
        salesProcess(leadId, channel, rep, mql, seq, events, sink, r);
      }
    }
    events.removeIf(e -> !e.at().isBefore(end));
    injectAnomaly(leadId, events, seq, r);
    sink.lead(lead, events);
  }

  private void salesProcess(LeadId leadId, Channel channel, Actor rep, Instant mql, Counter seq,
      List<LeadEvent> events, SampleSink sink, SplittableRandom r) {
    Optional<Actor> by = Optional.of(rep);
    events.add(new LeadEvent.Assigned(seq.next(), leadId, mql.plus(Duration.ofMinutes(r.nextInt(10))),
        Optional.empty(), rep));
    double u = r.nextDouble();
    Duration response;
    double speedFactor;
    if (u < 0.15) {
      response = Duration.ofSeconds(30 + r.nextInt(270));
      speedFactor = 2.2;
    } else if (u < 0.45) {
      response = Duration.ofMinutes(6 + r.nextInt(54));
      speedFactor = 1.2;
    } else if (u < 0.78) {
      response = Duration.ofMinutes(61 + r.nextInt(23 * 60));
      speedFactor = 0.7;
    } else if (u < 0.95) {
      response = Duration.ofHours(25 + r.nextInt(96));
      speedFactor = 0.35;
    } else {
      return; // never contacted
    }
    Instant firstAttempt = mql.plus(response);
    int attempts = 1 + r.nextInt(8);
    Instant t = firstAttempt;
    boolean reached = false;
    Instant reachedAt = null;
    for (int a = 0; a < attempts; a++) {
      ContactChannel ch = CHANNEL_MIX[r.nextInt(CHANNEL_MIX.length)];
      boolean success = !reached && r.nextDouble() < 0.35;
      AttemptOutcome outcome = success ? AttemptOutcome.REACHED
          : ch == ContactChannel.PHONE ? (r.nextBoolean() ? AttemptOutcome.NO_ANSWER : AttemptOutcome.LEFT_MESSAGE)
          : AttemptOutcome.SENT;
      events.add(new LeadEvent.ContactAttempt(seq.next(), leadId, t, by, ch, outcome));
      if (success) {
        reached = true;
        reachedAt = t;
        events.add(new LeadEvent.Connected(seq.next(), leadId, t.plus(Duration.ofMinutes(1)), by, ch));
      }
      t = t.plus(Duration.ofHours(4 + r.nextInt(72)));
    }
    if (!reached) {
      return;
    }
    Instant decision = reachedAt.plus(Duration.ofHours(24 + r.nextInt(24 * 10)));
    if (r.nextDouble() < 0.9) {
      events.add(new LeadEvent.DiscoveryCall(seq.next(), leadId, reachedAt.plus(Duration.ofHours(2 + r.nextInt(48))), by));
    }
    double pSql = Math.min(0.95, channel.sqlRate() * speedFactor);
    if (r.nextDouble() >= pSql) {
      double v = r.nextDouble();
      RejectionReason reason = v < 0.8 ? RejectionReason.of(REASONS[r.nextInt(REASONS.length)])
          : v < 0.9 ? RejectionReason.other("budget frozen until next year") : RejectionReason.noneGiven();
      events.add(new LeadEvent.Rejected(seq.next(), leadId, decision, by, reason));
      return;
    }
    events.add(new LeadEvent.AcceptedAsSql(seq.next(), leadId, decision, by));
    Instant opp = decision.plus(Duration.ofDays(1 + r.nextInt(5)));
    events.add(new LeadEvent.OpportunityCreated(seq.next(), leadId, opp, by));
    long cycleDays = Math.max(14, Math.round(Math.exp(Math.log(75) + 0.45 * r.nextGaussian())));
    Instant close = firstAttempt.plus(Duration.ofDays(cycleDays));
    if (!close.isBefore(end)) {
      return; // still open at the end of the data
    }
    if (r.nextDouble() < channel.winRate()) {
      long annualRub = Math.round(2_000_000 * channel.dealFactor() * Math.exp(0.35 * r.nextGaussian()) / 1000) * 1000;
      boolean usd = r.nextDouble() < 0.15;
      MonetaryAmount deal = usd
          ? Amounts.of(BigDecimal.valueOf(annualRub).divide(RUB_PER_USD, 0, RoundingMode.HALF_EVEN), USD)
          : rub(annualRub);
      events.add(new LeadEvent.Won(seq.next(), leadId, close, by, deal));
      CustomerSimulation.simulate(leadId.value(), deal, YearMonth.from(close.atZone(config.zone())).plusMonths(1),
          config.endExclusive(), sink, r.split());
    } else {
      events.add(new LeadEvent.Lost(seq.next(), leadId, close, by,
          Optional.of(r.nextBoolean() ? "chose a competitor" : "no decision")));
    }
  }

  private void injectAnomaly(LeadId leadId, List<LeadEvent> events, Counter seq, SplittableRandom r) {
    if (config.anomalyShare() == 0 || r.nextDouble() >= config.anomalyShare() || events.isEmpty()) {
      return;
    }
    LeadEvent any = events.get(r.nextInt(events.size()));
    Instant created = events.get(0).at();
    switch (r.nextInt(4)) {
      case 0 -> events.add(any); // exact duplicate
      case 1 -> events.add(new LeadEvent.DataChanged(any.id(), leadId, any.at().plusSeconds(1), Optional.empty(),
          EnumSet.of(LeadField.OTHER))); // conflicting duplicate id
      case 2 -> events.add(new LeadEvent.DataChanged(seq.next(), leadId, created.minus(Duration.ofDays(2)),
          Optional.empty(), EnumSet.of(LeadField.EMAIL))); // before creation
      default -> {
        boolean won = events.stream().anyMatch(e -> e instanceof LeadEvent.Won);
        if (won) {
          events.add(new LeadEvent.Lost(seq.next(), leadId, events.get(events.size() - 1).at(), Optional.empty(),
              Optional.of("recorded by mistake")));
        } else {
          events.add(any);
        }
      }
    }
  }

  /**
   * A lead's data. A lead that {@code fits} is drawn to meet the handbook's MQL definition as of its MQL instant
   * (at most ten days after creation): a company of 50+ employees and 100M+ RUB revenue in manufacturing,
   * distribution or IT in a city of a million or more, three or more recent site visits with a pricing page, two
   * or more downloads, five or more email opens, and mostly positive BANT answers.
   */
  private Lead leadData(LeadId id, Channel channel, Instant created, boolean fits, SplittableRandom r) {
    Company.Builder company = Company.builder("Company " + id.value());
    if (fits || r.nextDouble() > 0.08) {
      int employees = fits ? (int) Math.max(50, Math.round(Math.exp(Math.log(400) + 0.8 * r.nextGaussian())))
          : (int) Math.max(3, Math.round(Math.exp(Math.log(120) + 1.1 * r.nextGaussian())));
      company.employees(employees);
      if (fits || r.nextDouble() > 0.12) {
        long revenueMillions = Math.round(employees * (1.5 + 3 * r.nextDouble()));
        company.annualRevenue(rub((fits ? Math.max(100, revenueMillions) : revenueMillions) * 1_000_000L));
      }
    }
    if (fits || r.nextDouble() > 0.05) {
      company.industry(INDUSTRIES[r.nextInt(fits ? 3 : INDUSTRIES.length)]);
    }
    if (fits || r.nextDouble() > 0.05) {
      String[] city = CITIES[r.nextInt(fits ? 5 : CITIES.length)];
      company.city(City.of(city[0], Long.parseLong(city[1]), "RU"));
    }
    String name = r.nextDouble() < 0.03 ? null : FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
    String title = r.nextDouble() < 0.08 ? null : TITLES[r.nextInt(TITLES.length)];
    String phone = r.nextDouble() < 0.1 ? null : "+7 9" + (10 + r.nextInt(89)) + " " + (100 + r.nextInt(899)) + "-"
        + (10 + r.nextInt(89)) + "-" + (10 + r.nextInt(89));
    String email = r.nextDouble() < 0.05 ? null : "contact@" + id.value().toLowerCase(java.util.Locale.ROOT) + ".example";

    List<BehaviouralEvent> behaviour = new ArrayList<>();
    int visits = fits ? 3 + r.nextInt(5) : r.nextInt(channel.code().equals("free_checklist") ? 3 : 7);
    // a fitting lead's visits fall within the 30 days before an MQL instant up to ten days after creation
    int visitWindowHours = fits ? 24 * 18 : 24 * 40;
    for (int i = 0; i < visits; i++) {
      double k = r.nextDouble();
      PageKind kind = (fits && i == 0) || k < 0.25 ? PageKind.PRICING : k < 0.4 ? PageKind.CASE_STUDY : PageKind.OTHER;
      behaviour.add(BehaviouralEvent.siteVisit(created.minus(Duration.ofHours(r.nextInt(visitWindowHours))), kind));
    }
    int downloads = fits ? 2 + r.nextInt(2) : channel.code().equals("free_checklist") ? 1 : r.nextInt(4);
    for (int i = 0; i < downloads; i++) {
      behaviour.add(BehaviouralEvent.contentDownload(created.minus(Duration.ofHours(r.nextInt(24 * 30))),
          i == 0 && channel.code().equals("free_checklist") ? "Free checklist" : "Case study #" + (1 + r.nextInt(9))));
    }
    int opens = fits ? 5 + r.nextInt(5) : r.nextInt(10);
    for (int i = 0; i < opens; i++) {
      behaviour.add(BehaviouralEvent.emailOpen(created.minus(Duration.ofHours(r.nextInt(24 * 30))),
          r.nextDouble() < 0.2));
    }
    if (channel.code().equals("webinar") || channel.code().equals("events")) {
      behaviour.add(BehaviouralEvent.eventAttended(created.minus(Duration.ofMinutes(30)),
          channel.code().equals("webinar") ? "RevOps webinar" : "Industry conference"));
    }
    Bant bant = fits
        ? Bant.of(answer(r, 0.85), answer(r, 0.8), answer(r, 0.9), r.nextDouble() < 0.15 ? Timeline.unknown()
            : Timeline.within(Period.ofMonths(1 + r.nextInt(6)), LocalDate.ofInstant(created, config.zone())))
        : Bant.of(answer(r, 0.5), answer(r, 0.45), answer(r, 0.6), r.nextDouble() < 0.5 ? Timeline.unknown()
            : Timeline.within(Period.ofMonths(1 + r.nextInt(12)), LocalDate.ofInstant(created, config.zone())));
    Instant verified = r.nextDouble() < 0.05 ? created.minus(Duration.ofDays(400)) : created;
    return Lead.builder(id)
        .company(company.build())
        .contact(Contact.of(name, title, phone, email))
        .source(channel.code())
        .behaviour(behaviour)
        .bant(bant)
        .dataVerifiedAt(verified)
        .build();
  }

  private static BantAnswer answer(SplittableRandom r, double yes) {
    double u = r.nextDouble();
    return u < yes ? BantAnswer.YES : u < yes + 0.2 ? BantAnswer.NO : BantAnswer.UNKNOWN;
  }

  private static Channel pickChannel(SplittableRandom r) {
    double u = r.nextDouble();
    double acc = 0;
    for (Channel c : CHANNELS) {
      acc += c.share();
      if (u < acc) {
        return c;
      }
    }
    return CHANNELS.get(CHANNELS.size() - 1);
  }

  private Instant randomInstantIn(YearMonth month, SplittableRandom r) {
    LocalDate day = month.atDay(1 + r.nextInt(month.lengthOfMonth()));
    // Most leads arrive in office hours; some in the evening and at night.
    int minuteOfDay = r.nextDouble() < 0.8 ? 8 * 60 + r.nextInt(11 * 60) : r.nextInt(24 * 60);
    return ZonedDateTime.of(day, LocalTime.ofSecondOfDay(minuteOfDay * 60L + r.nextInt(60)), config.zone()).toInstant();
  }

  /** Event ids {@code L17/1}, {@code L17/2}, … in generation order. */
  private static final class Counter {
    private final String prefix;
    private int n;

    Counter(String leadId) {
      this.prefix = leadId + "/";
    }

    EventId next() {
      return EventId.of(prefix + (++n));
    }
  }
}
