package io.revops.sla;

import io.revops.core.SharedLibraryRules;

/** revops-core's library-wide rules ({@code LibraryRule}, through {@link SharedLibraryRules}) on revops-sla. */
class SharedArchitectureRulesTest extends SharedLibraryRules {
  @Override
  protected Class<?> productionClass() {
    return SlaAgreement.class;
  }
}
