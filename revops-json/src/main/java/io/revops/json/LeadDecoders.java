package io.revops.json;

import com.fasterxml.jackson.core.JsonToken;
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
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import javax.money.MonetaryAmount;

/** The streaming decoders of leads and their parts; the shapes are documented in {@code package-info.java}. */
final class LeadDecoders {
  private static final FieldNames CITY = FieldNames.of("name", "population", "region", "country");
  private static final FieldNames CONTACT = FieldNames.of("name", "jobTitle", "phone", "email");
  private static final FieldNames COMPANY = FieldNames.of("name", "employees", "annualRevenue", "industry", "city");
  private static final FieldNames TIMELINE = FieldNames.of("by", "within", "statedOn");
  private static final FieldNames BANT = FieldNames.of("budget", "authority", "need", "timeline");
  private static final FieldNames EVENT =
      FieldNames.of("type", "at", "pageKind", "title", "machineGenerated", "eventName");
  // EVENT guessed in the order of each type's fields (fieldsOf)
  private static final FieldNames SITE_VISIT_FIELDS = EVENT.orderedAs("type", "at", "pageKind");
  private static final FieldNames CONTENT_DOWNLOAD_FIELDS = EVENT.orderedAs("type", "at", "title");
  private static final FieldNames EMAIL_OPEN_FIELDS = EVENT.orderedAs("type", "at", "machineGenerated");
  private static final FieldNames EVENT_ATTENDED_FIELDS = EVENT.orderedAs("type", "at", "eventName");
  private static final FieldNames LEAD =
      FieldNames.of("id", "company", "contact", "source", "behaviour", "bant", "dataVerifiedAt");

  private LeadDecoders() {}

  static City city(JsonCursor in) throws IOException {
    if (in.token() == JsonToken.VALUE_STRING) {
      return in.recurring("a city", City::of);
    }
    in.beginObject("a city");
    String name = null;
    Long population = null;
    String region = null;
    String country = null;
    for (String f = in.nextField(CITY); f != null; f = in.nextField(CITY)) {
      switch (f) {
        case "name" -> name = in.recurring("a city name");
        case "population" -> population = in.count("a population");
        case "region" -> region = in.recurring("a region");
        case "country" -> country = in.recurring("a country");
        default -> throw in.unknownField(CITY);
      }
    }
    if (name == null) {
      throw in.missing("name", "a city name (a JSON string)");
    }
    try {
      City city = City.of(name);
      if (population != null) city = city.withPopulation(population);
      if (region != null) city = city.withRegion(region);
      if (country != null) city = city.withCountry(country);
      return city;
    } catch (RuntimeException e) {
      throw in.invalid(e);
    }
  }

  static Contact contact(JsonCursor in) throws IOException {
    in.beginObject("a contact");
    String name = null;
    String jobTitle = null;
    String phone = null;
    String email = null;
    for (String f = in.nextField(CONTACT); f != null; f = in.nextField(CONTACT)) {
      switch (f) {
        case "name" -> name = in.text("a name");
        case "jobTitle" -> jobTitle = in.recurring("a job title");
        case "phone" -> phone = in.text("a phone number");
        case "email" -> email = in.text("an email address");
        default -> throw in.unknownField(CONTACT);
      }
    }
    try {
      return Contact.of(name, jobTitle, phone, email);
    } catch (RuntimeException e) {
      throw in.invalid(e);
    }
  }

  static Company company(JsonCursor in) throws IOException {
    in.beginObject("a company");
    String name = null;
    Integer employees = null;
    MonetaryAmount revenue = null;
    Industry industry = null;
    City city = null;
    for (String f = in.nextField(COMPANY); f != null; f = in.nextField(COMPANY)) {
      switch (f) {
        case "name" -> name = in.text("a company name");
        case "employees" -> employees = in.intCount("a number of employees");
        case "annualRevenue" -> revenue = in.nonNegativeMoney();
        case "industry" -> industry = in.recurring("an industry", Industry::of);
        case "city" -> city = city(in);
        default -> throw in.unknownField(COMPANY);
      }
    }
    if (name == null) {
      throw in.missing("name", "a company name (a JSON string)");
    }
    try {
      Company.Builder b = Company.builder(name);
      if (employees != null) b.employees(employees);
      if (revenue != null) b.annualRevenue(revenue);
      if (industry != null) b.industry(industry);
      if (city != null) b.city(city);
      return b.build();
    } catch (RuntimeException e) {
      throw in.invalid(e);
    }
  }

