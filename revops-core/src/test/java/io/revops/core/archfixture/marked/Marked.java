package io.revops.core.archfixture.marked;

/** Test fixture only: a class in a {@code @NullMarked} package. */
public final class Marked {
  private Marked() {}
}
