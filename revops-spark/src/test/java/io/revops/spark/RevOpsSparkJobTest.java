package io.revops.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.revops.examples.data.SampleConfig;
import io.revops.examples.data.SampleDataGenerator;
import io.revops.examples.healthcheck.HealthInput;
import io.revops.examples.healthcheck.HealthOptions;
import io.revops.examples.healthcheck.HealthReport;
import io.revops.examples.io.JsonlReader;
import io.revops.examples.io.JsonlWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job finds on a JSON Lines folder what the single-JVM health check (the main job) finds on it. */
class RevOpsSparkJobTest extends SparkSessions {
  @Test
  void sameFiguresAsTheHealthCheck(@TempDir Path dir) throws IOException {
    SampleDataGenerator generator = SampleDataGenerator.of(SampleConfig.standard(10));
    try (JsonlWriter w = JsonlWriter.create(dir, true)) {
      generator.generate(w);
    }
    HealthReport single = HealthReport.evaluate(HealthInput.read(JsonlReader.fromDirectory(dir), n -> { }),
        HealthOptions.defaults());
    RevOpsSparkJob.Result onSpark = RevOpsSparkJob.run(spark, dir.toString(), Optional.empty());

    assertThat(onSpark.asOf()).isEqualTo(single.asOf());
    assertThat(onSpark.findings()).isZero();
    assertThat(onSpark.sla()).isEqualTo(single.sla());
    assertThat(onSpark.sla().mqlsWithoutLeadData()).isZero();
    assertThat(onSpark.cycle()).isEqualTo(single.cycle());
    assertThat(onSpark.acquisition()).isEqualTo(single.acquisition());
    assertThat(onSpark.nrr()).isEqualTo(single.nrr());
    assertThat(onSpark.grr()).isEqualTo(single.grr());
    assertThat(onSpark.movements()).isEqualTo(single.movements());
    assertThat(onSpark.mqlToSql().overall()).isEqualTo(single.conversions().get("MQL→SQL"));
    assertThat(onSpark.winRate().overall()).isEqualTo(single.conversions().get("Win rate"));
    assertThat(onSpark.nrr().isComputed()).isTrue();
  }
}