  static Timeline timeline(JsonCursor in) throws IOException {
    in.beginObject("a timeline {}, {\"by\": date} or {\"within\": period, \"statedOn\": date}");
    LocalDate by = null;
    Period within = null;
    LocalDate statedOn = null;
    for (String f = in.nextField(TIMELINE); f != null; f = in.nextField(TIMELINE)) {
      switch (f) {
        case "by" -> by = in.date();
        case "within" -> within = in.period();
        case "statedOn" -> statedOn = in.date();
        default -> throw in.unknownField(TIMELINE);
      }
    }
    if (by != null && (within != null || statedOn != null)) {
      throw in.fail("a timeline has either \"by\" or \"within\" with \"statedOn\", not both");
    }
    if (by != null) {
      return Timeline.by(by);
    }
    if (within != null) {
      if (statedOn == null) {
        throw in.missing("statedOn", "an ISO-8601 date such as \"2026-03-06\"");
      }
      try {
        return Timeline.within(within, statedOn);
      } catch (RuntimeException e) {
        throw in.invalid(e);
      }
    }
    if (statedOn != null) {
      throw in.notAllowed("statedOn", "\"statedOn\" is only allowed with \"within\"");
    }
    return Timeline.unknown();
  }

  static Bant bant(JsonCursor in) throws IOException {
    in.beginObject("BANT answers");
    BantAnswer budget = BantAnswer.UNKNOWN;
    BantAnswer authority = BantAnswer.UNKNOWN;
    BantAnswer need = BantAnswer.UNKNOWN;
    Timeline timeline = Timeline.unknown();
    for (String f = in.nextField(BANT); f != null; f = in.nextField(BANT)) {
      switch (f) {
        case "budget" -> budget = in.enumValue(BantAnswer.class);
        case "authority" -> authority = in.enumValue(BantAnswer.class);
        case "need" -> need = in.enumValue(BantAnswer.class);
        case "timeline" -> timeline = timeline(in);
        default -> throw in.unknownField(BANT);
      }
    }
    return Bant.of(budget, authority, need, timeline);
  }

  /** The behavioural event types, as the {@code "type"} discriminator writes them. */
  enum BehaviourType { SITE_VISIT, CONTENT_DOWNLOAD, EMAIL_OPEN, EVENT_ATTENDED }

