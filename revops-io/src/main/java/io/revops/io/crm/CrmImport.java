package io.revops.io.crm;

import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Finding;
import io.revops.core.history.LeadEvent;
import io.revops.io.csv.CsvHeader;
import io.revops.io.csv.CsvReader;
import io.revops.io.csv.CsvRow;
import io.revops.io.csv.TextEncoding;
import io.revops.io.profile.Field;
import io.revops.io.profile.FileSpec;
import io.revops.io.profile.Profile;
import io.revops.io.profile.Role;
import io.revops.io.profile.StageMeaning;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a CRM export through a {@link Profile}: matches each file to the profile's file whose columns its
 * header has, reads the files in {@link Role} order (leads before activities and opportunities) and hands out
 * the records as a stream, reporting every rejected row as a {@link Finding}.
 *
 * <pre>{@code
 * Findings findings = Findings.create();
 * CrmImport.Run run = CrmImport.of(Profiles.builtIn("amocrm")).open(List.of(ExportFile.of(path)), findings);
 * try (Stream<CrmRecord> records = run.records()) {
 *   records.forEach(...);
 * }
 * run.summary().describe();  // each column mapped or ignored, each value not mapped
 * }</pre>
 *
 * <p>A file that matches no file of the profile is a finding about that file (it is not read). Only an input
 * that cannot be read at all is an exception ({@link UncheckedIOException} from the stream).
 *
 * <p>Cost: one pass over each file (plus its header once to match it), and before it a scan of the leads and
 * opportunities files' id columns without decoding them (see {@code PrePass}; a second, decoding read of those
 * files only when an id is on several rows); memory holds one row and the ids of the leads read (see
 * {@code Rows}).
 *
 * <p>This class is immutable and thread-safe; a {@link Run} is not.
 */
public final class CrmImport {
  private final Profile profile;

  private CrmImport(Profile profile) {
    this.profile = requireNonNull(profile, "profile");
  }

  /** An import through {@code profile}. */
  public static CrmImport of(Profile profile) {
    return new CrmImport(profile);
  }

  /** The profile. */
  public Profile profile() {
    return profile;
  }

  /**
   * Matches {@code files} to the profile's files (reading each header now) and prepares the reading.
   *
   * @throws IOException if a file cannot be opened
   */
  public Run open(List<ExportFile> files, Consumer<Finding> findings) throws IOException {
    requireNonNull(files, "files");
    requireNonNull(findings, "findings");
    List<Matched> matched = new ArrayList<>();
    for (ExportFile f : requireNonNull(files, "files")) {
      Optional<FileSpec> spec = match(f, findings);
      spec.ifPresent(s -> matched.add(new Matched(f, s)));
    }
    matched.sort(Comparator.comparing(m -> m.spec().role()));
    return new Run(matched, findings);
  }

  private record Matched(ExportFile file, FileSpec spec) {}

  private Optional<FileSpec> match(ExportFile file, Consumer<Finding> findings) throws IOException {
    CsvHeader header;
    TextEncoding encoding = profile.files().stream().map(FileSpec::encoding).distinct().count() == 1
        ? profile.files().get(0).encoding() : TextEncoding.DETECT;
    List<Optional<Character>> delimiters = profile.files().stream().map(FileSpec::delimiter).distinct().toList();
    TextEncoding.Decoded decoded = encoding.open(file.open());
    try (CsvReader reader = CsvReader.open(decoded.reader(), file.name(),
        delimiters.size() == 1 ? delimiters.get(0) : Optional.empty(), decoded.tried(), f -> { })) {
      header = reader.header();
    }
    FileSpec best = null;
    long bestScore = -1;
    boolean tie = false;
    for (FileSpec choices : profile.files()) {
      FileSpec spec = choices.resolve(header::contains);
      boolean hasRequired = spec.role().required().stream().allMatch(f -> header.contains(spec.columns().get(f)));
      if (!hasRequired) {
        continue;
      }
      long score = spec.mappedHeaders().stream().filter(header::contains).count();
      if (score > bestScore) {
        best = spec;
        bestScore = score;
        tie = false;
      } else if (score == bestScore) {
        tie = true;
      }
    }
    if (best == null) {
      findings.accept(Finding.ofSource(file.name(), "the file must match a file of profile " + profile.name()
          + ": its header has the columns of none of " + profile.files().stream()
              .map(s -> s.name() + " (" + s.role().required().stream().map(r -> s.columns().get(r))
                  .collect(Collectors.joining(", ")) + ")").collect(Collectors.joining("; "))
          + "; the file is not read"));
      return Optional.empty();
    }
    if (tie) {
      findings.accept(Finding.ofSource(file.name(), "the file matches several files of profile " + profile.name()
          + " equally; it is read as " + best.name()));
    }
    return Optional.of(best);
  }

