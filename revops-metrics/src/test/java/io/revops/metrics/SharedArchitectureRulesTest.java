package io.revops.metrics;

import io.revops.core.SharedLibraryRules;

/** revops-core's library-wide rules ({@code LibraryRule}, through {@link SharedLibraryRules}) on revops-metrics. */
class SharedArchitectureRulesTest extends SharedLibraryRules {
  @Override
  protected Class<?> productionClass() {
    return MetricResult.class;
  }
}
