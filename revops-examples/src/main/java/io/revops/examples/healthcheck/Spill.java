package io.revops.examples.healthcheck;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.revops.core.history.LeadEvent;
import io.revops.core.history.LeadEventHistory;
import io.revops.core.lead.Lead;
import io.revops.core.lead.LeadId;
import io.revops.examples.io.JsonlReader;
import io.revops.examples.io.JsonlSchema;
import io.revops.core.batch.Finding;
import io.revops.json.RevOpsJson;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The health check's pass over input that is not grouped by lead: leads and events are read once, each good
 * row is written to one of {@code n} partitions of a temporary folder by a hash of its lead id (in the JSON of
 * {@link RevOpsJson}, one row per line), then each partition is read back in turn, grouped by lead in memory,
 * joined and evaluated; the folder is deleted at the end, also on failure.
 *
 * <p>Rows are rejected (and reported, in file order) while partitioning; reading a partition back cannot
 * reject anything it wrote. Partitions hold about {@value #EVENTS_PER_PARTITION} events each, so memory is
 * bounded by one partition's leads and events whatever the size of the input.
 *
 * <p>Cost: each good row is parsed twice and written once (about three times the grouped pass).
 */
final class Spill implements Closeable {
  /** The events a partition is sized for. */
  static final long EVENTS_PER_PARTITION = 50_000;
  private static final ObjectMapper MAPPER = RevOpsJson.mapper();

  private final Path dir;
  private final Writer[] leads;
  private final Writer[] events;

  private Spill(Path dir, int partitions) throws IOException {
    this.dir = dir;
    this.leads = new Writer[partitions];
    this.events = new Writer[partitions];
    for (int p = 0; p < partitions; p++) {
      Path part = Files.createDirectory(dir.resolve(Integer.toString(p)));
      leads[p] = Files.newBufferedWriter(part.resolve(JsonlSchema.LEADS), StandardCharsets.UTF_8);
      events[p] = Files.newBufferedWriter(part.resolve(JsonlSchema.EVENTS), StandardCharsets.UTF_8);
    }
  }

  /** The partitions for about {@code eventRows} events. */
  static int partitions(long eventRows) {
    return (int) Math.max(1, Math.min(1024, eventRows / EVENTS_PER_PARTITION + 1));
  }

  /**
   * One pass over {@code source} through a spill: every lead and event added to {@code sink}.
   *
   * @param eventRows about how many event rows the source has (sizes the partitions)
   */
  static <P> P pass(HealthSource source, PassSink sink, long eventRows, Progress progress,
      StreamingHealthCheck.PassResult<P> result) throws IOException {
    Path dir = Files.createTempDirectory("revops-health-check-");
    try {
      int n = partitions(eventRows);
      RowErrors leadErrors = new RowErrors();
      RowErrors eventErrors = new RowErrors();
      long rows;
      long[] count = {0};
      try (Spill spill = new Spill(dir, n)) {
        progress.phase("spilling leads to " + n + " partitions");
        long[] leadCount = {0};
        rows = source.leads(l -> {
          spill.write(spill.leads, l.id(), l);
          progress.rows(++leadCount[0]);
        }, leadErrors);
        progress.done(leadCount[0]);
        progress.phase("spilling events to " + n + " partitions");
        rows += source.events(e -> {
          spill.write(spill.events, e.leadId(), e);
          progress.rows(++count[0]);
        }, eventErrors);
        progress.done(count[0]);
      }
      progress.phase("evaluating " + n + " partitions");
      long evaluated = 0;
      for (int p = 0; p < n; p++) {
        JsonlReader part = JsonlReader.fromDirectory(dir.resolve(Integer.toString(p)));
        Map<LeadId, Lead> leads = new LinkedHashMap<>();
        List<LeadEvent> events = new ArrayList<>();
        List<Finding> unexpected = new ArrayList<>();
        part.leads(l -> leads.putIfAbsent(l.id(), l), unexpected::add);
        part.events(events::add, unexpected::add);
        if (!unexpected.isEmpty()) {
          throw new IllegalStateException("a spilled row did not read back: " + unexpected.get(0));
        }
        for (LeadEventHistory h : LeadEventHistory.groupByLead(events)) {
          sink.add(h, Optional.ofNullable(leads.get(h.leadId())));
        }
        evaluated += events.size();
        progress.rows(evaluated);
      }
      progress.done(evaluated);
      return result.of(sink, count[0], rows, leadErrors.merge(eventErrors));
    } finally {
      delete(dir);
    }
  }

  private void write(Writer[] files, LeadId id, Object value) {
    int p = (int) Math.floorMod(LeadIdSet.hash(id.value()), (long) files.length);
    try {
      files[p].write(MAPPER.writeValueAsString(value));
      files[p].write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (Writer[] files : List.of(leads, events)) {
      for (Writer w : files) {
        try {
          if (w != null) {
            w.close();
          }
        } catch (IOException e) {
          first = first == null ? e : first;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  @Override
  public String toString() {
    return "Spill[" + leads.length + " partitions in " + dir + "]";
  }
}
