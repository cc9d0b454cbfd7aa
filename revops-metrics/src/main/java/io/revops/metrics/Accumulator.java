package io.revops.metrics;

/**
 * Computes an aggregate over many inputs in parts: {@link #add(Object) add} inputs to one accumulator per
 * partition (a thread, a file, a partition of a distributed engine), {@link #merge(Accumulator) merge} the
 * partial accumulators, then read the {@link #result() result}. Merging the parts of any split gives the
 * same result as adding everything to one accumulator.
 *
 * <p>Accumulators are mutable and not thread-safe: use one per partition. {@code add} and {@code merge}
 * return {@code this} for chaining; {@code merge} leaves its argument unchanged.
 *
 * @param <T> the input type
 * @param <A> the accumulator's own type
 * @param <R> the result type
 */
public interface Accumulator<T, A extends Accumulator<T, A, R>, R> {
  /** Adds one input; returns this accumulator. */
  A add(T input);

  /** Adds everything {@code other} has seen; returns this accumulator. */
  A merge(A other);

  /** The result over everything added and merged so far. */
  R result();

  /** Adds every input; returns this accumulator. */
  @SuppressWarnings("unchecked")
  default A addAll(Iterable<? extends T> inputs) {
    for (T t : inputs) {
      add(t);
    }
    return (A) this;
  }
}
