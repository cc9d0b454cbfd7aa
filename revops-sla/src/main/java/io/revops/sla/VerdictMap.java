package io.revops.sla;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One lead's verdicts by obligation key, in the agreement's order: an unmodifiable map over two arrays, the
 * keys shared by every lead of an evaluator. Evaluations make one per lead, so it avoids the per-entry
 * objects of a {@code LinkedHashMap}; lookups scan the few keys of an agreement.
 */
final class VerdictMap extends AbstractMap<String, ObligationVerdict> {
  private final String[] keys;
  private final ObligationVerdict[] values;

  /** A map of {@code values[i]} under {@code keys[i]}; the arrays are owned by the map from now on. */
  VerdictMap(String[] keys, ObligationVerdict[] values) {
    if (keys.length != values.length) {
      throw new IllegalArgumentException("keys and values differ in length: " + keys.length + " vs " + values.length);
    }
    this.keys = keys;
    this.values = values;
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
    return values[i];
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public ObligationVerdict get(Object key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return values[i];
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public Collection<ObligationVerdict> values() {
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
            return new SimpleImmutableEntry<>(keys[i], values[i]);
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
