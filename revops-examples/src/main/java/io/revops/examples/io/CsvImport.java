package io.revops.examples.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
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
import io.revops.examples.io.CsvColumns.Field;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
import javax.money.MonetaryAmount;

/**
 * Imports a CRM export: a leads file (one row per lead) and an activities file (one row per lead event), both
 * CSV with a header row, mapped to revops types through configurable {@link CsvColumns}.
 *
 * <p>A bad row never stops the import: it is reported as a {@link RowError} with file, line, column, value and
 * rule, and the import goes on with the good rows. A lead's creation event comes from its leads row
 * ({@code created_at}, {@code source}); the activities file holds everything after it.
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
   * @param errors every rejected row, in file order
   * @param rowsRead the number of data rows read from both files
   */
  public record Result(List<Lead> leads, List<LeadEvent> events, List<RowError> errors, long rowsRead) {
    /** Copies the lists. */
    public Result {
      leads = List.copyOf(leads);
      events = List.copyOf(events);
      errors = List.copyOf(errors);
    }

    /** The events grouped into one history per lead. */
    public List<LeadEventHistory> histories() {
      return LeadEventHistory.groupByLead(events);
    }

    /** The number of rows rejected. */
    public long rowsRejected() {
      return errors.stream().map(e -> e.file() + ":" + e.line()).distinct().count();
    }

    /** The rejected rows counted by rule, e.g. {@code "must be an ISO-8601 instant" -> 3}. */
    public Map<String, Long> rejectionsByRule() {
      Map<String, Long> out = new LinkedHashMap<>();
      errors.forEach(e -> out.merge(e.rule(), 1L, Long::sum));
      return out;
    }
  }

  /** Reads the two files from disk (UTF-8). */
  public Result read(Path leadsFile, Path activitiesFile) throws IOException {
    requireNonNull(leadsFile, "leadsFile");
    requireNonNull(activitiesFile, "activitiesFile");
    try (Reader leads = Files.newBufferedReader(leadsFile, StandardCharsets.UTF_8);
         Reader activities = Files.newBufferedReader(activitiesFile, StandardCharsets.UTF_8)) {
      return read(leads, leadsFile.getFileName().toString(), activities, activitiesFile.getFileName().toString());
    }
  }

  /** Reads the two files from readers; the names are used in error reports. */
  public Result read(Reader leads, String leadsName, Reader activities, String activitiesName) throws IOException {
    List<Lead> leadList = new ArrayList<>();
    List<LeadEvent> events = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    Map<LeadId, Boolean> known = new HashMap<>();
    long[] rows = {0};
    forEachRow(leads, leadsName, errors, rows, row -> {
      readLead(row).ifPresent(pair -> {
        if (known.putIfAbsent(pair.lead().id(), Boolean.TRUE) != null) {
          row.error(Field.LEAD_ID, pair.lead().id().value(), "lead_id must be unique in the leads file");
          return;
        }
        leadList.add(pair.lead());
        events.add(pair.created());
      });
    });
    forEachRow(activities, activitiesName, errors, rows, row -> {
      readActivity(row, known).ifPresent(events::add);
    });
    return new Result(leadList, events, errors, rows[0]);
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
      case "lost" -> new LeadEvent.Lost(id, lead, at, actor, Optional.ofNullable(row.optional(Field.REASON)).orElse(""));
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

  private void forEachRow(Reader reader, String file, List<RowError> errors, long[] rows, RowHandler handler) throws IOException {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(reader)) {
      if (!it.hasNextValue()) {
        return;
      }
      String[] header = it.nextValue();
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        index.put(header[i].trim(), i);
      }
      long line = 1;
      while (true) {
        String[] cells;
        try {
          if (!it.hasNextValue()) {
            break;
          }
          // the parser stands at the end of the previous row: this row starts on the next line
          line = it.getParser().currentTokenLocation().getLineNr() + 1;
          cells = it.nextValue();
        } catch (RuntimeException e) {
          rows[0]++;
          errors.add(new RowError(file, line, "", "", "must be a well-formed CSV row: " + e.getMessage()));
          continue;
        }
        if (cells.length == 1 && cells[0].isBlank()) {
          continue;
        }
        rows[0]++;
        Row row = new Row(file, line, header.length, cells, index, errors);
        if (cells.length != header.length) {
          row.error(null, String.join(",", cells), "must have " + header.length + " columns like the header, has "
              + cells.length);
          continue;
        }
        handler.handle(row);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** One data row; collects its own errors. */
  private final class Row {
    private final String file;
    private final long line;
    private final String[] cells;
    private final Map<String, Integer> index;
    private final List<RowError> errors;
    private boolean failed;

    Row(String file, long line, int width, String[] cells, Map<String, Integer> index, List<RowError> errors) {
      this.file = file;
      this.line = line;
      this.cells = cells;
      this.index = index;
      this.errors = errors;
    }

    void error(Field field, String value, String rule) {
      failed = true;
      errors.add(new RowError(file, line, field == null ? "" : columns.header(field), value, rule));
    }

    boolean hasErrors() {
      return failed;
    }

    String optional(Field field) {
      Integer i = index.get(columns.header(field));
      if (i == null || i >= cells.length) {
        return null;
      }
      String v = cells[i].trim();
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
