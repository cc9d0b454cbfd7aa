package io.revops.json;

import io.revops.core.SharedLibraryRules;

/** revops-core's shared library rules ({@link SharedLibraryRules}) applied to this module's production classes. */
class SharedArchitectureRulesTest extends SharedLibraryRules {
  @Override
  protected Class<?> productionClass() {
    return RevOpsModule.class;
  }
}
