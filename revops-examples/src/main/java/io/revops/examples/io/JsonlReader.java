package io.revops.examples.io;

import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Finding;
import io.revops.core.history.LeadEvent;
import io.revops.core.lead.Lead;
import io.revops.examples.data.MrrRecord;
import io.revops.examples.data.OrderRecord;
import io.revops.examples.data.SpendRecord;
import io.revops.json.Decoders;
import io.revops.json.JsonDecoder;
import io.revops.json.JsonLines;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a JSON Lines data folder ({@link JsonlSchema}) as streams: {@link #events(Consumer)} and its siblings hand
 * out a {@link JsonLines} iterator that parses each line straight into a domain value (Jackson's streaming parser,
 * no tree) and reports each bad line as a {@link Finding} (file, line, JSON path, bounded value, rule) while the
 * reading goes on. Memory does not grow with the size of the files. Files may be plain or gzipped
 * ({@code events.jsonl.gz}).
 *
 * <pre>{@code
 * Findings findings = Findings.create();
 * try (JsonLines<LeadEvent> events = JsonlReader.fromDirectory(dir).events(findings)) {
 *   events.forEachRemaining(accumulator::add);
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; each read opens the file anew.
 */
public final class JsonlReader {
  /** Where the bundled sample lives on the class path. */
  public static final String SAMPLE_RESOURCE = "/io/revops/examples/sample/";

  private interface Opener {
    Optional<InputStream> open(String file) throws IOException;
  }

  private final String description;
  private final Opener opener;

  private JsonlReader(String description, Opener opener) {
    this.description = description;
    this.opener = opener;
  }

  /**
   * A reader of the folder {@code dir}; each file may be plain ({@code leads.jsonl}) or gzipped
   * ({@code leads.jsonl.gz}).
   *
   * @throws NoSuchFileException if the folder, its leads file or its events file does not exist
   */
  public static JsonlReader fromDirectory(Path dir) throws NoSuchFileException {
    requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "not a folder");
    }
    for (String required : new String[] {JsonlSchema.LEADS, JsonlSchema.EVENTS}) {
      if (!Files.isRegularFile(dir.resolve(required)) && !Files.isRegularFile(dir.resolve(required + ".gz"))) {
        throw new NoSuchFileException(dir.resolve(required).toString(), null, "missing (nor " + required + ".gz)");
      }
    }
    return new JsonlReader(dir.toString(), file -> {
      Path plain = dir.resolve(file);
      if (Files.isRegularFile(plain)) {
        return Optional.of(Files.newInputStream(plain));
      }
      Path gz = dir.resolve(file + ".gz");
      return Files.isRegularFile(gz) ? Optional.of(Files.newInputStream(gz)) : Optional.empty();
    });
  }

  /** A reader of the sample bundled with this module ({@link io.revops.examples.data.SampleConfig#bundled()}). */
  public static JsonlReader bundledSample() {
    return new JsonlReader("the bundled sample (" + io.revops.examples.data.SampleConfig.bundled() + ")",
        file -> Optional.ofNullable(JsonlReader.class.getResourceAsStream(SAMPLE_RESOURCE + file + ".gz")));
  }

  /** Where this reader reads from, for messages. */
  public String description() {
    return description;
  }

  /** The leads of {@code leads.jsonl}, as a stream to be closed; bad lines go to {@code findings}. */
  public JsonLines<Lead> leads(Consumer<? super Finding> findings) throws IOException {
    return open(JsonlSchema.LEADS, Decoders.LEAD, findings);
  }

  /** The events of {@code events.jsonl}, as a stream to be closed; bad lines go to {@code findings}. */
  public JsonLines<LeadEvent> events(Consumer<? super Finding> findings) throws IOException {
    return open(JsonlSchema.EVENTS, Decoders.LEAD_EVENT, findings);
  }

  /** The records of {@code spend.jsonl} (none if it is missing); bad lines go to {@code findings}. */
  public JsonLines<SpendRecord> spend(Consumer<? super Finding> findings) throws IOException {
    return open(JsonlSchema.SPEND, JsonlSchema.SPEND_RECORD, findings);
  }

  /** The records of {@code mrr.jsonl} (none if it is missing); bad lines go to {@code findings}. */
  public JsonLines<MrrRecord> mrr(Consumer<? super Finding> findings) throws IOException {
    return open(JsonlSchema.MRR, JsonlSchema.MRR_RECORD, findings);
  }

  /** The orders of {@code orders.jsonl} (none if it is missing); bad lines go to {@code findings}. */
  public JsonLines<OrderRecord> orders(Consumer<? super Finding> findings) throws IOException {
    return open(JsonlSchema.ORDERS, JsonlSchema.ORDER_RECORD, findings);
  }

  /** Reads {@code leads.jsonl} into {@code values}; returns the number of non-blank lines read. */
  public long leads(Consumer<? super Lead> values, Consumer<? super Finding> errors) throws IOException {
    return drain(leads(requireNonNull(errors, "errors")), values);
  }

  /** Reads {@code events.jsonl} into {@code values}; returns the number of non-blank lines read. */
  public long events(Consumer<? super LeadEvent> values, Consumer<? super Finding> errors) throws IOException {
    return drain(events(requireNonNull(errors, "errors")), values);
  }

  /** Reads {@code spend.jsonl} if present (0 lines otherwise); returns the number of non-blank lines read. */
  public long spend(Consumer<? super SpendRecord> values, Consumer<? super Finding> errors) throws IOException {
    return drain(spend(requireNonNull(errors, "errors")), values);
  }

  /** Reads {@code mrr.jsonl} if present (0 lines otherwise); returns the number of non-blank lines read. */
  public long mrr(Consumer<? super MrrRecord> values, Consumer<? super Finding> errors) throws IOException {
    return drain(mrr(requireNonNull(errors, "errors")), values);
  }

  /** Reads {@code orders.jsonl} if present (0 lines otherwise); returns the number of non-blank lines read. */
  public long orders(Consumer<? super OrderRecord> values, Consumer<? super Finding> errors) throws IOException {
    return drain(orders(requireNonNull(errors, "errors")), values);
  }

  /** True if the file {@code name} (plain or gzipped) is there. */
  public boolean has(String name) throws IOException {
    Optional<InputStream> in = opener.open(name);
    if (in.isPresent()) {
      in.get().close();
      return true;
    }
    return false;
  }

  private <T> JsonLines<T> open(String file, JsonDecoder<T> decoder, Consumer<? super Finding> findings)
      throws IOException {
    requireNonNull(findings, "findings");
    InputStream in = opener.open(file).orElseGet(() -> new ByteArrayInputStream(new byte[0]));
    return JsonLines.read(in, file, decoder, findings);
  }

  private static <T> long drain(JsonLines<T> lines, Consumer<? super T> values) throws IOException {
    requireNonNull(values, "values");
    try (lines) {
      lines.forEachRemaining(values);
      return lines.recordsRead();
    }
  }


  @Override
  public String toString() {
    return "JsonlReader[" + description + "]";
  }
}