  /** One reading of matched files; its {@link #summary()} is complete once the stream is consumed. */
  public final class Run {
    private final List<Matched> files;
    private final Consumer<Finding> findings;
    private final ImportSummary summary = new ImportSummary(profile.name());
    private final boolean leadsGiven;
    private final boolean dealsFollow;
    private final boolean activitiesFollow;
    private boolean started;

    private Run(List<Matched> files, Consumer<Finding> findings) {
      this.files = List.copyOf(files);
      this.findings = findings;
      this.leadsGiven = files.stream().anyMatch(m -> m.spec().role() == Role.LEADS);
      this.dealsFollow = files.stream().anyMatch(m -> m.spec().role() == Role.OPPORTUNITIES);
      this.activitiesFollow = files.stream().anyMatch(m -> m.spec().role() == Role.ACTIVITIES);
    }

    /** The files in the order they will be read, with the profile file each was matched to. */
    public Map<String, String> files() {
      return files.stream().collect(Collectors.toMap(m -> m.file().name(), m -> m.spec().name(), (a, b) -> a,
          java.util.LinkedHashMap::new));
    }

    /**
     * The records of every file, lazily: a file is opened when the stream reaches it. Call once; close the
     * stream (or consume it) to close the file being read.
     *
     * @throws IllegalStateException if called twice
     * @throws UncheckedIOException (from the stream) if a file cannot be read
     */
    public Stream<CrmRecord> records() {
      if (started) {
        throw new IllegalStateException("records() may be called once per run");
      }
      started = true;
      Records it = new Records();
      return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
          false).onClose(it::close);
    }

    /** What was understood of each file so far (complete once {@link #records()} is consumed). */
    public ImportSummary summary() {
      return summary;
    }

    /** Walks the files one after the other. */
    private final class Records implements Iterator<CrmRecord> {
      private final Rows rows = new Rows(leadsGiven, dealsFollow, activitiesFollow);
      private Iterator<LeadEvent> dealOutcomes;
      private int nextFile;
      private CsvReader reader;
      private Cells cells;
      private Matched current;
      private int[] dateColumns;
      private List<String> dateHeaders;
      private List<StageMeaning> dateMeanings;
      private long mappingRejects;
      private boolean counted;
      private CrmRecord next;

      @Override
      public boolean hasNext() {
        while (next == null) {
          if (reader == null && !openNext()) {
            return nextDealOutcome();
          }
          if (!reader.hasNext()) {
            finishFile();
            continue;
          }
          CsvRow row = reader.next();
          cells.start(row);
          next = switch (current.spec().role()) {
            case LEADS -> rows.lead(cells, row, dateColumns, dateHeaders, dateMeanings);
            case ACTIVITIES -> rows.activity(cells);
            case OPPORTUNITIES -> rows.opportunity(cells, row);
            case SPEND -> rows.spend(cells);
            case MRR -> rows.mrr(cells);
          };
          if (cells.failed()) {
            mappingRejects++;
          }
        }
        return true;
      }

