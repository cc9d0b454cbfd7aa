package io.revops.core.archfixture.unmarked;

import org.jspecify.annotations.NullMarked;

/**
 * Test fixture only: a class in a package without a package-info, which breaks
 * {@code LibraryRule.EVERY_PACKAGE_NULL_MARKED} even though the class itself is {@code @NullMarked}.
 */
@NullMarked
public final class Unmarked {
  private Unmarked() {}
}
