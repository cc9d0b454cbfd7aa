package io.revops.examples.healthcheck;

import io.revops.core.batch.Finding;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One read of a {@link HealthSource} (its leads or its events) run on a thread of its own, a bounded queue of
 * batches ahead of the thread that {@link #take() takes} the values in file order. Reading and decoding a
 * gzipped JSON Lines file (inflating, tokenizing, building the domain values) then overlaps with the work done
 * on what was read: the main job's two files and its evaluation use both cores. Only the main job uses it; the
 * library reads on the caller's thread.
 *
 * <p>Memory: at most {@code (QUEUE + 2) * BATCH} values read ahead. The bad rows go to this reader's own
 * {@link RowErrors}, handed over by {@link #finish()} after the thread ended.
 *
 * <p>Not thread-safe on the taking side: one consumer thread.
 *
 * @param <T> the values read
 */
final class Prefetch<T> {
  /** How one read of the source is made: values and bad rows to consumers, the number of rows returned. */
  interface Read<T> {
    long read(Consumer<T> values, Consumer<? super Finding> errors) throws IOException;
  }

  /** The values are handed over in batches of this size. */
  private static final int BATCH = 256;
  /** The batches read ahead. */
  private static final int QUEUE = 32;
  private static final List<Object> END = List.of();

  private final Read<T> read;
  private final BlockingQueue<List<?>> queue = new ArrayBlockingQueue<>(QUEUE);
  private final RowErrors errors = new RowErrors();
  private final Thread thread;
  private volatile boolean cancelled;
  private volatile Throwable failure;
  private volatile long rows;
  private List<T> batch = new ArrayList<>(BATCH);
  private List<?> taken = END;
  private int next;
  private boolean exhausted;

  private Prefetch(Read<T> read, String name) {
    this.read = read;
    this.thread = new Thread(this::run, "health-" + name);
    thread.setDaemon(true);
  }

  /** Starts reading {@code read} on a new daemon thread named after {@code name}. */
  static <T> Prefetch<T> start(Read<T> read, String name) {
    Prefetch<T> p = new Prefetch<>(read, name);
    p.thread.start();
    return p;
  }

  private void run() {
    try {
      rows = read.read(v -> {
        batch.add(v);
        if (batch.size() == BATCH) {
          put(batch);
          batch = new ArrayList<>(BATCH);
        }
      }, errors);
      if (!batch.isEmpty()) {
        put(batch);
      }
    } catch (Throwable t) {
      failure = t;
    } finally {
      try {
        put(END);
      } catch (RuntimeException ignored) {
        // cancelled: nobody waits for the end
      }
    }
  }

  private void put(List<?> values) {
    if (cancelled) {
      throw new IllegalStateException("cancelled");
    }
    try {
      while (!queue.offer(values, 100, TimeUnit.MILLISECONDS)) {
        if (cancelled) {
          throw new IllegalStateException("cancelled");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * The next value in file order, or null at the end.
   *
   * @throws UncheckedIOException if the read failed (or the wait was interrupted)
   */
  @SuppressWarnings("unchecked")
  T take() {
    while (next == taken.size()) {
      if (exhausted) {
        return null;
      }
      try {
        taken = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new UncheckedIOException(new InterruptedIOException("interrupted while reading"));
      }
      next = 0;
      if (taken == END) {
        exhausted = true;
        rethrow();
        return null;
      }
    }
    return (T) taken.get(next++);
  }

  /** Reads on to the end (the values left are dropped), waits for the thread and returns its bad rows. */
  RowErrors finish() {
    while (take() != null) {
      // the values nobody needed still count as read
    }
    join();
    rethrow();
    return errors;
  }

  /** The number of rows read, good and bad; complete after {@link #finish()}. */
  long rows() {
    return rows;
  }

  /** Stops the thread (the values not taken are dropped) and waits for it. */
  void cancel() {
    cancelled = true;
    queue.clear();
    join();
  }

  private void join() {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void rethrow() {
    Throwable t = failure;
    if (t instanceof IOException io) {
      throw new UncheckedIOException(io);
    } else if (t instanceof RuntimeException r) {
      throw r;
    } else if (t instanceof Error err) {
      throw err;
    }
  }

  @Override
  public String toString() {
    return "Prefetch[" + thread.getName() + "]";
  }
}
