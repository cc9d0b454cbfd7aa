/**
 * The benchmarks of revops: JMH benchmarks, the side-by-side workloads against DuckDB (profile {@code -Pbench})
 * and the main job's timing harness. Not a library: these programs print, time themselves and write files.
 */
@NullMarked
package io.revops.benchmarks;

import org.jspecify.annotations.NullMarked;