  static BehaviouralEvent behaviouralEvent(JsonCursor in) throws IOException {
    in.beginObject("a behavioural event");
    BehaviourType type = null;
    Instant at = null;
    PageKind pageKind = null;
    String title = null;
    Boolean machineGenerated = null;
    String eventName = null;
    FieldNames names = EVENT;
    for (String f = in.nextField(names); f != null; f = in.nextField(names)) {
      switch (f) {
        case "type" -> {
          type = in.enumValue(BehaviourType.class);
          names = fieldsOf(type);
        }
        case "at" -> at = in.instant();
        case "pageKind" -> pageKind = in.enumValue(PageKind.class);
        case "title" -> title = in.recurring("a title");
        case "machineGenerated" -> machineGenerated = in.bool();
        case "eventName" -> eventName = in.recurring("an event name");
        default -> throw in.unknownField(EVENT);
      }
    }
    if (type == null) {
      throw in.missing("type", "one of " + JsonCursor.allowed(BehaviourType.class));
    }
    if (at == null) {
      throw in.missing("at", JsonCursor.INSTANT);
    }
    foreign(in, type, "pageKind", pageKind, type == BehaviourType.SITE_VISIT);
    foreign(in, type, "title", title, type == BehaviourType.CONTENT_DOWNLOAD);
    foreign(in, type, "machineGenerated", machineGenerated, type == BehaviourType.EMAIL_OPEN);
    foreign(in, type, "eventName", eventName, type == BehaviourType.EVENT_ATTENDED);
    Instant t = at;
    return switch (type) {
      case SITE_VISIT -> {
        if (pageKind == null) {
          throw in.missing("pageKind", "one of " + JsonCursor.allowed(PageKind.class));
        }
        yield BehaviouralEvent.siteVisit(t, pageKind); // both present: nothing left to check
      }
      case CONTENT_DOWNLOAD -> {
        if (title == null) {
          throw in.missing("title", "a title (a JSON string)");
        }
        yield contentDownload(in, t, title);
      }
      case EMAIL_OPEN -> BehaviouralEvent.emailOpen(t, machineGenerated != null && machineGenerated);
      case EVENT_ATTENDED -> {
        if (eventName == null) {
          throw in.missing("eventName", "an event name (a JSON string)");
        }
        yield eventAttended(in, t, eventName);
      }
    };
  }

  /** {@link #EVENT} in the order a behaviour event of {@code type} is written. */
  private static FieldNames fieldsOf(BehaviourType type) {
    return switch (type) {
      case SITE_VISIT -> SITE_VISIT_FIELDS;
      case CONTENT_DOWNLOAD -> CONTENT_DOWNLOAD_FIELDS;
      case EMAIL_OPEN -> EMAIL_OPEN_FIELDS;
      case EVENT_ATTENDED -> EVENT_ATTENDED_FIELDS;
    };
  }

  private static BehaviouralEvent contentDownload(JsonCursor in, Instant at, String title) throws JsonPathException {
    try {
      return BehaviouralEvent.contentDownload(at, title);
    } catch (RuntimeException e) {
      throw in.invalid(e);
    }
  }

  private static BehaviouralEvent eventAttended(JsonCursor in, Instant at, String name) throws JsonPathException {
    try {
      return BehaviouralEvent.eventAttended(at, name);
    } catch (RuntimeException e) {
      throw in.invalid(e);
    }
  }

  private static void foreign(JsonCursor in, BehaviourType type, String field, Object value, boolean belongs)
      throws JsonPathException {
    if (value != null && !belongs) {
      throw in.notAllowed(field, "a " + JsonCursor.name(type) + " event has no field \"" + field + "\"");
    }
  }

  static Lead lead(JsonCursor in) throws IOException {
    in.beginObject("a lead");
    LeadId id = null;
    Company company = null;
    Contact contact = null;
    LeadSource source = null;
    List<BehaviouralEvent> behaviour = null;
    Bant bant = null;
    Instant dataVerifiedAt = null;
    for (String f = in.nextField(LEAD); f != null; f = in.nextField(LEAD)) {
      switch (f) {
        case "id" -> id = in.text("a lead id", LeadId::of);
        case "company" -> company = company(in);
        case "contact" -> contact = contact(in);
        case "source" -> source = in.recurring("a lead source code", LeadSource::of);
        case "behaviour" -> behaviour = in.list("behavioural events", LeadDecoders::behaviouralEvent);
        case "bant" -> bant = bant(in);
        case "dataVerifiedAt" -> dataVerifiedAt = in.instant();
        default -> throw in.unknownField(LEAD);
      }
    }
    if (id == null) {
      throw in.missing("id", "a lead id (a JSON string)");
    }
    Lead.Builder b = Lead.builder(id);
    if (company != null) b.company(company);
    if (contact != null) b.contact(contact);
    if (source != null) b.source(source);
    if (behaviour != null) b.behaviour(behaviour);
    if (bant != null) b.bant(bant);
    if (dataVerifiedAt != null) b.dataVerifiedAt(dataVerifiedAt);
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw in.invalid(e);
    }
  }
}
