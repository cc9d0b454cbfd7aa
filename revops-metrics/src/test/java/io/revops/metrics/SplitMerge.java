package io.revops.metrics;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.quicktheories.core.Gen;

/** Test support: inputs dealt to the parts of an arbitrary split, and the accumulator law over them. */
public final class SplitMerge {
  /** The most parts a split has. */
  public static final int MAX_PARTS = 4;

  private SplitMerge() {}

  /** Lists of up to {@code maxSize} inputs, each paired with the part (0 to {@link #MAX_PARTS} - 1) it goes to. */
  public static <T> Gen<List<Map.Entry<T, Integer>>> dealt(Gen<T> inputs, int maxSize) {
    Gen<Map.Entry<T, Integer>> one = inputs.zip(integers().between(0, MAX_PARTS - 1), Map::entry);
    return lists().of(one).ofSizeBetween(0, maxSize);
  }

  /** All inputs added, in order, to one accumulator. */
  public static <T, A extends Accumulator<T, A, R>, R> R whole(List<Map.Entry<T, Integer>> dealt, Supplier<A> factory) {
    A acc = factory.get();
    dealt.forEach(e -> acc.add(e.getKey()));
    return acc.result();
  }

  /** Each input added to the accumulator of its part, then the parts merged: last into first, backwards. */
  public static <T, A extends Accumulator<T, A, R>, R> R merged(List<Map.Entry<T, Integer>> dealt, Supplier<A> factory) {
    List<A> parts = new ArrayList<>();
    for (int i = 0; i < MAX_PARTS; i++) {
      parts.add(factory.get());
    }
    dealt.forEach(e -> parts.get(e.getValue()).add(e.getKey()));
    // merge pairwise in a different shape than a left fold, so associativity is exercised too
    A right = parts.get(2).merge(parts.get(3));
    A left = parts.get(1).merge(parts.get(0));
    return right.merge(left).result();
  }
}
