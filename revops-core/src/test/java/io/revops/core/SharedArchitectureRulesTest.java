package io.revops.core;

import io.revops.core.check.Args;

/** The library-wide rules ({@link LibraryRule}) applied to revops-core's production classes. */
class SharedArchitectureRulesTest extends SharedLibraryRules {
  @Override
  protected Class<?> productionClass() {
    return Args.class;
  }
}
