package io.revops.sla;

import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.BehaviouralEvent;
import io.revops.core.lead.Company;
import io.revops.core.lead.Contact;
import io.revops.core.lead.Lead;
import io.revops.core.lead.PageKind;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Shared test data: Moscow wall-clock instants, complete leads. */
final class Fixtures {
  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  private Fixtures() {
  }

  /** A Moscow local date-time, e.g. {@code msk("2026-11-23T10:00")} (a Monday). */
  static Instant msk(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(MOSCOW).toInstant();
  }

  /** A history builder with the lead created and MQL'd at {@code mql} from {@code source}. */
  static LeadEventHistory.Builder mql(String id, Instant mql, String source) {
    return LeadEventHistory.builder(id).created(mql, source).becameMql(mql);
  }

  /** A lead with every handbook field, verified at {@code verified}, with one pricing-page visit before it. */
  static Lead completeLead(String id, Instant verified) {
    return Lead.builder(id)
        .company(Company.of("Uralmash"))
        .contact(Contact.of("Anna Petrova", "CFO", "+7 900 000-00-00", "anna@uralmash.example"))
        .source("webinar")
        .behaviour(BehaviouralEvent.siteVisit(verified, PageKind.PRICING))
        .dataVerifiedAt(verified)
        .build();
  }
}
