package io.revops.core.flywheel;

/** How strongly a force accelerates, or a friction slows, the flywheel, as the auditor judges it. */
public enum Magnitude {
  /** Noticeable but minor. */
  LOW,
  /** Clearly felt. */
  MEDIUM,
  /** A main driver or a main bottleneck. */
  HIGH
}
