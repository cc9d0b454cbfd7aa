/**
 * The bounds of every argument revops takes, written once: {@link io.revops.core.check.Args} checks texts (ids,
 * names, codes) against a stated maximum length, decimals against digit and exponent limits, counts against
 * zero and sums against overflow, and fails with an {@link IllegalArgumentException} or
 * {@link NullPointerException} naming the parameter, a bounded quote of the value
 * ({@link io.revops.core.batch.Quote}) and the rule. A message is built only when a check fails.
 */
@NullMarked
package io.revops.core.check;

import org.jspecify.annotations.NullMarked;
