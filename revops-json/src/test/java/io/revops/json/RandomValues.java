package io.revops.json;

import static org.quicktheories.generators.SourceDSL.longs;

import io.revops.core.flywheel.FlywheelPhase;
import io.revops.core.flywheel.Force;
import io.revops.core.flywheel.Friction;
import io.revops.core.flywheel.Magnitude;
import io.revops.core.flywheel.RevenueAudit;
import io.revops.core.funnel.BowtieSnapshot;
import io.revops.core.funnel.BowtieStage;
import io.revops.core.funnel.BowtieTransition;
import io.revops.core.funnel.Department;
import io.revops.core.funnel.FunnelSnapshot;
import io.revops.core.funnel.LifecycleStage;
import io.revops.core.funnel.StageConversion;
import io.revops.core.history.Actor;
import io.revops.core.history.AttemptOutcome;
import io.revops.core.history.ContactChannel;
import io.revops.core.history.EventId;
import io.revops.core.history.EventKind;
import io.revops.core.history.HistoryAnomaly;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.history.LeadField;
import io.revops.core.history.RejectionCode;
import io.revops.core.history.RejectionReason;
import io.revops.core.lead.Bant;
import io.revops.core.lead.BantAnswer;
import io.revops.core.lead.BehaviouralEvent;
import io.revops.core.lead.City;
import io.revops.core.lead.Company;
import io.revops.core.lead.Contact;
import io.revops.core.lead.Industry;
import io.revops.core.lead.Lead;
import io.revops.core.lead.LeadId;
import io.revops.core.lead.LeadSource;
import io.revops.core.lead.PageKind;
import io.revops.core.lead.Timeline;
import io.revops.core.money.Amounts;
import io.revops.core.money.ExchangeRates;
import io.revops.core.money.Rate;
import io.revops.core.money.Ratio;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.quicktheories.core.Gen;

/**
 * Random values of every public revops type for property tests. Each generator draws a seed from
 * QuickTheories and builds the value from a {@link Random} with that seed, so a failure reports a seed
 * that reproduces it.
 */
final class RandomValues {
  private RandomValues() {}

  static <T> Gen<T> gen(Function<Random, T> f) {
    return longs().all().map(seed -> f.apply(new Random(seed)));
  }

  private static final String[] CURRENCIES = {"RUB", "USD", "EUR", "JPY", "GBP", "KWD", "CNY"};
  private static final int[] ALPHABET_RANGES = {'a', 'z', 'A', 'Z', '0', '9', 0x0410, 0x044F, ' ', ' ', '"', '"',
      '\\', '\\', '/', '/', '%', '%', '\n', '\n', 0x1F600, 0x1F64F, 0x2192, 0x2192};

  static String text(Random r) {
    int len = 1 + r.nextInt(12);
    StringBuilder sb = new StringBuilder();
    while (sb.codePointCount(0, sb.length()) < len) {
      int range = r.nextInt(ALPHABET_RANGES.length / 2) * 2;
      int lo = ALPHABET_RANGES[range];
      int hi = ALPHABET_RANGES[range + 1];
      sb.appendCodePoint(lo + r.nextInt(hi - lo + 1));
    }
    String s = sb.toString();
    return s.isBlank() ? s + "x" : s;
  }

  static <T> Optional<T> maybe(Random r, Function<Random, T> f) {
    return r.nextBoolean() ? Optional.of(f.apply(r)) : Optional.empty();
  }

  static <E extends Enum<E>> E pick(Random r, Class<E> type) {
    E[] all = type.getEnumConstants();
    return all[r.nextInt(all.length)];
  }

  static Instant instant(Random r) {
    long seconds = 946_684_800L + (long) (r.nextDouble() * 3_155_760_000L);
    int nanos = r.nextInt(4) == 0 ? r.nextInt(1_000_000_000) : 0;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  static LocalDate date(Random r) {
    return LocalDate.ofEpochDay(10_000 + r.nextInt(40_000));
  }

  static BigDecimal decimal(Random r, int maxScale) {
    BigInteger unscaled = new BigInteger(1 + r.nextInt(80), r);
    return new BigDecimal(unscaled, r.nextInt(maxScale + 1));
  }

  // ---- money

  static Rate rate(Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> Rate.ofPercent(r.nextInt(101));
      case 1 -> {
        long whole = 1 + r.nextInt(1_000_000);
        yield Rate.ofFraction((long) (r.nextDouble() * whole), whole);
      }
      case 2 -> Rate.of(new BigDecimal(BigInteger.valueOf(r.nextInt(1_000_001)), 6));
      default -> r.nextBoolean() ? Rate.ZERO : Rate.ONE;
    };
  }

  static Ratio ratio(Random r) {
    return r.nextBoolean() ? Ratio.of(decimal(r, 10))
        : Ratio.of(BigDecimal.valueOf(r.nextInt(1_000_000)), BigDecimal.valueOf(1 + r.nextInt(1000)));
  }

  static CurrencyUnit currency(Random r) {
    return Amounts.currency(CURRENCIES[r.nextInt(CURRENCIES.length)]);
  }

