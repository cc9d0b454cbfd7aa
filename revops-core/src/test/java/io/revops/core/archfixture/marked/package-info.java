/** Test fixture only: a package that keeps {@code LibraryRule.EVERY_PACKAGE_NULL_MARKED}. */
@NullMarked
package io.revops.core.archfixture.marked;

import org.jspecify.annotations.NullMarked;
