package io.revops.io.generic;

import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Finding;
import io.revops.core.history.Actor;
import io.revops.core.history.AttemptOutcome;
import io.revops.core.history.ContactChannel;
import io.revops.core.history.EventId;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.history.LeadField;
import io.revops.core.history.RejectionCode;
import io.revops.core.history.RejectionReason;
import io.revops.core.lead.City;
import io.revops.core.lead.Company;
import io.revops.core.lead.Contact;
import io.revops.core.lead.Lead;
import io.revops.core.lead.LeadId;
import io.revops.core.lead.LeadSource;
import io.revops.core.money.Amounts;
import io.revops.io.csv.CsvReader;
import io.revops.io.csv.CsvRow;
import io.revops.io.csv.TextEncoding;
import io.revops.io.generic.CsvColumns.Field;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.money.MonetaryAmount;

/**
 * Imports a CRM export: a leads file (one row per lead) and an activities file (one row per lead event), both
 * CSV with a header row, mapped to revops types through configurable {@link CsvColumns}.
 *
 * <p>A bad row never stops the import: it is reported as a {@link Finding} with file, line, column (the
 * finding's field), value and rule, and the import goes on with the good rows. The files are read by
 * {@link CsvReader} with a {@code ,} delimiter, so a damaged row (an unterminated quote, a short row) rejects
 * that row only. A lead's creation event comes from its leads row
 * ({@code created_at}, {@code source}); the activities file holds everything after it.
 *
 * <p>This is the generic layout of revops' own column names, for exports a user has already shaped; for the
 * files a CRM writes as they are, see {@link io.revops.io.crm.CrmImport} and its profiles.
 *
 * <p>Cost: the result holds every lead, event and finding in memory (one pass over each file).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvImport {
  private final CsvColumns columns;

  private CsvImport(CsvColumns columns) {
    this.columns = requireNonNull(columns, "columns");
  }

  /** An import with the default column headers. */
  public static CsvImport withDefaultColumns() {
    return new CsvImport(CsvColumns.defaults());
  }

  /** An import with the given column headers. */
  public static CsvImport of(CsvColumns columns) {
    return new CsvImport(columns);
  }

  /**
   * The result of an import: the leads and events read from good rows, and an error for every bad one.
   *
   * @param leads the leads, in file order
   * @param events the events (creation events from the leads file, then activities), in file order
   * @param findings every rejected row, in file order (a row with several faults has several)
   * @param rowsRead the number of data rows read from both files
   */
  public record Result(List<Lead> leads, List<LeadEvent> events, List<Finding> findings, long rowsRead) {
    /** Copies the lists. */
    public Result {
      leads = List.copyOf(leads);
      events = List.copyOf(events);
      findings = List.copyOf(findings);
    }

    /** The events grouped into one history per lead. */
    public List<LeadEventHistory> histories() {
      return LeadEventHistory.groupByLead(events);
    }

    /** The number of rows rejected. */
    public long rowsRejected() {
      return findings.stream().map(f -> f.source() + ":" + f.line()).distinct().count();
    }

    /** The rejected rows counted by rule, e.g. {@code "must be an ISO-8601 instant" -> 3}. */
    public Map<String, Long> rejectionsByRule() {
      Map<String, Long> out = new LinkedHashMap<>();
      findings.forEach(f -> out.merge(f.rule(), 1L, Long::sum));
      return out;
    }
  }

  /**
   * Reads the two files from disk, each in the charset {@link TextEncoding#DETECT} finds (a byte order mark,
   * else UTF-8, else Windows-1251).
   */
  public Result read(Path leadsFile, Path activitiesFile) throws IOException {
    requireNonNull(leadsFile, "leadsFile");
    requireNonNull(activitiesFile, "activitiesFile");
    try (InputStream leadsIn = Files.newInputStream(leadsFile);
         InputStream activitiesIn = Files.newInputStream(activitiesFile)) {
      TextEncoding.Decoded leads = TextEncoding.DETECT.open(leadsIn);
      TextEncoding.Decoded activities = TextEncoding.DETECT.open(activitiesIn);
      return read(leads.reader(), leadsFile.getFileName().toString(), leads.tried(), activities.reader(),
          activitiesFile.getFileName().toString(), activities.tried());
    }
  }

  /** Reads the two files from readers; the names are used in findings. */
  public Result read(Reader leads, String leadsName, Reader activities, String activitiesName) throws IOException {
    return read(leads, leadsName, "the reader's charset", activities, activitiesName, "the reader's charset");
  }

  private Result read(Reader leads, String leadsName, String leadsCharset, Reader activities, String activitiesName,
      String activitiesCharset) throws IOException {
    requireNonNull(leads, "leads");
    requireNonNull(leadsName, "leadsName");
    requireNonNull(activities, "activities");
    requireNonNull(activitiesName, "activitiesName");
    List<Lead> leadList = new ArrayList<>();
    List<LeadEvent> events = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    Map<LeadId, Boolean> known = new HashMap<>();
    long rows = forEachRow(leads, leadsName, leadsCharset, findings, row -> {
      readLead(row).ifPresent(pair -> {
        if (known.putIfAbsent(pair.lead().id(), Boolean.TRUE) != null) {
          row.error(Field.LEAD_ID, pair.lead().id().value(), "lead_id must be unique in the leads file");
          return;
        }
        leadList.add(pair.lead());
        events.add(pair.created());
      });
    });
    rows += forEachRow(activities, activitiesName, activitiesCharset, findings, row -> {
      readActivity(row, known).ifPresent(events::add);
    });
    return new Result(leadList, events, findings, rows);
  }

  private record LeadRow(Lead lead, LeadEvent.Created created) {}

  private Optional<LeadRow> readLead(Row row) {
    String id = row.required(Field.LEAD_ID);
    Instant created = row.instant(Field.CREATED_AT, true);
    String source = row.required(Field.SOURCE);
    String companyName = row.optional(Field.COMPANY);
    Integer employees = row.integer(Field.EMPLOYEES);
    BigDecimal revenue = row.decimal(Field.ANNUAL_REVENUE);
    String currency = row.optional(Field.CURRENCY);
    Long population = row.longValue(Field.CITY_POPULATION);
    String email = row.optional(Field.EMAIL);
    if (email != null && (email.indexOf('@') <= 0 || email.endsWith("@"))) {
      row.error(Field.EMAIL, email, "must look like name@domain");
    }
    MonetaryAmount revenueAmount = null;
    if (revenue != null && revenue.signum() < 0) {
      row.error(Field.ANNUAL_REVENUE, revenue.toPlainString(), "must not be negative");
    } else if (revenue != null) {
      if (currency == null) {
        row.error(Field.CURRENCY, "", "required when annual_revenue is given (ISO 4217 code)");
      } else {
        revenueAmount = row.money(Field.CURRENCY, revenue, currency);
      }
    }
    if (row.hasErrors()) {
      return Optional.empty();
    }
    try {
      return Optional.of(buildLead(row, id, created, source, companyName, employees, revenueAmount, population, email));
    } catch (IllegalArgumentException e) {
      // a rule of the core types not checked above: still a bad row, never a failed run
      row.error(Field.LEAD_ID, id, e.getMessage());
      return Optional.empty();
    }
  }

  private LeadRow buildLead(Row row, String id, Instant created, String source, String companyName, Integer employees,
      MonetaryAmount revenueAmount, Long population, String email) {
    LeadId leadId = LeadId.of(id);
    Lead.Builder lead = Lead.builder(leadId).source(source).contact(Contact.of(row.optional(Field.CONTACT_NAME),
        row.optional(Field.JOB_TITLE), row.optional(Field.PHONE), email));
    if (companyName != null) {
      Company.Builder company = Company.builder(companyName);
      if (employees != null) company.employees(employees);
      if (revenueAmount != null) company.annualRevenue(revenueAmount);
      Optional.ofNullable(row.optional(Field.INDUSTRY)).ifPresent(company::industry);
      String city = row.optional(Field.CITY);
      if (city != null) {
        company.city(population == null ? City.of(city) : City.of(city).withPopulation(population));
      }
      lead.company(company.build());
    }
    lead.dataVerifiedAt(created);
    LeadEvent.Created event = new LeadEvent.Created(EventId.of(id + "/created"), leadId, created, Optional.empty(),
        LeadSource.of(source));
    return new LeadRow(lead.build(), event);
  }

  private Optional<LeadEvent> readActivity(Row row, Map<LeadId, Boolean> known) {
    String activityId = row.required(Field.ACTIVITY_ID);
    String leadIdText = row.required(Field.LEAD_ID);
    String type = row.required(Field.TYPE);
    Instant at = row.instant(Field.AT, true);
    if (leadIdText != null && !known.containsKey(LeadId.of(leadIdText))) {
      row.error(Field.LEAD_ID, leadIdText, "must be a lead_id of the leads file");
    }
    if (row.hasErrors()) {
      return Optional.empty();
    }
    EventId id = EventId.of(activityId);
    LeadId lead = LeadId.of(leadIdText);
    String actorText = row.optional(Field.ACTOR);
    Optional<Actor> actor = actorText == null ? Optional.empty() : Optional.of(Actor.of(actorText));
    LeadEvent event = switch (type.trim().toLowerCase(Locale.ROOT)) {
      case "mql", "became_mql" -> new LeadEvent.BecameMql(id, lead, at, actor);
      case "assigned" -> actor.isEmpty() ? missing(row, Field.ACTOR, "required for an assigned activity (the rep)")
          : new LeadEvent.Assigned(id, lead, at, Optional.empty(), actor.get());
      case "attempt", "contact_attempt" -> {
        ContactChannel channel = row.enumValue(Field.CHANNEL, ContactChannel.class);
        AttemptOutcome outcome = row.enumValueOr(Field.OUTCOME, AttemptOutcome.class, AttemptOutcome.OTHER);
        yield channel == null || outcome == null ? null
            : new LeadEvent.ContactAttempt(id, lead, at, actor, channel, outcome);
      }
      case "connected" -> {
        ContactChannel channel = row.enumValue(Field.CHANNEL, ContactChannel.class);
        yield channel == null ? null : new LeadEvent.Connected(id, lead, at, actor, channel);
      }
      case "discovery", "discovery_call" -> new LeadEvent.DiscoveryCall(id, lead, at, actor);
      case "sql", "accepted_as_sql" -> new LeadEvent.AcceptedAsSql(id, lead, at, actor);
      case "rejected" -> new LeadEvent.Rejected(id, lead, at, actor, rejection(row.optional(Field.REASON)));
      case "opportunity", "opportunity_created" -> new LeadEvent.OpportunityCreated(id, lead, at, actor);
      case "won" -> {
        BigDecimal amount = row.decimal(Field.AMOUNT);
        String currency = row.optional(Field.CURRENCY);
        if (row.hasErrors()) {
          yield null; // the amount is not a number: already reported
        }
        if (amount == null) {
          yield missing(row, Field.AMOUNT, "required for a won activity (decimal)");
        }
        if (currency == null) {
          yield missing(row, Field.CURRENCY, "required for a won activity (ISO 4217 code)");
        }
        if (amount.signum() < 0) {
          row.error(Field.AMOUNT, amount.toPlainString(), "must not be negative");
          yield null;
        }
        MonetaryAmount money = row.money(Field.CURRENCY, amount, currency);
        yield money == null ? null : new LeadEvent.Won(id, lead, at, actor, money);
      }
      case "lost" -> new LeadEvent.Lost(id, lead, at, actor, LeadEvent.Lost.reasonFrom(row.optional(Field.REASON)));
      case "data_changed" -> {
        Set<LeadField> fields = row.fields(Field.FIELDS);
        yield fields == null ? null : new LeadEvent.DataChanged(id, lead, at, actor, fields);
      }
      default -> {
        row.error(Field.TYPE, type, "must be one of mql, assigned, attempt, connected, discovery, sql, rejected, "
            + "opportunity, won, lost, data_changed");
        yield null;
      }
    };
    return Optional.ofNullable(event);
  }

  private static LeadEvent missing(Row row, Field field, String rule) {
    row.error(field, "", rule);
    return null;
  }

  private static RejectionReason rejection(String text) {
    if (text == null) {
      return RejectionReason.noneGiven();
    }
    try {
      RejectionCode code = RejectionCode.valueOf(text.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
      return code == RejectionCode.OTHER ? RejectionReason.other("other") : RejectionReason.of(code);
    } catch (IllegalArgumentException notACode) {
      return RejectionReason.other(text);
    }
  }

  private interface RowHandler {
    void handle(Row row);
  }

  /** Hands each well-formed row to {@code handler}; returns the number of data rows read (good and bad). */
  private long forEachRow(Reader reader, String file, String charset, List<Finding> findings, RowHandler handler)
      throws IOException {
    try (CsvReader csv = CsvReader.open(reader, file, Optional.of(','), charset, findings::add)) {
      Map<String, Integer> index = new HashMap<>();
      List<String> header = csv.header().names();
      for (int i = header.size() - 1; i >= 0; i--) {
        index.put(header.get(i), i); // a repeated name (already a finding) reads its first column
      }
      while (csv.hasNext()) {
        CsvRow row = csv.next();
        handler.handle(new Row(file, row.line(), row, index, findings::add));
      }
      return csv.rowsRead();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** One data row; collects its own errors. */
  private final class Row {
    private final String file;
    private final long line;
    private final CsvRow cells;
    private final Map<String, Integer> index;
    private final Consumer<Finding> findings;
    private boolean failed;

    Row(String file, long line, CsvRow cells, Map<String, Integer> index, Consumer<Finding> findings) {
      this.file = file;
      this.line = line;
      this.cells = cells;
      this.index = index;
      this.findings = findings;
    }

    void error(Field field, String value, String rule) {
      failed = true;
      findings.accept(field == null ? Finding.ofLine(file, line, value, rule)
          : Finding.of(file, line, columns.header(field), value, rule));
    }

    boolean hasErrors() {
      return failed;
    }

    String optional(Field field) {
      Integer i = index.get(columns.header(field));
      if (i == null) {
        return null;
      }
      String v = cells.cell(i).trim();
      return v.isEmpty() ? null : v;
    }

    String required(Field field) {
      if (!index.containsKey(columns.header(field))) {
        error(field, "", "column " + columns.header(field) + " is missing from the header");
        return null;
      }
      String v = optional(field);
      if (v == null) {
        error(field, "", "is required");
      }
      return v;
    }

    Instant instant(Field field, boolean required) {
      String v = required ? required(field) : optional(field);
      if (v == null) {
        return null;
      }
      try {
        return Instant.parse(v);
      } catch (DateTimeParseException e) {
        error(field, v, "must be an ISO-8601 instant such as 2026-03-06T14:30:00Z");
        return null;
      }
    }

    BigDecimal decimal(Field field) {
      String v = optional(field);
      if (v == null) {
        return null;
      }
      try {
        return new BigDecimal(v);
      } catch (NumberFormatException e) {
        error(field, v, "must be a decimal number");
        return null;
      }
    }

    Integer integer(Field field) {
      Long n = wholeNumber(field, Integer.MAX_VALUE);
      return n == null ? null : n.intValue();
    }

    Long longValue(Field field) {
      return wholeNumber(field, Long.MAX_VALUE);
    }

    private Long wholeNumber(Field field, long max) {
      String v = optional(field);
      if (v == null) {
        return null;
      }
      long n;
      try {
        n = Long.parseLong(v);
      } catch (NumberFormatException e) {
        error(field, v, "must be a whole number");
        return null;
      }
      if (n < 0) {
        error(field, v, "must not be negative");
        return null;
      }
      if (n > max) {
        error(field, v, "must be at most " + max);
        return null;
      }
      return n;
    }

    MonetaryAmount money(Field currencyField, BigDecimal amount, String currency) {
      try {
        return Amounts.of(amount, Amounts.currency(currency));
      } catch (IllegalArgumentException e) {
        error(currencyField, currency, "must be an ISO 4217 currency code");
        return null;
      }
    }

    <E extends Enum<E>> E enumValue(Field field, Class<E> type) {
      String v = required(field);
      return v == null ? null : parseEnum(field, v, type);
    }

    <E extends Enum<E>> E enumValueOr(Field field, Class<E> type, E fallback) {
      String v = optional(field);
      return v == null ? fallback : parseEnum(field, v, type);
    }

    private <E extends Enum<E>> E parseEnum(Field field, String v, Class<E> type) {
      try {
        return Enum.valueOf(type, v.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        error(field, v, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
        return null;
      }
    }

    Set<LeadField> fields(Field field) {
      String v = required(field);
      if (v == null) {
        return null;
      }
      EnumSet<LeadField> out = EnumSet.noneOf(LeadField.class);
      for (String part : v.split("\\|")) {
        LeadField f = parseEnum(field, part, LeadField.class);
        if (f == null) {
          return null;
        }
        out.add(f);
      }
      return out;
    }
  }
}
