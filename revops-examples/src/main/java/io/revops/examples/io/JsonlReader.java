package io.revops.examples.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.revops.core.history.LeadEvent;
import io.revops.json.JsonPathException;
import io.revops.json.RevOpsJson;
import io.revops.core.lead.Lead;
import io.revops.examples.data.MrrRecord;
import io.revops.examples.data.SpendRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads a JSON Lines data folder ({@link JsonlSchema}) line by line: each good line is handed to a consumer as
 * soon as it is read, each bad line is reported as a {@link RowError} (file, line, JSON path, value, rule) and
 * the reading goes on. Memory does not grow with the size of the files.
 *
 * <p>This class is immutable and thread-safe; each read opens the file anew.
 */
public final class JsonlReader {
  /** Where the bundled sample lives on the class path. */
  public static final String SAMPLE_RESOURCE = "/io/revops/examples/sample/";

  private static final ObjectMapper MAPPER = RevOpsJson.mapper();
  private static final int MAX_VALUE_LENGTH = 120;

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
      return Files.isRegularFile(gz) ? Optional.of(new GZIPInputStream(Files.newInputStream(gz), 1 << 16))
          : Optional.empty();
    });
  }

  /** A reader of the sample bundled with this module ({@link io.revops.examples.data.SampleConfig#bundled()}). */
  public static JsonlReader bundledSample() {
    return new JsonlReader("the bundled sample (" + io.revops.examples.data.SampleConfig.bundled() + ")", file -> {
      InputStream in = JsonlReader.class.getResourceAsStream(SAMPLE_RESOURCE + file + ".gz");
      return in == null ? Optional.empty() : Optional.of(new GZIPInputStream(in, 1 << 16));
    });
  }

  /** Where this reader reads from, for messages. */
  public String description() {
    return description;
  }

  /** Reads {@code leads.jsonl}; returns the number of non-blank lines read. */
  public long leads(Consumer<? super Lead> values, Consumer<? super RowError> errors) throws IOException {
    ObjectReader reader = MAPPER.readerFor(Lead.class);
    return read(JsonlSchema.LEADS, node -> reader.readValue(node), values, errors);
  }

  /** Reads {@code events.jsonl}; returns the number of non-blank lines read. */
  public long events(Consumer<? super LeadEvent> values, Consumer<? super RowError> errors) throws IOException {
    ObjectReader reader = MAPPER.readerFor(LeadEvent.class);
    return read(JsonlSchema.EVENTS, node -> reader.readValue(node), values, errors);
  }

  /** Reads {@code spend.jsonl} if present (0 lines otherwise); returns the number of non-blank lines read. */
  public long spend(Consumer<? super SpendRecord> values, Consumer<? super RowError> errors) throws IOException {
    return read(JsonlSchema.SPEND, JsonlSchema::spendFromJson, values, errors);
  }

  /** Reads {@code mrr.jsonl} if present (0 lines otherwise); returns the number of non-blank lines read. */
  public long mrr(Consumer<? super MrrRecord> values, Consumer<? super RowError> errors) throws IOException {
    return read(JsonlSchema.MRR, JsonlSchema::mrrFromJson, values, errors);
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

  private interface Decoder<T> {
    T decode(JsonNode node) throws IOException, JsonlSchema.BadValue;
  }

  private <T> long read(String file, Decoder<T> decoder, Consumer<? super T> values,
      Consumer<? super RowError> errors) throws IOException {
    requireNonNull(values, "values");
    requireNonNull(errors, "errors");
    Optional<InputStream> in = opener.open(file);
    if (in.isEmpty()) {
      return 0;
    }
    long read = 0;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in.get(), StandardCharsets.UTF_8), 1 << 16)) {
      long number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        read++;
        JsonNode node;
        try {
          node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
          errors.accept(new RowError(file, number, "$", shorten(line), "must be one JSON object: "
              + e.getOriginalMessage()));
          continue;
        }
        try {
          T value = decoder.decode(node);
          if (value == null) {
            errors.accept(new RowError(file, number, "$", shorten(line), "must not be null"));
          } else {
            values.accept(value);
          }
        } catch (JsonlSchema.BadValue e) {
          errors.accept(new RowError(file, number, e.path, shorten(e.value), e.rule));
        } catch (JsonPathException e) {
          errors.accept(new RowError(file, number, e.path(), valueAt(node, e.path()), e.problem()));
        } catch (JsonProcessingException e) {
          errors.accept(new RowError(file, number, "$", shorten(line), e.getOriginalMessage()));
        }
      }
    }
    return read;
  }

  /** The value at a JSON path such as {@code $.company.employees} or {@code $.behaviour[3].at}, as text. */
  static String valueAt(JsonNode node, String path) {
    if (path == null || !path.startsWith("$")) {
      return "";
    }
    StringBuilder pointer = new StringBuilder();
    for (String part : path.substring(1).replace("[", ".").replace("]", "").split("\\.")) {
      if (!part.isEmpty()) {
        pointer.append('/').append(part.replace("~", "~0").replace("/", "~1"));
      }
    }
    JsonNode v;
    try {
      v = node.at(JsonPointer.compile(pointer.toString()));
    } catch (IllegalArgumentException e) {
      return "";
    }
    if (v == null || v.isMissingNode()) {
      return "";
    }
    return shorten(v.isValueNode() ? v.asText() : v.toString());
  }

  private static String shorten(String s) {
    return s.length() <= MAX_VALUE_LENGTH ? s : s.substring(0, MAX_VALUE_LENGTH - 1) + "…";
  }

  @Override
  public String toString() {
    return "JsonlReader[" + description + "]";
  }
}