      /** After the last file: the outcome of each lead's deals, one record each (see DealOutcomes). */
      private boolean nextDealOutcome() {
        if (dealOutcomes == null) {
          dealOutcomes = rows.dealOutcomes(findings).iterator();
        }
        if (!dealOutcomes.hasNext()) {
          return false;
        }
        next = new CrmRecord.EventRow(List.of(dealOutcomes.next()));
        return true;
      }

      @Override
      public CrmRecord next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more records");
        }
        CrmRecord r = next;
        next = null;
        return r;
      }

      private boolean openNext() {
        if (nextFile >= files.size()) {
          return false;
        }
        current = files.get(nextFile++);
        if (!counted) {
          countLeads();
        }
        FileSpec spec;
        try {
          TextEncoding.Bytes decoded = openBytes(current.file(), current.spec());
          reader = CsvReader.open(decoded, current.file().name(), current.spec().delimiter(), findings);
          spec = current.spec().resolve(reader.header()::contains);
          ImportSummary.FileSummary fs = summary.add(new ImportSummary.FileSummary(current.file().name(),
              spec.name(), spec.role().jsonName(), decoded.charset().name() + " (" + decoded.how() + ")",
              reader.delimiter()));
          describeColumns(spec, reader.header(), fs);
          cells = new Cells(spec, reader.header(), current.file().name(), profile.zone(), findings, fs);
        } catch (IOException e) {
          throw new UncheckedIOException(current.file().name() + ": " + e.getMessage(), e);
        }
        List<Map.Entry<String, StageMeaning>> events = new ArrayList<>(spec.dateEvents().entrySet());
        dateHeaders = events.stream().map(Map.Entry::getKey).toList();
        dateMeanings = events.stream().map(Map.Entry::getValue).toList();
        dateColumns = dateHeaders.stream().mapToInt(h -> reader.header().indexOf(h).orElse(-1)).toArray();
        mappingRejects = 0;
        return true;
      }

      /** The pre-pass over the leads and opportunities files (see {@link PrePass}). */
      private void countLeads() {
        counted = true;
        PrePass.count(files.stream().map(m -> new PrePass.File(m.file(), m.spec())).toList(), rows, profile.zone());
      }

      private void finishFile() {
        cells.summary().rows(reader.rowsRead(), reader.rowsRejected() + mappingRejects);
        close();
      }

      void close() {
        if (reader != null) {
          try {
            reader.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } finally {
            reader = null;
          }
        }
      }
    }
  }

  /**
   * The file's bytes as characters, each cell decoded by the reader ({@link CsvReader#open(TextEncoding.Bytes,
   * String, Optional, Consumer)}), or its decoded text when the charset or a non-ASCII delimiter needs it.
   */
  static TextEncoding.Bytes openBytes(ExportFile file, FileSpec spec) throws IOException {
    TextEncoding.Bytes bytes = spec.encoding().openBytes(file.open());
    if (!bytes.bytes() || spec.delimiter().isEmpty() || spec.delimiter().get() < 0x80) {
      return bytes;
    }
    bytes.reader().close();
    return TextEncoding.Bytes.of(spec.encoding().open(file.open()));
  }

  private static void describeColumns(FileSpec spec, CsvHeader header, ImportSummary.FileSummary fs) {
    for (String h : header.names()) {
      String meaning = "ignored";
      for (Map.Entry<Field, String> e : spec.columns().entrySet()) {
        if (e.getValue().equals(h)) {
          meaning = e.getKey().jsonName();
          break;
        }
      }
      StageMeaning event = spec.dateEvents().get(h);
      if (event != null) {
        meaning = "event " + event.name().toLowerCase(java.util.Locale.ROOT);
      }
      fs.column(h, meaning);
    }
    spec.columns().forEach((f, h) -> {
      if (!header.contains(h)) {
        fs.missing(f, h);
      }
    });
  }

  @Override
  public String toString() {
    return "CrmImport[" + profile.name() + "]";
  }
}
