package io.revops.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Deserialization re-validates: a stream crafted to hold a rate outside [0, 1] is rejected. */
class SerializationGuardTest {
  /** In a serialized {@code BigDecimal}, its scale (an int) is written just before its {@code BigInteger}'s descriptor. */
  private static final byte[] SCALE_ONE_THEN_BIG_INTEGER = {0, 0, 0, 1, 0x73, 0x72};

  @Test
  void roundTripsGiveEqualValues() throws Exception {
    assertThat(read(write(Rate.of("0.5")))).isEqualTo(Rate.of("0.5"));
    assertThat(read(write(Ratio.of("3.84")))).isEqualTo(Ratio.of("3.84"));
  }

  @Test
  void theCraftedStreamReallyChangesTheValue() throws Exception {
    // the same patch with scale 2 gives 0.05: a valid rate, so the patch is where the test below means it
    assertThat(read(withScale(write(Rate.of("0.5")), 2))).isEqualTo(Rate.of("0.05"));
  }

  @Test
  void aCraftedRateOf500PercentIsRejected() throws Exception {
    byte[] crafted = withScale(write(Rate.of("0.5")), 0); // unscaled 5, scale 0: 500%
    assertThatThrownBy(() -> read(crafted)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rate must be in [0, 1]").hasMessageContaining("5");
  }

  @Test
  void aRatioReadFromAnotherScaleIsTheFactorysRatio() throws Exception {
    assertThat(read(withScale(write(Ratio.of("0.5")), 0))).isEqualTo(Ratio.of(BigDecimal.valueOf(5)));
  }

  private static byte[] withScale(byte[] stream, int scale) {
    int at = -1;
    for (int i = 0; i + SCALE_ONE_THEN_BIG_INTEGER.length <= stream.length; i++) {
      boolean match = true;
      for (int j = 0; j < SCALE_ONE_THEN_BIG_INTEGER.length && match; j++) {
        match = stream[i + j] == SCALE_ONE_THEN_BIG_INTEGER[j];
      }
      if (match) {
        assertThat(at).as("one place to patch").isEqualTo(-1);
        at = i;
      }
    }
    assertThat(at).as("the scale in the stream").isNotNegative();
    byte[] patched = stream.clone();
    patched[at + 3] = (byte) scale;
    return patched;
  }

  private static byte[] write(Serializable value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  private static Object read(byte[] stream) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(stream))) {
      return in.readObject();
    }
  }
}