  static MonetaryAmount money(Random r) {
    BigDecimal v = decimal(r, 8);
    return Amounts.of(r.nextInt(5) == 0 ? v.negate() : v, currency(r));
  }

  static MonetaryAmount nonNegativeMoney(Random r) {
    return Amounts.of(decimal(r, 8), currency(r));
  }

  static ExchangeRates.Entry exchangeRate(Random r) {
    CurrencyUnit from = currency(r);
    CurrencyUnit to = currency(r);
    while (to.equals(from)) {
      to = currency(r);
    }
    return new ExchangeRates.Entry(date(r), from, to, decimal(r, 6).add(BigDecimal.ONE));
  }

  static ExchangeRates exchangeRates(Random r) {
    List<ExchangeRates.Entry> entries = new ArrayList<>();
    int n = r.nextInt(6);
    for (int i = 0; i < n; i++) {
      entries.add(exchangeRate(r));
    }
    return ExchangeRates.of(entries);
  }

  // ---- lead

  static City city(Random r) {
    City c = City.of(text(r));
    if (r.nextBoolean()) c = c.withPopulation(r.nextInt(20_000_000));
    if (r.nextBoolean()) c = c.withRegion(text(r));
    if (r.nextBoolean()) c = c.withCountry(text(r));
    return c;
  }

  static Contact contact(Random r) {
    return Contact.of(maybe(r, RandomValues::text).orElse(null), maybe(r, RandomValues::text).orElse(null),
        maybe(r, RandomValues::text).orElse(null),
        r.nextBoolean() ? "user" + r.nextInt(1000) + "@example" + r.nextInt(10) + ".com" : null);
  }

  static Company company(Random r) {
    Company.Builder b = Company.builder(text(r));
    if (r.nextBoolean()) b.employees(r.nextInt(100_000));
    if (r.nextBoolean()) b.annualRevenue(nonNegativeMoney(r));
    if (r.nextBoolean()) b.industry(Industry.of(text(r)));
    if (r.nextBoolean()) b.city(city(r));
    return b.build();
  }

  static Timeline timeline(Random r) {
    return switch (r.nextInt(3)) {
      case 0 -> Timeline.unknown();
      case 1 -> Timeline.by(date(r));
      default -> Timeline.within(Period.of(r.nextInt(3), r.nextInt(14), r.nextInt(40)), date(r));
    };
  }

  static Bant bant(Random r) {
    return Bant.of(pick(r, BantAnswer.class), pick(r, BantAnswer.class), pick(r, BantAnswer.class), timeline(r));
  }

  static BehaviouralEvent behaviouralEvent(Random r) {
    Instant at = instant(r);
    return switch (r.nextInt(4)) {
      case 0 -> BehaviouralEvent.siteVisit(at, pick(r, PageKind.class));
      case 1 -> BehaviouralEvent.contentDownload(at, text(r));
      case 2 -> BehaviouralEvent.emailOpen(at, r.nextBoolean());
      default -> BehaviouralEvent.eventAttended(at, text(r));
    };
  }

  static Lead lead(Random r) {
    Lead.Builder b = Lead.builder(LeadId.of(text(r)));
    if (r.nextBoolean()) b.company(company(r));
    b.contact(contact(r));
    if (r.nextBoolean()) b.source(LeadSource.of(text(r)));
    int n = r.nextInt(6);
    for (int i = 0; i < n; i++) {
      b.behaviour(behaviouralEvent(r));
    }
    b.bant(bant(r));
    if (r.nextBoolean()) b.dataVerifiedAt(instant(r));
    return b.build();
  }

  // ---- history

  static RejectionReason rejectionReason(Random r) {
    RejectionCode code = pick(r, RejectionCode.class);
    return switch (code) {
      case OTHER -> RejectionReason.other(text(r));
      case NONE_GIVEN -> RejectionReason.noneGiven();
      default -> RejectionReason.of(code);
    };
  }

  static LeadEvent leadEvent(Random r) {
    return leadEvent(r, EventId.of(text(r)), LeadId.of(text(r)));
  }

