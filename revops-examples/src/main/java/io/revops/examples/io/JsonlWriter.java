package io.revops.examples.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.revops.core.history.LeadEvent;
import io.revops.json.RevOpsJson;
import io.revops.core.lead.Lead;
import io.revops.examples.data.MrrRecord;
import io.revops.examples.data.OrderRecord;
import io.revops.examples.data.SampleSink;
import io.revops.examples.data.SpendRecord;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes generated data as the five JSON Lines files of a data folder ({@link JsonlSchema}), one value per line,
 * as it arrives: memory does not grow with the size of the data.
 *
 * <p>Instances are not thread-safe and must be closed.
 */
public final class JsonlWriter implements SampleSink, Closeable {
  private final ObjectMapper mapper = RevOpsJson.mapper();
  private final Writer leads;
  private final Writer events;
  private final Writer spend;
  private final Writer mrr;
  private final Writer orders;
  private long leadCount;
  private long eventCount;

  private JsonlWriter(Path dir, boolean gzip) throws IOException {
    Files.createDirectories(dir);
    String suffix = gzip ? ".gz" : "";
    this.leads = open(dir.resolve(JsonlSchema.LEADS + suffix), gzip);
    this.events = open(dir.resolve(JsonlSchema.EVENTS + suffix), gzip);
    this.spend = open(dir.resolve(JsonlSchema.SPEND + suffix), gzip);
    this.mrr = open(dir.resolve(JsonlSchema.MRR + suffix), gzip);
    this.orders = open(dir.resolve(JsonlSchema.ORDERS + suffix), gzip);
  }

  /**
   * A writer into {@code dir} (created if missing), replacing any files of the same names.
   *
   * @param gzip true to write {@code *.jsonl.gz}, false for plain {@code *.jsonl}
   */
  public static JsonlWriter create(Path dir, boolean gzip) throws IOException {
    return new JsonlWriter(requireNonNull(dir, "dir"), gzip);
  }

  private static Writer open(Path file, boolean gzip) throws IOException {
    OutputStream out = Files.newOutputStream(file);
    if (gzip) {
      out = new GZIPOutputStream(out, 1 << 16);
    }
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }

  @Override
  public void lead(Lead lead, List<LeadEvent> leadEvents) {
    line(leads, lead);
    leadCount++;
    for (LeadEvent e : leadEvents) {
      line(events, e);
      eventCount++;
    }
  }

  @Override
  public void spend(SpendRecord record) {
    line(spend, JsonlSchema.spendToJson(record));
  }

  @Override
  public void mrr(MrrRecord record) {
    line(mrr, JsonlSchema.mrrToJson(record));
  }

  @Override
  public void order(OrderRecord record) {
    line(orders, JsonlSchema.orderToJson(record));
  }

  /** The number of leads written so far. */
  public long leadsWritten() {
    return leadCount;
  }

  /** The number of lead events written so far. */
  public long eventsWritten() {
    return eventCount;
  }

  private void line(Writer out, Object value) {
    try {
      out.write(mapper.writeValueAsString(value));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (Writer w : new Writer[] {leads, events, spend, mrr, orders}) {
      try {
        w.close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
