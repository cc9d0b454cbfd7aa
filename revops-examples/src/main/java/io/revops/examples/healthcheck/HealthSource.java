package io.revops.examples.healthcheck;

import static java.util.Objects.requireNonNull;

import io.revops.core.history.LeadEvent;
import io.revops.core.lead.Lead;
import io.revops.examples.data.MrrRecord;
import io.revops.examples.data.SpendRecord;
import io.revops.examples.io.JsonlReader;
import io.revops.core.batch.Finding;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Where a health check reads its data from: streams of leads, lead events, spend and MRR records, each read
 * anew on every call, each good row handed to a consumer as it is read and each bad row reported as a
 * {@link Finding}. A JSON Lines folder ({@link #of(Path)}) and data held in memory ({@link HealthInput}) are
 * sources; a CRM import becomes one by implementing these four reads.
 *
 * <p>The health check streams: it reads spend and MRR (small), then the events, grouping them by lead as they
 * arrive, and joins each group with its lead's data. It is fastest when each lead's events are on consecutive
 * rows and the leads come in the order of their first event (as an export sorted by lead writes them); other
 * orders cost one spill of the data to temporary files ({@link StreamingHealthCheck}).
 */
public interface HealthSource {
  /** Where the data comes from, for messages and the report. */
  String description();

  /** Reads the leads; returns the number of data rows read, good and bad. */
  long leads(Consumer<? super Lead> values, Consumer<? super Finding> errors) throws IOException;

  /** Reads the lead events; returns the number of data rows read, good and bad. */
  long events(Consumer<? super LeadEvent> values, Consumer<? super Finding> errors) throws IOException;

  /** Reads the spend records (none if the source has none); returns the number of data rows read. */
  long spend(Consumer<? super SpendRecord> values, Consumer<? super Finding> errors) throws IOException;

  /** Reads the MRR records (none if the source has none); returns the number of data rows read. */
  long mrr(Consumer<? super MrrRecord> values, Consumer<? super Finding> errors) throws IOException;

  /**
   * A quick look at the events before they are read: the plausible range of their timestamps (whose latest
   * event is the default "as of"), whether each lead's events are on consecutive rows, and the number of rows.
   * The health check trusts nothing of it blindly: it checks the range and the grouping while reading and reads
   * again when they were wrong. It runs on a thread of its own, beside the reading of spend and MRR.
   *
   * <p>This default reads (and parses) every event; a source that can look cheaper overrides it.
   */
  default EventScan scanEvents() throws IOException {
    EventScan.Builder scan = EventScan.builder();
    events(e -> scan.add(e.leadId().value(), e.at()), e -> { });
    return scan.result();
  }

  /**
   * The JSON Lines data folder {@code dir} ({@link io.revops.examples.io.JsonlSchema}).
   *
   * @throws NoSuchFileException if the folder, its leads file or its events file does not exist
   */
  static HealthSource of(Path dir) throws NoSuchFileException {
    return new JsonlSource(JsonlReader.fromDirectory(requireNonNull(dir, "dir")), dir);
  }

  /** The sample bundled with the examples. */
  static HealthSource bundledSample() {
    return new JsonlSource(JsonlReader.bundledSample(), null);
  }
}
