package io.revops.examples.healthcheck;

import java.io.IOException;

/** Rethrows what another thread of the main job failed with, on the thread that waits for its result. */
final class Rethrow {
  private Rethrow() {}

  /**
   * Throws {@code failure} as it is if it is an {@link IOException}, a runtime exception or an error, anything
   * else wrapped in an {@link IllegalStateException}; does nothing for null (no failure).
   */
  static void ifFailed(Throwable failure) throws IOException {
    if (failure instanceof IOException io) {
      throw io;
    } else if (failure instanceof RuntimeException r) {
      throw r;
    } else if (failure instanceof Error e) {
      throw e;
    } else if (failure != null) {
      throw new IllegalStateException(failure);
    }
  }
}
