package io.revops.spark;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * A revops accumulator as a Spark {@link Aggregator} of the typed Dataset API: {@code zero} makes an empty
 * accumulator, {@code reduce} adds one input, {@code merge} merges two partitions' accumulators, and the
 * output is the merged accumulator itself (in a {@link Partial}); read its {@code result()} on the driver.
 *
 * <pre>{@code
 * Partial<SalesCycleAccumulator> p = leads.select(RevOpsAggregators.salesCycle(asOf).toColumn()).first();
 * SalesCycleReport report = p.accumulator().result();
 * }</pre>
 *
 * <p>The output is the accumulator rather than its result so that the result type needs no encoder, and so
 * that partial outputs (per business unit, per day of a stream) can be merged further. Because every revops
 * accumulator merges to the same result under any split, the result does not depend on how Spark partitions
 * the input. Cost: per input, the accumulator's own {@code add}; per partition, one Kryo write and read of
 * the accumulator.
 *
 * @param <I> the input row type
 * @param <A> the accumulator type
 */
public final class RevOpsAggregator<I, A> extends Aggregator<I, Partial<A>, Partial<A>> {
  private static final long serialVersionUID = 1L;

  /** Makes an empty accumulator (on an executor: a serializable lambda, or a serializable class). */
  @FunctionalInterface
  public interface Zero<A> extends Serializable {
    /** A new, empty accumulator. */
    A make();
  }

  /** Adds one input to an accumulator. */
  @FunctionalInterface
  public interface Add<I, A> extends Serializable {
    /** Adds {@code input} to {@code accumulator}; returns the accumulator. */
    A add(A accumulator, I input);
  }

  /** Merges the second accumulator into the first. */
  @FunctionalInterface
  public interface Merge<A> extends Serializable {
    /** Merges {@code other} into {@code into}; returns the merged accumulator. */
    A merge(A into, A other);
  }

  private final String name;
  private final Zero<A> zero;
  private final Add<I, A> add;
  private final Merge<A> merge;

  private RevOpsAggregator(String name, Zero<A> zero, Add<I, A> add, Merge<A> merge) {
    this.name = requireNonNull(name, "name");
    this.zero = requireNonNull(zero, "zero");
    this.add = requireNonNull(add, "add");
    this.merge = requireNonNull(merge, "merge");
  }

  /** An aggregator named {@code name} (for {@link #toString()}) over the accumulator {@code zero} makes. */
  public static <I, A> RevOpsAggregator<I, A> of(String name, Zero<A> zero, Add<I, A> add, Merge<A> merge) {
    return new RevOpsAggregator<>(name, zero, add, merge);
  }

  @Override
  public Partial<A> zero() {
    return Partial.of(zero.make());
  }

  @Override
  public Partial<A> reduce(Partial<A> buffer, I input) {
    A before = buffer.accumulator();
    A after = add.add(before, input);
    return after == before ? buffer : Partial.of(after);
  }

  @Override
  public Partial<A> merge(Partial<A> b1, Partial<A> b2) {
    return b1.merge(b2, merge::merge);
  }

  @Override
  public Partial<A> finish(Partial<A> reduction) {
    return reduction;
  }

  @Override
  public Encoder<Partial<A>> bufferEncoder() {
    return encoder();
  }

  @Override
  public Encoder<Partial<A>> outputEncoder() {
    return encoder();
  }

  /** The encoder of partials: Java serialization, whose form is the accumulator's Kryo bytes. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <A> Encoder<Partial<A>> encoder() {
    return (Encoder) Encoders.javaSerialization(Partial.class);
  }

  @Override
  public String toString() {
    return "RevOpsAggregator[" + name + "]";
  }
}
