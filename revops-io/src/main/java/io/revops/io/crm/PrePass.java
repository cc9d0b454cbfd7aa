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
import java.util.Arrays;
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
    boolean sorted = counted.size() == 1 && counted.get(0).spec().role() == Role.LEADS && !rows.leadsJoined()
        && scan(counted.get(0), new Sorted(rows));
    if (sorted) {
      rows.sortedLeads();
    } else {
      // the ids of a sorted scan cut short are all counted again (those it marked as repeated are repeated)
      for (File f : counted) {
        scan(f, new Counted(rows, f));
      }
    }
    if (rows.repeats()) {
      for (File f : counted) {
        countExactly(f, rows, zone);
      }
    }
  }

  /** Where a file's ids go; false to stop the scan. */
  private interface Ids {
    boolean id(CharSequence id);
  }

  /** Every id into the index (and a deal's own lead id, if the deal may be a lead of its own). */
  private static final class Counted implements Ids {
    private final Rows rows;
    private final boolean leadsFile;
    private final String ownPrefix;
    private final StringBuilder own = new StringBuilder();

    Counted(Rows rows, File f) {
      this.rows = rows;
      this.leadsFile = f.spec().role() == Role.LEADS;
      this.ownPrefix = !leadsFile && f.spec().withoutLead() == WithoutLead.OWN_LEAD ? f.spec().ownLeadIdPrefix() : null;
    }

    @Override
    public boolean id(CharSequence id) {
      if (leadsFile) {
        rows.countLead(id);
        return true;
      }
      rows.countDeal(id);
      if (ownPrefix != null) {
        own.setLength(0);
        rows.countLead(own.append(ownPrefix).append(id));
      }
      return true;
    }
  }

  /**
   * A leads file's ids while they are sorted (ascending or descending in {@link #compare}'s order, ties
   * adjacent): only an id equal to the one before is counted, as repeated; false at the first id out of order.
   */
  private static final class Sorted implements Ids {
    private final Rows rows;
    private Id previous = new Id();
    private Id current = new Id();
    private boolean started;
    private boolean repeated;
    private int direction;

    Sorted(Rows rows) {
      this.rows = rows;
    }

    @Override
    public boolean id(CharSequence id) {
      current.set(id);
      int c = started ? Integer.signum(compare(current, previous)) : 0;
      if (started && c == 0) {
        if (!repeated) {
          rows.repeatedLead(id);
          repeated = true;
        }
        return true;
      }
      if (c != 0 && direction != 0 && c != direction) {
        return false;
      }
      direction = c == 0 ? direction : c;
      started = true;
      repeated = false;
      Id was = previous;
      previous = current;
      current = was;
      return true;
    }
  }

  /** An id's characters, copied into a reused array, and whether it is all digits (after how many zeros). */
  private static final class Id {
    char[] chars = new char[32];
    int length;
    boolean digits;
    int zeros;

    void set(CharSequence id) {
      length = id.length();
      if (chars.length < length) {
        chars = new char[Math.max(length, 2 * chars.length)];
      }
      boolean allDigits = length > 0;
      for (int i = 0; i < length; i++) {
        char ch = id.charAt(i);
        chars[i] = ch;
        allDigits &= ch >= '0' && ch <= '9';
      }
      digits = allDigits;
      int z = 0;
      while (allDigits && z < length - 1 && chars[z] == '0') {
        z++;
      }
      zeros = z;
    }
  }

  /**
   * A total order of ids, equal only for equal ids: ids of digits first, by number (then as written, so that
   * {@code 007} and {@code 7} differ), then the others by character.
   */
  static int compare(CharSequence a, CharSequence b) {
    Id x = new Id();
    Id y = new Id();
    x.set(a);
    y.set(b);
    return compare(x, y);
  }

  private static int compare(Id a, Id b) {
    if (a.digits != b.digits) {
      return a.digits ? -1 : 1;
    }
    if (a.digits) {
      int byLength = Integer.compare(a.length - a.zeros, b.length - b.zeros);
      if (byLength != 0) {
        return byLength;
      }
      for (int k = 0; a.zeros + k < a.length; k++) {
        int byDigit = Character.compare(a.chars[a.zeros + k], b.chars[b.zeros + k]);
        if (byDigit != 0) {
          return byDigit;
        }
      }
    }
    return Arrays.compare(a.chars, 0, a.length, b.chars, 0, b.length);
  }

  /** Scans the id column of {@code f} into {@code ids}; false if {@code ids} stopped it. */
  private static boolean scan(File f, Ids ids) {
    String name = f.file().name();
    try {
      TextEncoding.Bytes in = CrmImport.openBytes(f.file(), f.spec());
      StringBuilder id = new StringBuilder();
      try (CsvReader r = CsvReader.open(in, name, f.spec().delimiter(), x -> { })) {
        CsvHeader header = r.header();
        FileSpec spec = f.spec().resolve(header::contains);
        Field idField = spec.role() == Role.LEADS ? Field.LEAD_ID : Field.OPPORTUNITY_ID;
        String h = spec.columns().get(idField);
        int column = h == null ? -1 : header.indexOf(h).orElse(-1);
        String constant = spec.constants().get(idField);
        r.scan(column < 0 ? new int[0] : new int[] {column}, (line, cells) -> {
          CharSequence text = column < 0 ? "" : stripped(cells[0], in, id);
          CharSequence value = text.length() > 0 ? text : constant;
          if (value != null && !ids.id(value)) {
            throw STOP;
          }
        });
      } catch (Stop stop) {
        return false;
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    }
  }

  /** Stops a scan (thrown through {@link CsvReader#scan}, caught at once). */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super("the scan was stopped", null, false, false);
    }
  }

  private static final Stop STOP = new Stop();

  /**
   * The cell stripped as {@link String#strip()} strips the decoded cell: the cell itself or, if stripped, in
   * {@code into} (reused) for an ASCII cell; else decoded.
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
    if (from == 0 && to == cell.length()) {
      return cell;
    }
    into.setLength(0);
    into.append(cell, from, to);
    return into;
  }

  /** Step 2: the rows of the fingerprints seen twice, read as the reading pass reads them. */
  private static void countExactly(File f, Rows rows, ZoneId zone) {
    String name = f.file().name();
    try {
      try (CsvReader r = CsvReader.open(CrmImport.openBytes(f.file(), f.spec()), name, f.spec().delimiter(),
          x -> { })) {
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
