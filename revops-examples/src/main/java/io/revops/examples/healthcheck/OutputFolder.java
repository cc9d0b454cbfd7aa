package io.revops.examples.healthcheck;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The health check's output folder, checked before any work so that an unusable {@code --out} is found in a
 * second rather than after the whole evaluation: it must be a folder, or not exist yet with a folder we can
 * write to as its nearest existing ancestor; a file in its place is an error. Nothing is created by the check
 * (a run that fails on its input leaves no empty folder behind); the folder is created when the report is
 * written.
 *
 * <p>Writability is probed by creating and deleting a temporary file, which also catches read-only file systems
 * and access control lists that permission bits do not show.
 *
 * <p>This class is immutable and thread-safe.
 */
final class OutputFolder {
  private final Path dir;

  private OutputFolder(Path dir) {
    this.dir = dir;
  }

  /**
   * The output folder {@code dir}, checked.
   *
   * @throws IllegalStateException with one line naming the path and what to do, if the folder cannot be used
   */
  static OutputFolder check(Path dir) {
    Path abs = requireNonNull(dir, "dir").toAbsolutePath().normalize();
    if (Files.exists(abs) && !Files.isDirectory(abs)) {
      throw new IllegalStateException("--out " + abs + " is a file, not a folder: give --out a folder path, or move"
          + " the file away");
    }
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      throw new IllegalStateException("--out " + abs + " cannot be created (no part of the path exists): give"
          + " --out a folder on an existing drive");
    }
    if (!Files.isDirectory(existing)) {
      throw new IllegalStateException("--out " + abs + " cannot be created: " + existing + " is a file, not a"
          + " folder; give --out another path");
    }
    try {
      Path probe = Files.createTempFile(existing, ".revops-write-check", ".tmp");
      Files.delete(probe);
    } catch (IOException | SecurityException e) {
      throw new IllegalStateException("--out " + abs + (existing.equals(abs) ? " is not writable" : " cannot be"
          + " created: " + existing + " is not writable") + " (" + e.getClass().getSimpleName() + "): give --out a"
          + " folder you can write to, or change its permissions");
    }
    return new OutputFolder(abs);
  }

  /** The folder, absolute. */
  Path path() {
    return dir;
  }

  /** Writes {@code text} (UTF-8) as {@code name} in the folder, creating the folder first if needed. */
  Path write(String name, String text) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Override
  public String toString() {
    return "OutputFolder[" + dir + "]";
  }
}
