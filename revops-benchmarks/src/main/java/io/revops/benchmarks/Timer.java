package io.revops.benchmarks;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Times one call; keeps the result's hash so the call cannot be optimised away. */
final class Timer {
  static volatile int sink;

  private Timer() {}

  /** The nanoseconds {@code work} took. */
  static long nanos(Callable<?> work) {
    long t0 = System.nanoTime();
    Object r;
    try {
      r = work.call();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    long t = System.nanoTime() - t0;
    sink += System.identityHashCode(r);
    return t;
  }

  /** The median of {@code values}. */
  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