  static LeadEvent leadEvent(Random r, EventId id, LeadId leadId) {
    Instant at = instant(r);
    Optional<Actor> actor = maybe(r, x -> Actor.of(text(x)));
    return switch (pick(r, EventKind.class)) {
      case CREATED -> new LeadEvent.Created(id, leadId, at, actor, LeadSource.of(text(r)));
      case DATA_CHANGED -> {
        Set<LeadField> fields = EnumSet.noneOf(LeadField.class);
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
          fields.add(pick(r, LeadField.class));
        }
        yield new LeadEvent.DataChanged(id, leadId, at, actor, fields);
      }
      case BECAME_MQL -> new LeadEvent.BecameMql(id, leadId, at, actor);
      case ASSIGNED -> new LeadEvent.Assigned(id, leadId, at, actor, Actor.of(text(r)));
      case CONTACT_ATTEMPT -> new LeadEvent.ContactAttempt(id, leadId, at, actor, pick(r, ContactChannel.class),
          pick(r, AttemptOutcome.class));
      case CONNECTED -> new LeadEvent.Connected(id, leadId, at, actor, pick(r, ContactChannel.class));
      case DISCOVERY_CALL -> new LeadEvent.DiscoveryCall(id, leadId, at, actor);
      case ACCEPTED_AS_SQL -> new LeadEvent.AcceptedAsSql(id, leadId, at, actor);
      case REJECTED -> new LeadEvent.Rejected(id, leadId, at, actor, rejectionReason(r));
      case OPPORTUNITY_CREATED -> new LeadEvent.OpportunityCreated(id, leadId, at, actor);
      case WON -> new LeadEvent.Won(id, leadId, at, actor, nonNegativeMoney(r));
      case LOST -> new LeadEvent.Lost(id, leadId, at, actor, r.nextBoolean() ? Optional.empty() : Optional.of(text(r)));
    };
  }

  static HistoryAnomaly anomaly(Random r) {
    List<EventId> ids = new ArrayList<>();
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      ids.add(EventId.of(text(r)));
    }
    return new HistoryAnomaly(pick(r, HistoryAnomaly.Kind.class), ids, text(r));
  }

  /** A history of one lead with distinct event ids (so it has no input-level anomalies to lose). */
  static LeadEventHistory history(Random r) {
    LeadId leadId = LeadId.of(text(r));
    List<LeadEvent> events = new ArrayList<>();
    int n = r.nextInt(10);
    for (int i = 0; i < n; i++) {
      events.add(leadEvent(r, EventId.of(leadId.value() + "/" + i), leadId));
    }
    return LeadEventHistory.of(leadId, events);
  }

  // ---- funnel

  /** A snapshot whose counts shrink or grow at random, so every conversion status occurs. */
  static FunnelSnapshot funnel(Random r) {
    Map<LifecycleStage, Long> m = new EnumMap<>(LifecycleStage.class);
    long previous = r.nextInt(5) == 0 ? 0 : 1 + r.nextInt(1_000_000);
    for (LifecycleStage s : LifecycleStage.values()) {
      if (s.isOptional() && r.nextBoolean()) {
        continue;
      }
      long count = r.nextInt(10) == 0 ? previous + r.nextInt(10) : (long) (previous * r.nextDouble());
      m.put(s, s == LifecycleStage.VISITOR ? previous : count);
      previous = m.get(s);
    }
    return FunnelSnapshot.of(m);
  }

  static StageConversion stageConversion(Random r) {
    LifecycleStage from = pick(r, LifecycleStage.class);
    while (from == LifecycleStage.CUSTOMER) {
      from = pick(r, LifecycleStage.class);
    }
    LifecycleStage[] all = LifecycleStage.values();
    LifecycleStage to = all[from.ordinal() + 1 + r.nextInt(all.length - from.ordinal() - 1)];
    OptionalLong fromCount = r.nextInt(6) == 0 ? OptionalLong.empty() : OptionalLong.of(r.nextInt(1000));
    OptionalLong toCount = r.nextInt(6) == 0 ? OptionalLong.empty() : OptionalLong.of(r.nextInt(1000));
    return StageConversion.of(from, to, fromCount, toCount);
  }

  static BowtieSnapshot bowtie(Random r) {
    Map<BowtieStage, Long> m = new EnumMap<>(BowtieStage.class);
    for (BowtieStage s : BowtieStage.values()) {
      m.put(s, r.nextInt(8) == 0 ? 0L : (long) r.nextInt(100_000));
    }
    return BowtieSnapshot.of(m);
  }

  static BowtieTransition bowtieTransition(Random r) {
    BowtieStage[] all = BowtieStage.values();
    int from = r.nextInt(all.length - 1);
    int to = from + 1 + r.nextInt(all.length - from - 1);
    return BowtieTransition.of(all[from], all[to], r.nextInt(5) == 0 ? 0 : r.nextInt(10_000), r.nextInt(10_000));
  }

  // ---- flywheel

  static Force force(Random r) {
    Force f = Force.of(pick(r, FlywheelPhase.class), pick(r, Department.class), text(r));
    if (r.nextBoolean()) f = f.withEvidence(text(r));
    if (r.nextBoolean()) f = f.withMagnitude(pick(r, Magnitude.class));
    return f;
  }

  static Friction friction(Random r) {
    Friction f = Friction.of(pick(r, FlywheelPhase.class), pick(r, Department.class), text(r));
    if (r.nextBoolean()) f = f.withEvidence(text(r));
    if (r.nextBoolean()) f = f.withMagnitude(pick(r, Magnitude.class));
    return f;
  }

  static RevenueAudit audit(Random r) {
    RevenueAudit.Builder b = r.nextBoolean() ? RevenueAudit.builder() : RevenueAudit.builder().seedFrom(funnel(r));
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      b.force(force(r));
      if (r.nextBoolean()) b.friction(friction(r));
    }
    return b.build();
  }
}
