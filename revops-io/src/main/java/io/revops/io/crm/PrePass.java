package io.revops.io.crm;

import io.revops.io.csv.CsvHeader;
import io.revops.io.csv.CsvReader;
import io.revops.io.csv.CsvRow;
import io.revops.io.csv.TextEncoding;
import io.revops.io.profile.Field;
import io.revops.io.profile.FileSpec;
import io.revops.io.profile.Role;
import io.revops.io.profile.WithoutLead;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The pre-pass over an import's leads and opportunities files, before the reading pass, so that a repeated id
 * is judged on all its rows whatever their order ({@link LeadIndex}):
 *
 * <ol>
 *   <li>every file's id columns are scanned without decoding the file or making a string of any cell
 *       ({@link CsvReader#scan} over {@link TextEncoding#openBytes}): each row's lead id and deal id, stripped as
 *       the reading strips them, is fingerprinted into the index; a row the reading will reject may be counted
 *       too, a row it reads never missed;</li>
 *   <li>only if a fingerprint was seen twice, the files are read again as the reading pass reads them, and the
 *       rows of those fingerprints are counted exactly ({@link Rows#countExactly}).</li>
 * </ol>
 *
 * <p>A deal of a file whose {@link WithoutLead} is {@code own_lead} is counted as a lead of its own in step 1
 * whether or not it names a lead (a superset: step 2 decides exactly).
 *
 * <p>Cost: one scan of each file's bytes (plus its header, decoded, to find the columns); step 2, when it runs,
 * one decoding read of each file. Memory: the index.
 */
final class PrePass {
  /** A file to count and the profile's file it was matched to. */
  record File(ExportFile file, FileSpec spec) {}

  private PrePass() {}

  /** Counts the ids of the leads and opportunities files among {@code files} into {@code rows}' indexes. */
  static void count(List<File> files, Rows rows, ZoneId zone) {
    List<File> counted = files.stream()
        .filter(f -> f.spec().role() == Role.LEADS || f.spec().role() == Role.OPPORTUNITIES).toList();
    for (File f : counted) {
      scan(f, rows);
    }
    if (rows.repeats()) {
      for (File f : counted) {
        countExactly(f, rows, zone);
      }
    }
  }

  private static void scan(File f, Rows rows) {
    String name = f.file().name();
    try {
      CsvHeader header;
      char delimiter;
      TextEncoding.Decoded decoded = f.spec().encoding().open(f.file().open());
      try (CsvReader r = CsvReader.open(decoded.reader(), name, f.spec().delimiter(), decoded.tried(), x -> { })) {
        header = r.header();
        delimiter = r.delimiter();
      }
      FileSpec spec = f.spec().resolve(header::contains);
      boolean leadsFile = spec.role() == Role.LEADS;
      Field idField = leadsFile ? Field.LEAD_ID : Field.OPPORTUNITY_ID;
      int column = column(spec, header, idField);
      String constant = spec.constants().get(idField);
      String ownPrefix = !leadsFile && spec.withoutLead() == WithoutLead.OWN_LEAD ? spec.ownLeadIdPrefix() : null;
      TextEncoding.Bytes bytes = f.spec().encoding().openBytes(f.file().open());
      boolean asBytes = bytes.bytes() && delimiter < 0x80;
      TextEncoding.Bytes in = asBytes ? bytes : decodedBytes(f, bytes);
      StringBuilder id = new StringBuilder();
      StringBuilder own = new StringBuilder();
      try (CsvReader r = CsvReader.open(in.reader(), name, Optional.of(delimiter), in.tried(), x -> { })) {
        if (column < 0) {
          countRows(r, constant, ownPrefix, leadsFile, rows);
          return;
        }
        r.scan(new int[] {column}, (line, cells) -> {
          CharSequence text = stripped(cells[0], in, id);
          CharSequence value = text.length() > 0 ? text : constant;
          if (value != null) {
            count(value, ownPrefix, leadsFile, rows, own);
          }
        });
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    }
  }

  /** The file decoded (a UTF-16 file, or a delimiter beyond ASCII): the scan reads characters, not bytes. */
  private static TextEncoding.Bytes decodedBytes(File f, TextEncoding.Bytes bytes) throws IOException {
    bytes.reader().close();
    TextEncoding.Decoded d = f.spec().encoding().open(f.file().open());
    return new TextEncoding.Bytes(d.reader(), d.charset(), false, d.tried());
  }

  /** A file without the id column: every row has the profile's constant id (or none). */
  private static void countRows(CsvReader r, String constant, String ownPrefix, boolean leadsFile, Rows rows) {
    StringBuilder own = new StringBuilder();
    r.scan(new int[0], (line, cells) -> {
      if (constant != null) {
        count(constant, ownPrefix, leadsFile, rows, own);
      }
    });
  }

  /** Counts one row's id: a lead's, or a deal's and, if it may be a lead of its own, that lead's. */
  private static void count(CharSequence value, String ownPrefix, boolean leadsFile, Rows rows, StringBuilder own) {
    if (leadsFile) {
      rows.countLead(value);
      return;
    }
    rows.countDeal(value);
    if (ownPrefix != null) {
      own.setLength(0);
      rows.countLead(own.append(ownPrefix).append(value));
    }
  }

  /**
   * The cell stripped as {@link String#strip()} strips the decoded cell: in {@code into} (reused) for an
   * ASCII cell, else decoded.
   */
  private static CharSequence stripped(CharSequence cell, TextEncoding.Bytes in, StringBuilder into) {
    int from = 0;
    int to = cell.length();
    for (int i = 0; i < to; i++) {
      if (cell.charAt(i) >= 0x80) {
        return in.decode(cell).strip();
      }
    }
    while (from < to && Character.isWhitespace(cell.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(cell.charAt(to - 1))) {
      to--;
    }
    into.setLength(0);
    into.append(cell, from, to);
    return into;
  }

  private static int column(FileSpec spec, CsvHeader header, Field f) {
    String h = spec.columns().get(f);
    return h == null ? -1 : header.indexOf(h).orElse(-1);
  }

  /** Step 2: the rows of the fingerprints seen twice, read as the reading pass reads them. */
  private static void countExactly(File f, Rows rows, ZoneId zone) {
    String name = f.file().name();
    try {
      TextEncoding.Decoded decoded = f.spec().encoding().open(f.file().open());
      try (CsvReader r = CsvReader.open(decoded.reader(), name, f.spec().delimiter(), decoded.tried(), x -> { })) {
        Cells ids = new Cells(f.spec().resolve(r.header()::contains), r.header(), name, zone, x -> { },
            new ImportSummary.FileSummary(name, f.spec().name(), f.spec().role().jsonName(), "", r.delimiter()));
        while (r.hasNext()) {
          CsvRow row = r.next();
          ids.start(row);
          rows.countExactly(ids, name, row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    }
  }
}
