package io.revops.io.crm;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * One file of an export: its name (in findings) and how to open its bytes; opened twice (once for its header,
 * once to read it).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExportFile {
  /** Opens the file's bytes. */
  @FunctionalInterface
  public interface Opener {
    /** A new stream over the file's bytes, from the start. */
    InputStream open() throws IOException;
  }

  private final String name;
  private final Opener opener;

  private ExportFile(String name, Opener opener) {
    this.name = requireNonNull(name, "name");
    this.opener = requireNonNull(opener, "opener");
  }

  /**
   * The file at {@code path}, named by its file name.
   *
   * @throws NoSuchFileException if it is not a regular file
   */
  public static ExportFile of(Path path) throws NoSuchFileException {
    requireNonNull(path, "path");
    if (!Files.isRegularFile(path)) {
      throw new NoSuchFileException(path.toString());
    }
    return new ExportFile(path.getFileName().toString(), () -> Files.newInputStream(path));
  }

  /** A file held in memory (tests, uploads). */
  public static ExportFile of(String name, byte[] bytes) {
    requireNonNull(bytes, "bytes");
    byte[] copy = bytes.clone();
    return new ExportFile(name, () -> new ByteArrayInputStream(copy));
  }

  /** A file opened by {@code opener}. */
  public static ExportFile of(String name, Opener opener) {
    return new ExportFile(name, opener);
  }

  /** The file's name. */
  public String name() {
    return name;
  }

  InputStream open() throws IOException {
    return opener.open();
  }

  @Override
  public String toString() {
    return name;
  }
}
