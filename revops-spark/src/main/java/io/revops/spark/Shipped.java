package io.revops.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * A revops value that Spark ships with Java serialization although it is not {@link Serializable}: its
 * serialized form is its {@link KryoCodec} bytes. Holds a value that is not changed while shipped.
 *
 * @param <T> the value's type
 */
final class Shipped<T> implements Serializable {
  private static final long serialVersionUID = 1L;

  private transient T value;

  Shipped(T value) {
    this.value = value;
  }

  T get() {
    return value;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    byte[] bytes = KryoCodec.write(value);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  @SuppressWarnings("unchecked")
  private void readObject(ObjectInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    value = (T) KryoCodec.read(bytes);
  }
}
