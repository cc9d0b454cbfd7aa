package io.revops.io;

import io.revops.core.SharedLibraryRules;

/** revops-core's library-wide rules ({@code LibraryRule}, through {@link SharedLibraryRules}) on revops-io. */
class SharedArchitectureRulesTest extends SharedLibraryRules {
  @Override
  protected Class<?> productionClass() {
    return CrmExports.class;
  }
}
