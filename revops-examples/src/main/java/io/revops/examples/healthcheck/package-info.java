/**
 * The RevOps health check: {@link io.revops.examples.healthcheck.HealthCheck} reads a JSON Lines data folder,
 * a CRM's CSV export or the bundled sample into a {@link io.revops.examples.healthcheck.HealthInput}, evaluates
 * it through revops into a {@link io.revops.examples.healthcheck.HealthReport} and writes a readable summary,
 * {@code report.json} and a self-contained {@code report.html} with inline SVG charts. {@code report.json} reads
 * back as a {@link io.revops.examples.healthcheck.HealthDocument}; its JSON Schema is
 * {@code io/revops/json/schema/health-report.schema.json} on the classpath.
 */
@NullMarked
package io.revops.examples.healthcheck;

import org.jspecify.annotations.NullMarked;
