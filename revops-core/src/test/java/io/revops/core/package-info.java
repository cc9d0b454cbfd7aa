/**
 * revops-core's test support shared with the other modules through the test-jar: the library-wide architecture
 * rules ({@link io.revops.core.LibraryRule}, {@link io.revops.core.SharedLibraryRules}) and test generators.
 * {@code @NullMarked} also makes the self-test's fixtures in this package keep
 * {@code LibraryRule.EVERY_PACKAGE_NULL_MARKED}.
 */
@NullMarked
package io.revops.core;

import org.jspecify.annotations.NullMarked;
