package io.revops.spark;

import io.revops.core.LibraryRule;
import io.revops.core.SharedLibraryRules;
import java.util.List;

/**
 * revops-core's library-wide rules ({@link LibraryRule}, through {@link SharedLibraryRules}) on revops-spark.
 * Spark itself starts threads, opens the network and writes files on the cluster; revops-spark's code does none of
 * that. The one exception is the example job's {@code main}, a command-line program, not library code.
 */
class SharedArchitectureRulesTest extends SharedLibraryRules {
  @Override
  protected Class<?> productionClass() {
    return RevOpsAggregators.class;
  }

  @Override
  protected List<Exemption> exemptions() {
    String job = "RevOpsSparkJob.main is the example job's command line: ";
    return List.of(
        new Exemption(LibraryRule.NO_CONSOLE, RevOpsSparkJob.class, job + "it prints the result and the usage"),
        new Exemption(LibraryRule.NO_PROCESS_CONTROL, RevOpsSparkJob.class, job + "exit status 2 on bad arguments"),
        new Exemption(LibraryRule.NO_WALL_CLOCK, RevOpsSparkJob.class,
            job + "System.nanoTime for the elapsed time it prints, never part of a result"),
        new Exemption(LibraryRule.NO_IMPLICIT_DEFAULT_LOCALE, RevOpsSparkJob.class,
            job + "printf(\"done in %.1f s\") is console text for a person, never part of a result"));
  }
}
