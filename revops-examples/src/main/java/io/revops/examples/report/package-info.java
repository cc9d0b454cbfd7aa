/**
 * The health-check report as people read it: a self-contained HTML page (well-formed XHTML, no external
 * scripts, fonts or style sheets) with inline SVG charts that stay readable when printed.
 */
@NullMarked
package io.revops.examples.report;

import org.jspecify.annotations.NullMarked;
