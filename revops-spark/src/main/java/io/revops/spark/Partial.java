package io.revops.spark;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.function.BinaryOperator;

/**
 * A revops accumulator on its way between Spark tasks: the buffer and the output of every
 * {@link RevOpsAggregator}. Read the result on the driver with {@code partial.accumulator().result()}.
 *
 * <p>Spark encodes it with Java serialization ({@code Encoders.javaSerialization}); its serialized form is the
 * accumulator's Kryo bytes (records rebuilt through their constructors, an agreement as its JSON), since the accumulators are not {@link Serializable}
 * themselves. It is mutable, like the accumulator it holds: one per task.
 *
 * @param <A> the accumulator's type
 */
public final class Partial<A> implements Serializable {
  private static final long serialVersionUID = 1L;

  private Shipped<A> accumulator;

  private Partial(A accumulator) {
    this.accumulator = new Shipped<>(requireNonNull(accumulator, "accumulator"));
  }

  /** {@code accumulator} in transit. */
  public static <A> Partial<A> of(A accumulator) {
    return new Partial<>(accumulator);
  }

  /** The accumulator (everything added and merged so far). */
  public A accumulator() {
    return accumulator.get();
  }

  /** This partial with {@code other}'s accumulator merged in by {@code merge}; returns this partial. */
  Partial<A> merge(Partial<A> other, BinaryOperator<A> merge) {
    accumulator = new Shipped<>(merge.apply(accumulator.get(), other.accumulator.get()));
    return this;
  }

  @Override
  public String toString() {
    return "Partial[" + accumulator.get() + "]";
  }
}
