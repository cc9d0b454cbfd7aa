package io.revops.io.crm;

import static java.util.Objects.requireNonNull;

import io.revops.core.batch.IdHash;
import io.revops.io.csv.CsvRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The lead ids of an import's leads files (or the deal ids of its opportunities files: one index each), counted
 * before the rows are read so that a repeated id is judged the same whatever the order of the rows.
 *
 * <p>The rule ({@link #judge}): an id on one row is {@link Verdict.Kind#UNIQUE}; an id on several rows with the
 * same cells (each stripped) is read once, from its first row ({@link Verdict.Kind#KEPT}), its other rows being
 * {@link Verdict.Kind#REPEAT}s of that one; an id on rows with different cells is a
 * {@link Verdict.Kind#CONFLICT}: every row of it is rejected, since no row can be told to be the right one.
 *
 * <p>Two counts, the second only when the first finds a fingerprint twice:
 *
 * <ol>
 *   <li>{@link #count(CharSequence)}: a 62-bit fingerprint of each row's id into an open-addressing table of
 *       one long a slot, the fingerprint and two flags (seen more than once, a row accepted), so that a lookup
 *       touches one cache line; the caller may count a superset
 *       of the rows (rows it cannot tell are well-formed), never miss one;</li>
 *   <li>{@link #countExactly}, if {@link #repeats()}: each well-formed row whose fingerprint was seen more than
 *       once, by its exact id and its exact cells (the first row's cells are kept to compare the others with).</li>
 * </ol>
 *
 * <p>Sorted input ({@link #sorted()}): when the first count meets the ids in sorted order, the rows of one id
 * are adjacent, so that a repeat is seen as the same id as the row before; only those ids are counted
 * ({@link #repeated}) and the table holds the repeated ids only: memory does not grow with the unique ids.
 *
 * <p>Exactness: a fingerprint seen once stands for one row, so that row's id is unique, exactly; a fingerprint
 * seen more than once (a repeated id, or two ids whose fingerprints collide, or a row the first count took and
 * the reading rejects) is decided on the exact ids and cells. What stays approximate is {@link #contains} for an
 * id that was never counted but whose fingerprint equals an accepted unique id's (about {@code n / 2^64} per
 * lookup among {@code n} ids, 5·10^-14 at 10^6): an activity of that id would be joined to a lead that is not its
 * own.
 *
 * <p>Cost: {@link #count}, {@link #judge} and {@link #contains} are expected O(1) (one fingerprint of the id);
 * memory is 8 bytes a slot, at most three quarters of the slots used (10.7 to 21.3 bytes a distinct id), plus, per
 * distinct id seen more than once, its id, its first row's cells and about 100 bytes.
 *
 * <p>This class is mutable and not thread-safe: one import.
 */
final class LeadIndex {
  private static final long EMPTY = 0;
  private static final long NONE = -1;
  private static final int LINE_BITS = 48;
  private static final long LINE_MASK = (1L << LINE_BITS) - 1;
  /** A flag in a slot's low bits: the fingerprint was counted more than once. */
  private static final long MANY = 1;
  /** A flag in a slot's low bits: a row of the fingerprint's (unique) id was accepted. */
  private static final long ACCEPTED = 2;
  private static final long FLAGS = MANY | ACCEPTED;

  private final ToLongFunction<CharSequence> fingerprint;
  private final List<String> files = new ArrayList<>();
  /** Per slot a fingerprint (its 62 high bits) and its flags (the 2 low bits); {@link #EMPTY} if free. */
  private long[] keys = new long[1 << 10];
  private int size;
  private boolean repeats;
  private boolean joined = true;
  private boolean sorted;
  /** The ids whose fingerprint was counted more than once, exactly (see {@link #countExactly}). */
  private final Map<String, Group> exact = new HashMap<>();

  /** The rows of one id whose fingerprint was counted more than once. */
  private static final class Group {
    final long first;
    final String[] cells;
    long other = NONE;
    int rows = 1;
    boolean accepted;

    Group(long first, String[] cells) {
      this.first = first;
      this.cells = cells;
    }
  }

  /** Where a row is: a file and its 1-based line. */
  record Where(String file, long line) {
    @Override
    public String toString() {
      return file + ":" + line;
    }
  }

  /**
   * What to do with one row of an id.
   *
   * @param kind the verdict
   * @param rows how many rows of the import have the id
   * @param other for a repeat, the row kept; for a conflict, another row of the id with other cells; else null
   */
  record Verdict(Kind kind, int rows, Where other) {
    /** The verdicts. */
    enum Kind { UNIQUE, KEPT, REPEAT, CONFLICT }

    private static final Verdict UNIQUE = new Verdict(Kind.UNIQUE, 1, null);
  }

  /** An index fingerprinting ids with {@link IdHash}. */
  LeadIndex() {
    this(IdHash::of);
  }

  /** An index fingerprinting ids with {@code fingerprint} (tests give one that collides). */
  LeadIndex(ToLongFunction<CharSequence> fingerprint) {
    this.fingerprint = requireNonNull(fingerprint, "fingerprint");
  }

  /** First count: one row of lead {@code id} (its characters are read now, not kept). */
  void count(CharSequence id) {
    if (4 * (size + 1) > 3 * keys.length) {
      grow();
    }
    long key = key(id);
    int i = slot(key);
    if (keys[i] == EMPTY) {
      keys[i] = key;
      size++;
    } else if ((keys[i] & MANY) == 0) {
      keys[i] |= MANY;
      repeats = true;
    }
  }

  /**
   * Says that {@link #contains} will not be asked (no file joins rows to these ids): then, when no fingerprint
   * was seen twice, {@link #judge} answers without a lookup.
   */
  void noJoins() {
    joined = false;
  }

  /**
   * Says that the first count met the ids in sorted order, so that the rows of one id are adjacent and only
   * the ids on several rows were counted ({@link #repeated}); an id not counted is then on one row. Only with
   * {@link #noJoins()}: the ids of unique rows are not kept.
   *
   * @throws IllegalStateException if {@link #contains} may be asked
   */
  void sorted() {
    if (joined) {
      throw new IllegalStateException("a sorted count keeps no unique id: contains would not know them");
    }
    sorted = true;
  }

  /** First count of sorted ids: {@code id} is on more than one row (its characters are read now, not kept). */
  void repeated(CharSequence id) {
    count(id);
    int i = slot(key(id));
    keys[i] |= MANY;
    repeats = true;
  }

  /** Whether the first count saw a fingerprint more than once: then {@link #countExactly} must be run. */
  boolean repeats() {
    return repeats;
  }

  /**
   * Second count, over the well-formed rows: the row {@code row} of lead {@code id} at {@code file}, if its
   * fingerprint was counted more than once (else nothing is kept).
   *
   * @throws IllegalStateException if the id was not counted by {@link #count}
   */
  void countExactly(String id, String file, CsvRow row) {
    int i = slot(key(id));
    checkCounted(i, file, row.line());
    if ((keys[i] & MANY) == 0) {
      return;
    }
    long here = where(file, row.line());
    String[] cells = stripped(row);
    Group g = exact.get(id);
    if (g == null) {
      exact.put(id, new Group(here, cells));
      return;
    }
    if (g.rows < Integer.MAX_VALUE) {
      g.rows++;
    }
    if (g.other == NONE && !Arrays.equals(g.cells, cells)) {
      g.other = here;
    }
  }

  /**
   * The verdict on the row of lead {@code id} at {@code line} of {@code file}, after the counts; a row kept or
   * unique marks the id as read ({@link #contains}).
   *
   * @throws IllegalStateException if the row was not counted
   */
  Verdict judge(String id, String file, long line) {
    if (!joined && !repeats) {
      return Verdict.UNIQUE; // every id counted once: nothing to look up, nothing to mark
    }
    int i = slot(key(id));
    checkCounted(i, file, line);
    if ((keys[i] & MANY) == 0) {
      if (joined) {
        keys[i] |= ACCEPTED;
      }
      return Verdict.UNIQUE;
    }
    Group g = exact.get(id);
    if (g == null) {
      throw new IllegalStateException("the lead id of " + file + ":" + line + " was not counted exactly");
    }
    if (g.other != NONE) {
      long here = where(file, line);
      return new Verdict(Verdict.Kind.CONFLICT, g.rows, where(here == g.first ? g.other : g.first));
    }
    if (g.rows == 1) {
      g.accepted = true;
      return Verdict.UNIQUE;
    }
    if (where(file, line) == g.first) {
      g.accepted = true;
      return new Verdict(Verdict.Kind.KEPT, g.rows, null);
    }
    return new Verdict(Verdict.Kind.REPEAT, g.rows, where(g.first));
  }

  /** Whether a row of lead {@code id} was accepted (see the class comment for the one approximation). */
  boolean contains(String id) {
    if (!joined) {
      throw new IllegalStateException("contains was ruled out by noJoins()");
    }
    int i = slot(key(id));
    if (keys[i] == EMPTY) {
      return false;
    }
    if ((keys[i] & MANY) == 0) {
      return (keys[i] & ACCEPTED) != 0;
    }
    Group g = exact.get(id);
    return g != null && g.accepted;
  }

  /** The number of distinct fingerprints counted. */
  int size() {
    return size;
  }

  /** The number of ids kept exactly (those whose fingerprint was counted more than once). */
  int exactIds() {
    return exact.size();
  }

  /** The id's fingerprint without its 2 low bits (where a slot keeps its flags); never {@link #EMPTY}. */
  private void checkCounted(int slot, String file, long line) {
    if (keys[slot] == EMPTY && !sorted) {
      throw new IllegalStateException("the lead id of " + file + ":" + line + " was not counted before the reading");
    }
  }

  private long key(CharSequence id) {
    long k = fingerprint.applyAsLong(id) & ~FLAGS;
    return k == EMPTY ? FLAGS + 1 : k;
  }

  /** The slot holding {@code key}, or the empty slot where it goes. */
  private int slot(long key) {
    int mask = keys.length - 1;
    int i = (int) (key ^ (key >>> 32)) & mask;
    while (keys[i] != EMPTY && (keys[i] & ~FLAGS) != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] old = keys;
    keys = new long[old.length * 2];
    for (long k : old) {
      if (k != EMPTY) {
        keys[slot(k & ~FLAGS)] = k;
      }
    }
  }

  private long where(String file, long line) {
    return ((long) fileIndex(file) << LINE_BITS) | Math.min(line, LINE_MASK);
  }

  private Where where(long packed) {
    return new Where(files.get((int) (packed >>> LINE_BITS)), packed & LINE_MASK);
  }

  private int fileIndex(String file) {
    int last = files.size() - 1;
    if (last >= 0 && files.get(last).equals(file)) {
      return last;
    }
    int i = files.indexOf(file);
    if (i < 0) {
      files.add(file);
      i = files.size() - 1;
    }
    return i;
  }

  /** A row's cells, each stripped: rows differing only in spaces around values are alike. */
  private static String[] stripped(CsvRow row) {
    String[] cells = new String[row.size()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = Whitespace.strip(row.cell(i));
    }
    return cells;
  }

  @Override
  public String toString() {
    return "LeadIndex[" + size + " fingerprints, " + exact.size() + " ids kept exactly]";
  }
}
