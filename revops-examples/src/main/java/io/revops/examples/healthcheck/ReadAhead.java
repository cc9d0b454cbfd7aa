package io.revops.examples.healthcheck;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An input stream whose bytes are read from another stream on a thread of its own, a few buffers ahead of the
 * reader: the main job's events scan inflates the gzipped events on one core while it searches the inflated
 * bytes on the other (the scan runs before the pass, when the second core is otherwise idle). Only the main
 * job uses it; the library reads on the caller's thread.
 *
 * <p>Memory: {@value #BUFFERS} buffers of {@value #SIZE} bytes, reused. A failure of the underlying read is
 * thrown by the {@link #read} that reaches it, as the same {@link IOException} (or runtime exception); bytes
 * read before it are delivered first. {@link #close()} stops the thread and closes the underlying stream.
 *
 * <p>Not thread-safe on the reading side: one reader.
 */
final class ReadAhead extends InputStream {
  /** The bytes read ahead in one buffer. */
  static final int SIZE = 1 << 16;
  /** The buffers: one being filled, one being read, the rest queued. */
  static final int BUFFERS = 6;

  /** A filled buffer, or the end ({@code length < 0}). */
  private record Chunk(byte[] bytes, int length) {}

  private static final Chunk END = new Chunk(new byte[0], -1);

  private final InputStream source;
  private final BlockingQueue<Chunk> filled = new ArrayBlockingQueue<>(BUFFERS);
  private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
  private final Thread thread;
  private volatile boolean closed;
  private volatile Throwable failure;
  private Chunk current;
  private int next;
  private boolean ended;

  private ReadAhead(InputStream source, String name) {
    this.source = source;
    for (int i = 0; i < BUFFERS; i++) {
      free.add(new byte[SIZE]);
    }
    this.thread = new Thread(this::fill, name);
    thread.setDaemon(true);
  }

  /** Starts reading {@code source} ahead on a new daemon thread named {@code name}. */
  static ReadAhead of(InputStream source, String name) {
    ReadAhead r = new ReadAhead(requireNonNull(source, "source"), requireNonNull(name, "name"));
    r.thread.start();
    return r;
  }

  private void fill() {
    try (source) {
      for (byte[] b = takeFree(); b != null; b = takeFree()) {
        int n = 0;
        try {
          for (int r = 0; n < b.length && (r = source.read(b, n, b.length - n)) >= 0; n += r) {
            // fill the buffer: fewer hand-overs
          }
        } catch (Throwable t) {
          failure = t; // after the bytes this buffer holds
        }
        if (n > 0 && !offer(new Chunk(b, n))) {
          return;
        }
        if (failure != null || n < b.length) {
          break; // the end of the source
        }
      }
    } catch (Throwable t) {
      if (failure == null) {
        failure = t;
      }
    }
    offer(END);
  }

  /** A free buffer, or null once closed. */
  private byte[] takeFree() throws InterruptedIOException {
    try {
      for (byte[] b = free.poll(100, TimeUnit.MILLISECONDS); !closed; b = free.poll(100, TimeUnit.MILLISECONDS)) {
        if (b != null) {
          return b;
        }
      }
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading ahead");
    }
  }

  /** Hands {@code c} to the reader; false once closed. */
  private boolean offer(Chunk c) {
    try {
      while (!closed) {
        if (filled.offer(c, 100, TimeUnit.MILLISECONDS)) {
          return true;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return false;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    if (closed) {
      throw new IOException("the stream is closed");
    }
    if (len == 0) {
      return 0;
    }
    if (!advance()) {
      return -1;
    }
    int n = Math.min(len, current.length() - next);
    System.arraycopy(current.bytes(), next, b, off, n);
    next += n;
    return n;
  }

  /** Makes {@link #current} a chunk with bytes left; false at the end. */
  private boolean advance() throws IOException {
    while (current == null || next == current.length()) {
      if (ended) {
        Rethrow.ifFailed(failure);
        return false;
      }
      if (current != null) {
        free.add(current.bytes());
        current = null;
      }
      Chunk c;
      try {
        c = filled.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the bytes read ahead");
      }
      if (c == END) {
        ended = true;
        Rethrow.ifFailed(failure);
        return false;
      }
      current = c;
      next = 0;
    }
    return true;
  }

  /** Stops the reading thread, waits for it and closes the underlying stream. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    filled.clear();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while stopping the read ahead");
    }
  }

  @Override
  public String toString() {
    return "ReadAhead[" + thread.getName() + "]";
  }
}
