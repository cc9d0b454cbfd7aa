package io.revops.examples.healthcheck;

import static java.util.Objects.requireNonNull;

import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.Lead;
import io.revops.core.lead.LeadId;
import io.revops.examples.data.MrrRecord;
import io.revops.examples.data.SampleCollector;
import io.revops.examples.data.SampleConfig;
import io.revops.examples.data.SampleDataGenerator;
import io.revops.examples.data.SampleSink;
import io.revops.examples.data.SpendRecord;
import io.revops.io.generic.CsvImport;
import io.revops.examples.io.JsonlReader;
import io.revops.core.batch.Finding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * The data one health check evaluates: leads, their events, spend and MRR, with every input row that was
 * rejected and why. Read from a JSON Lines folder, from a CRM's CSV export, or generated.
 *
 * <p>This holds the data in memory (leads and events grouped into histories): the health check uses it for a
 * CSV export, tests and notebooks; a JSON Lines folder streams through {@link StreamingHealthCheck} instead, and
 * gives the same report.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HealthInput {
  private final String source;
  private final Map<LeadId, Lead> leads;
  private final List<LeadEventHistory> histories;
  private final long events;
  private final List<SpendRecord> spend;
  private final List<MrrRecord> mrr;
  private final List<Finding> errors;
  private final long rowsRead;

  private HealthInput(String source, List<Lead> leads, List<LeadEvent> events, List<SpendRecord> spend,
      List<MrrRecord> mrr, List<Finding> errors, long rowsRead) {
    this.source = requireNonNull(source, "source");
    Map<LeadId, Lead> byId = new LinkedHashMap<>();
    leads.forEach(l -> byId.putIfAbsent(l.id(), l));
    this.leads = Collections.unmodifiableMap(byId);
    this.histories = LeadEventHistory.groupByLead(events);
    this.events = events.size();
    this.spend = List.copyOf(spend);
    this.mrr = List.copyOf(mrr);
    this.errors = List.copyOf(errors);
    this.rowsRead = rowsRead;
  }

  /** Data given directly; {@code errors} are rows already rejected upstream. */
  public static HealthInput of(String source, List<Lead> leads, List<LeadEvent> events, List<SpendRecord> spend,
      List<MrrRecord> mrr, List<Finding> errors, long rowsRead) {
    return new HealthInput(source, leads, events, spend, mrr, errors, rowsRead);
  }

  /**
   * Reads a JSON Lines data folder into memory; {@code progress} receives the number of events read every
   * 100,000 events. (The health check streams such a folder instead; this is for tests and notebooks.)
   *
   * @throws IOException if a file exists but cannot be read
   */
  public static HealthInput read(JsonlReader reader, LongConsumer progress) throws IOException {
    requireNonNull(reader, "reader");
    requireNonNull(progress, "progress");
    List<Lead> leads = new ArrayList<>();
    List<LeadEvent> events = new ArrayList<>();
    List<SpendRecord> spend = new ArrayList<>();
    List<MrrRecord> mrr = new ArrayList<>();
    List<Finding> errors = new ArrayList<>();
    long rows = reader.leads(leads::add, errors::add);
    rows += reader.events(e -> {
      events.add(e);
      if (events.size() % 100_000 == 0) {
        progress.accept(events.size());
      }
    }, errors::add);
    rows += reader.spend(spend::add, errors::add);
    rows += reader.mrr(mrr::add, errors::add);
    return new HealthInput(reader.description(), leads, events, spend, mrr, errors, rows);
  }

  /** The leads and activities of a CRM's CSV export (no spend and no MRR). */
  public static HealthInput fromCsv(CsvImport.Result result, String source) {
    requireNonNull(result, "result");
    return new HealthInput(source, result.leads(), result.events(), List.of(), List.of(), result.findings(),
        result.rowsRead());
  }

  /** Generates the data of {@code config} in memory (for tests and notebooks; the sample is small). */
  public static HealthInput generate(SampleConfig config) {
    SampleCollector c = SampleCollector.collect(SampleDataGenerator.of(config));
    return new HealthInput("generated " + config, c.leads(), c.events(), c.spend(), c.mrr(), List.of(), c.rows());
  }

  /** Where the data came from. */
  public String source() {
    return source;
  }

  /** The leads by id (the first row of an id wins). */
  public Map<LeadId, Lead> leads() {
    return leads;
  }

  /** The lead's data, if the leads file has it. */
  public Optional<Lead> lead(LeadId id) {
    return Optional.ofNullable(leads.get(id));
  }

  /** One history per lead, from the events. */
  public List<LeadEventHistory> histories() {
    return histories;
  }

  /** The number of events read. */
  public long eventCount() {
    return events;
  }

  /** The spend records. */
  public List<SpendRecord> spend() {
    return spend;
  }

  /** The MRR records. */
  public List<MrrRecord> mrr() {
    return mrr;
  }

  /** Every rejected input row. */
  public List<Finding> errors() {
    return errors;
  }

  /** The number of data rows (lines) read, good and bad. */
  public long rowsRead() {
    return rowsRead;
  }

  /** The number of rejected rows (a row with several errors counts once). */
  public long rowsRejected() {
    return errors.stream().map(e -> e.source() + ":" + e.line()).distinct().count();
  }

  /** The rejected rows counted by rule. */
  public Map<String, Long> rejectionsByRule() {
    Map<String, Long> out = new LinkedHashMap<>();
    errors.forEach(e -> out.merge(e.rule(), 1L, Long::sum));
    return out;
  }

  @Override
  public String toString() {
    return "HealthInput[" + source + ": " + leads.size() + " leads, " + events + " events, " + spend.size()
        + " spend, " + mrr.size() + " MRR records, " + rowsRejected() + " rows rejected]";
  }
}
