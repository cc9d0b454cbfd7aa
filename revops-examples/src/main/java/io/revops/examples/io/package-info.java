/**
 * Reading and writing revops' JSON Lines event schema, with every bad line reported as a
 * {@link io.revops.core.batch.Finding} (file, line, field, value, rule) and the good lines kept. CSV exports
 * are read by the module revops-io ({@code io.revops.io.generic} and {@code io.revops.io.crm}).
 */
@NullMarked
package io.revops.examples.io;

import org.jspecify.annotations.NullMarked;
