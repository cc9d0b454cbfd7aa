package io.revops.json;

import io.revops.core.SharedLibraryRules;

/** revops-core's library-wide rules ({@code LibraryRule}, through {@link SharedLibraryRules}) on revops-json. */
class SharedArchitectureRulesTest extends SharedLibraryRules {
  @Override
  protected Class<?> productionClass() {
    return RevOpsModule.class;
  }
}
