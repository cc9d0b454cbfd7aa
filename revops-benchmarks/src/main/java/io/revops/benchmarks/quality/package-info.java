/**
 * The duplicate-detection quality harness: a generated lead set with known duplicates ({@link
 * io.revops.benchmarks.quality.DuplicateSet}) and the program that times and scores the check on it ({@link
 * io.revops.benchmarks.quality.DataQualityHarness}).
 */
@NullMarked
package io.revops.benchmarks.quality;

import org.jspecify.annotations.NullMarked;
