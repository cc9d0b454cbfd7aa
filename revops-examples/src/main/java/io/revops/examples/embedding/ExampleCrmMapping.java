package io.revops.examples.embedding;

import io.revops.core.history.Actor;
import io.revops.core.history.AttemptOutcome;
import io.revops.core.history.ContactChannel;
import io.revops.core.history.EventId;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.RejectionCode;
import io.revops.core.history.RejectionReason;
import io.revops.core.lead.BehaviouralEvent;
import io.revops.core.lead.City;
import io.revops.core.lead.Company;
import io.revops.core.lead.Contact;
import io.revops.core.lead.Lead;
import io.revops.core.lead.LeadId;
import io.revops.core.lead.LeadSource;
import io.revops.core.lead.PageKind;
import io.revops.core.money.Amounts;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An example {@link CrmMapping} for a CRM whose lead records carry {@code Company}, {@code Employees},
 * {@code AnnualRevenueRUB}, {@code Industry}, {@code City}, {@code CityPopulation}, {@code FullName},
 * {@code JobTitle}, {@code Phone}, {@code Email}, {@code LeadSource}, {@code CreatedAt}, {@code PricingVisits}
 * and {@code LastPricingVisitAt}, and whose activity records carry {@code Kind} ({@code mql}, {@code call},
 * {@code email}, {@code connected}, {@code qualified}, {@code disqualified}), {@code At}, {@code Owner},
 * {@code Result} and {@code Reason}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExampleCrmMapping implements CrmMapping {
  private ExampleCrmMapping() {}

  /** The mapping. */
  public static ExampleCrmMapping create() {
    return new ExampleCrmMapping();
  }

  @Override
  public Lead lead(CrmRecord r) {
    Lead.Builder lead = Lead.builder(LeadId.of(r.id()));
    r.get("Company").ifPresent(name -> {
      Company.Builder company = Company.builder(name);
      r.get("Employees").ifPresent(v -> company.employees(integer("Employees", v)));
      r.get("AnnualRevenueRUB").ifPresent(v -> company.annualRevenue(Amounts.of(v, "RUB")));
      r.get("Industry").ifPresent(company::industry);
      r.get("City").ifPresent(city -> company.city(r.get("CityPopulation")
          .map(p -> City.of(city, integer("CityPopulation", p), "RU")).orElseGet(() -> City.of(city))));
      lead.company(company.build());
    });
    lead.contact(Contact.of(r.get("FullName").orElse(null), r.get("JobTitle").orElse(null),
        r.get("Phone").orElse(null), r.get("Email").orElse(null)));
    r.get("LeadSource").ifPresent(lead::source);
    Optional<Instant> created = r.get("CreatedAt").map(v -> instant("CreatedAt", v));
    created.ifPresent(lead::dataVerifiedAt);
    List<BehaviouralEvent> behaviour = new ArrayList<>();
    int pricingVisits = r.get("PricingVisits").map(v -> integer("PricingVisits", v)).orElse(0);
    Optional<Instant> lastVisit = r.get("LastPricingVisitAt").map(v -> instant("LastPricingVisitAt", v));
    for (int i = 0; i < pricingVisits && lastVisit.isPresent(); i++) {
      // the CRM keeps a count and the latest visit only: spread the visits a day apart before it
      behaviour.add(BehaviouralEvent.siteVisit(lastVisit.get().minusSeconds(86_400L * i), PageKind.PRICING));
    }
    lead.behaviour(behaviour);
    return lead.build();
  }

  @Override
  public LeadEvent created(CrmRecord r) {
    Instant at = instant("CreatedAt", r.get("CreatedAt").orElseThrow(() -> missing("CreatedAt")));
    LeadSource source = r.get("LeadSource").map(LeadSource::of).orElse(LeadSource.UNKNOWN);
    return new LeadEvent.Created(EventId.of(r.id() + "/created"), LeadId.of(r.id()), at, Optional.empty(), source);
  }

  @Override
  public Optional<LeadEvent> event(CrmRecord leadRecord, CrmRecord a) {
    EventId id = EventId.of(a.id());
    LeadId lead = LeadId.of(leadRecord.id());
    Instant at = instant("At", a.get("At").orElseThrow(() -> missing("At")));
    Optional<Actor> owner = a.get("Owner").map(Actor::of);
    String kind = a.get("Kind").orElseThrow(() -> missing("Kind")).toLowerCase(Locale.ROOT);
    return switch (kind) {
      case "mql" -> Optional.of(new LeadEvent.BecameMql(id, lead, at, owner));
      case "call", "email" -> Optional.of(new LeadEvent.ContactAttempt(id, lead, at, owner,
          kind.equals("call") ? ContactChannel.PHONE : ContactChannel.EMAIL,
          a.get("Result").map(v -> AttemptOutcome.valueOf(v.toUpperCase(Locale.ROOT))).orElse(AttemptOutcome.OTHER)));
      case "connected" -> Optional.of(new LeadEvent.Connected(id, lead, at, owner, ContactChannel.PHONE));
      case "qualified" -> Optional.of(new LeadEvent.AcceptedAsSql(id, lead, at, owner));
      case "disqualified" -> Optional.of(new LeadEvent.Rejected(id, lead, at, owner, a.get("Reason")
          .map(r -> RejectionReason.of(RejectionCode.valueOf(r.toUpperCase(Locale.ROOT))))
          .orElseGet(RejectionReason::noneGiven)));
      default -> Optional.empty(); // notes, tasks, meetings: not lead events
    };
  }

  private static int integer(String field, String v) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " must be a whole number: " + v, e);
    }
  }

  private static Instant instant(String field, String v) {
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " must be an ISO-8601 instant: " + v, e);
    }
  }

  private static IllegalArgumentException missing(String field) {
    return new IllegalArgumentException(field + " is required");
  }

  @Override
  public String toString() {
    return "ExampleCrmMapping";
  }
}
