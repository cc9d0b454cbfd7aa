package io.revops.examples.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** {@link ReadAhead} hands over the source's bytes in order, its failure after the bytes before it, and stops. */
class ReadAheadTest {
  private static byte[] random(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  /** A source that returns at most {@code most} bytes a read, as inflating streams do. */
  private static InputStream trickling(byte[] bytes, int most) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, most));
      }
    };
  }

  private static byte[] readAll(InputStream in, Random r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 + r.nextInt(3 * ReadAhead.SIZE)];
    for (int n = in.read(buf, 0, 1 + r.nextInt(buf.length)); n >= 0; n = in.read(buf, 0, 1 + r.nextInt(buf.length))) {
      out.write(buf, 0, n);
      if (r.nextInt(50) == 0) {
        int one = in.read();
        if (one < 0) {
          break;
        }
        out.write(one);
      }
    }
    return out.toByteArray();
  }

  @Test
  void handsOverEveryByteInOrderWhateverTheSizes() throws IOException {
    Random r = new Random(11);
    int[] edges = {0, 1, ReadAhead.SIZE - 1, ReadAhead.SIZE, ReadAhead.SIZE + 1,
        ReadAhead.SIZE * ReadAhead.BUFFERS, ReadAhead.SIZE * (ReadAhead.BUFFERS + 3) + 17};
    for (int round = 0; round < 40; round++) {
      int n = round < edges.length ? edges[round] : r.nextInt(ReadAhead.SIZE * (ReadAhead.BUFFERS * 2));
      byte[] bytes = random(r, n);
      try (InputStream in = ReadAhead.of(trickling(bytes, 1 + r.nextInt(5000)), "test-read-ahead")) {
        assertThat(readAll(in, r)).as("%d bytes", n).isEqualTo(bytes);
        assertThat(in.read()).isEqualTo(-1);
        assertThat(in.read(new byte[4], 0, 4)).isEqualTo(-1);
        assertThat(in.read(new byte[4], 0, 0)).isZero();
      }
    }
  }

  @Test
  void aFailureOfTheSourceComesAfterTheBytesBeforeIt() throws IOException {
    byte[] bytes = random(new Random(3), ReadAhead.SIZE * 2 + 100);
    InputStream failing = new InputStream() {
      private int at;

      @Override
      public int read() throws IOException {
        if (at == bytes.length) {
          throw new IOException("Unexpected end of ZLIB input stream");
        }
        return bytes[at++] & 0xff;
      }
    };
    try (InputStream in = ReadAhead.of(failing, "test-read-ahead")) {
      byte[] got = new byte[bytes.length];
      int n = 0;
      for (int r = 0; n < got.length && (r = in.read(got, n, got.length - n)) >= 0; n += r) {
        // read what came before the failure
      }
      assertThat(got).isEqualTo(bytes);
      assertThatThrownBy(() -> in.read(new byte[10], 0, 10)).isInstanceOf(IOException.class)
          .hasMessage("Unexpected end of ZLIB input stream");
      assertThatThrownBy(in::read).as("again on the next read").isInstanceOf(IOException.class);
    }
  }

  @Test
  void closeStopsTheReadingAndClosesTheSource() throws IOException {
    AtomicLong served = new AtomicLong();
    AtomicBoolean sourceClosed = new AtomicBoolean();
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        served.incrementAndGet();
        return 7;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) 7);
        served.addAndGet(len);
        return len;
      }

      @Override
      public void close() {
        sourceClosed.set(true);
      }
    };
    InputStream in = ReadAhead.of(endless, "test-read-ahead");
    assertThat(in.read()).isEqualTo(7);
    in.close();
    assertThat(sourceClosed).isTrue();
    long after = served.get();
    assertThat(after).as("read ahead at most its buffers").isLessThanOrEqualTo((long) ReadAhead.SIZE * (ReadAhead.BUFFERS + 1));
    assertThat(served.get()).as("nothing read after the close").isEqualTo(after);
    assertThatThrownBy(in::read).isInstanceOf(IOException.class).hasMessage("the stream is closed");
    in.close(); // twice is fine
  }

  @Test
  void checksTheReadersArguments() throws IOException {
    try (InputStream in = ReadAhead.of(new ByteArrayInputStream(new byte[3]), "test-read-ahead")) {
      assertThatThrownBy(() -> in.read(new byte[2], 1, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    }
    assertThatThrownBy(() -> ReadAhead.of(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("source");
  }
}
