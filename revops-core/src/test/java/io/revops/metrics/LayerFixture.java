package io.revops.metrics;

/**
 * Test fixture only: a class in the metrics layer, so that {@code io.revops.core.ArchitectureRulesSelfTest}
 * can show the layer rule reports a core class that uses it. Not part of revops-metrics.
 */
public final class LayerFixture {
  private LayerFixture() {}

  /** Something for a core class to call. */
  public static int value() {
    return 1;
  }
}
