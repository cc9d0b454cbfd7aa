package io.revops.sla;

import static java.util.Objects.requireNonNull;

import io.revops.core.lead.LeadId;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One lead's verdicts by obligation key, in the agreement's order: an unmodifiable map over two arrays, the
 * keys shared by every lead of an evaluator. Evaluations make one per lead, so it avoids the per-entry
 * objects of a {@code LinkedHashMap}; lookups scan the few keys of an agreement.
 */
final class VerdictMap extends AbstractMap<String, ObligationVerdict> {
  private final String[] keys;
  // null for a lead that is not an MQL: every verdict is then NOT_APPLICABLE with one shared explanation, and
  // is made when read (most leads are not MQLs, and reports read only their statuses)
  private final ObligationVerdict[] values;
  private final LeadId notMqlLead;
  private final Obligation[] obligations;
  private final ObligationVerdict.Explanation notMql;

  /** A map of {@code values[i]} under {@code keys[i]}; the arrays are owned by the map from now on. */
  VerdictMap(String[] keys, ObligationVerdict[] values) {
    if (keys.length != values.length) {
      throw new IllegalArgumentException("keys and values differ in length: " + keys.length + " vs " + values.length);
    }
    this.keys = keys;
    this.values = values;
    this.notMqlLead = null;
    this.obligations = null;
    this.notMql = null;
  }

  private VerdictMap(String[] keys, Obligation[] obligations, LeadId lead, ObligationVerdict.Explanation notMql) {
    if (keys.length != obligations.length) {
      throw new IllegalArgumentException("keys and obligations differ in length: " + keys.length + " vs "
          + obligations.length);
    }
    this.keys = keys;
    this.values = null;
    this.notMqlLead = requireNonNull(lead, "lead");
    this.obligations = obligations;
    this.notMql = requireNonNull(notMql, "notMql");
  }

  /** The verdicts on a lead that is not an MQL: NOT_APPLICABLE for every obligation, explained by {@code notMql}. */
  static VerdictMap notAnMql(String[] keys, Obligation[] obligations, LeadId lead,
      ObligationVerdict.Explanation notMql) {
    return new VerdictMap(keys, obligations, lead, notMql);
  }

  /** The status of the verdict at position {@code i}, without making the verdict. */
  VerdictStatus statusAt(int i) {
    return values == null ? VerdictStatus.NOT_APPLICABLE : values[i].status();
  }

  /** True if the verdict at position {@code i} is NOT_APPLICABLE for lack of lead data. */
  boolean isForLackOfLeadDataAt(int i) {
    return values != null && values[i].isForLackOfLeadData();
  }

  /**
   * {@code verdicts} by position in the order of {@code keys}: the map itself if it is a {@code VerdictMap} with
   * those keys in that order (every evaluator's is), else a copy in that order; null if its keys are not
   * {@code keys}. Readers that go by position ({@link #statusAt}, {@link #valueAt}) take any map this way.
   */
  static VerdictMap inOrder(java.util.Map<String, ObligationVerdict> verdicts, List<String> keys) {
    if (verdicts instanceof VerdictMap m && m.hasKeys(keys)) {
      return m;
    }
    if (verdicts.size() != keys.size()) {
      return null;
    }
    ObligationVerdict[] values = new ObligationVerdict[keys.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = verdicts.get(keys.get(i));
      if (values[i] == null) {
        return null;
      }
    }
    return new VerdictMap(keys.toArray(new String[0]), values);
  }

  /** True if the keys are {@code expected}, in that order. */
  boolean hasKeys(List<String> expected) {
    if (expected.size() != keys.length) {
      return false;
    }
    for (int i = 0; i < keys.length; i++) {
      if (!keys[i].equals(expected.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The verdict at position {@code i}, in the agreement's order. */
  ObligationVerdict valueAt(int i) {
    if (values == null) {
      return ObligationVerdict.of(notMqlLead, keys[i], obligations[i], VerdictStatus.NOT_APPLICABLE, notMql);
    }
    return values[i];
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public @Nullable ObligationVerdict get(@Nullable Object key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return valueAt(i);
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(Object key) {
    for (String k : keys) {
      if (k.equals(key)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Collection<ObligationVerdict> values() {
    if (values == null) {
      return new AbstractList<>() {
        @Override
        public ObligationVerdict get(int index) {
          return valueAt(index);
        }

        @Override
        public int size() {
          return keys.length;
        }
      };
    }
    return Collections.unmodifiableList(Arrays.asList(values));
  }

  @Override
  public Set<Entry<String, ObligationVerdict>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, ObligationVerdict>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Entry<String, ObligationVerdict> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(keys[i], valueAt(i));
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }
}
